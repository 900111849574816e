package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A complaint was closed with its result (<i>đã kết thúc giải quyết</i>).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ComplaintClosed.TYPE)
@JsonSerialize(as = ImmutableComplaintClosed.class)
@JsonDeserialize(as = ImmutableComplaintClosed.class)
public abstract class ComplaintClosed implements LedgerEvent, ClosureFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.complaint-closed";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ComplaintClosed}; obtain one with {@link ComplaintClosed#builder()}. */
    public static final class Builder extends ImmutableComplaintClosed.Builder {
    }
}
