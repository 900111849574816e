package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.village.criteria.CriteriaSet;

/**
 * A criteria set was recorded.
 */
@Value.Immutable
@JsonTypeName(CriteriaSetAdopted.TYPE)
@JsonSerialize(as = ImmutableCriteriaSetAdopted.class)
@JsonDeserialize(as = ImmutableCriteriaSetAdopted.class)
public abstract class CriteriaSetAdopted implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "village.criteria-set-adopted";

    /** The set. */
    public abstract CriteriaSet criteriaSet();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CriteriaSetAdopted}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableCriteriaSetAdopted.Builder {
    }
}
