package org.ketnghia.core.approval;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A second person approved a request (<i>phê duyệt</i>): the envelope says who and when, and the events
 * of the approved command follow it in the same atomic append, recorded by the approver.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ApprovalGranted.TYPE)
@JsonSerialize(as = ImmutableApprovalGranted.class)
@JsonDeserialize(as = ImmutableApprovalGranted.class)
public abstract class ApprovalGranted implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "approval.granted";

    /** The request approved. */
    public abstract String requestId();

    /** The approver's remark, if any. */
    public abstract Optional<String> note();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ApprovalGranted}; obtain one with {@link ApprovalGranted#builder()}. */
    public static final class Builder extends ImmutableApprovalGranted.Builder {
    }
}
