package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A sponsor took on criteria of a village.
 */
@Value.Immutable
@JsonTypeName(CriteriaTakenOn.TYPE)
@JsonSerialize(as = ImmutableCriteriaTakenOn.class)
@JsonDeserialize(as = ImmutableCriteriaTakenOn.class)
public abstract class CriteriaTakenOn implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "village.criteria-taken-on";

    /** The village. */
    public abstract String villageCode();

    /** The sponsor. */
    public abstract String sponsorId();

    /** The village's commune that day. */
    public abstract String communeCode();

    /** The criteria. */
    public abstract List<String> criterionIds();

    /** The plan document. */
    public abstract String planReference();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CriteriaTakenOn}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableCriteriaTakenOn.Builder {
    }
}
