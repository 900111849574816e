package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A complaint was assigned to an official or body (<i>đã giao xử lý</i>).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ComplaintAssigned.TYPE)
@JsonSerialize(as = ImmutableComplaintAssigned.class)
@JsonDeserialize(as = ImmutableComplaintAssigned.class)
public abstract class ComplaintAssigned implements LedgerEvent, AssignmentFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.complaint-assigned";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ComplaintAssigned}; obtain one with {@link ComplaintAssigned#builder()}. */
    public static final class Builder extends ImmutableComplaintAssigned.Builder {
    }
}
