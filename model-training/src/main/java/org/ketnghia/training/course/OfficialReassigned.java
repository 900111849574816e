package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An official took up a new post from the event's date ({@link ReassignmentFacts}).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(OfficialReassigned.TYPE)
@JsonSerialize(as = ImmutableOfficialReassigned.class)
@JsonDeserialize(as = ImmutableOfficialReassigned.class)
public abstract class OfficialReassigned implements LedgerEvent, ReassignmentFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "training.official-reassigned";

    OfficialReassigned() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link OfficialReassigned}. */
    public static final class Builder extends ImmutableOfficialReassigned.Builder {
    }
}
