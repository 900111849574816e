package org.ketnghia.core.approval;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A request was rejected (<i>từ chối phê duyệt</i>), or withdrawn by its maker: the command never takes
 * effect. The envelope says who and when.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ApprovalRejected.TYPE)
@JsonSerialize(as = ImmutableApprovalRejected.class)
@JsonDeserialize(as = ImmutableApprovalRejected.class)
public abstract class ApprovalRejected implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "approval.rejected";

    /** The request rejected. */
    public abstract String requestId();

    /** Why, in Vietnamese; never blank. */
    public abstract String reason();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ApprovalRejected}; obtain one with {@link ApprovalRejected#builder()}. */
    public static final class Builder extends ImmutableApprovalRejected.Builder {
    }
}
