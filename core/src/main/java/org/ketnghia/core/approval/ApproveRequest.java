package org.ketnghia.core.approval;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Approves a pending request (<i>phê duyệt</i>) as the second person: the request's command is checked
 * again — its maker's permission and its handler's validation against the state now — and its events are
 * recorded together with an {@link ApprovalGranted}. Refused, appending nothing, when the request is
 * unknown, decided or expired, when {@link #unitCode()} is not the request's unit, when the approver is
 * the maker or may not record the command in that unit (a role the command permits, in scope), or with the
 * command's own problems (fields under {@code command.}).
 *
 * <p>Recorded by a person: the provincial committee, a district office, a commune committee, a
 * household-group leader or a sponsor (on its own behalf, {@link #sponsorId()}) — never by the system.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ApproveRequest.TYPE)
@JsonSerialize(as = ImmutableApproveRequest.class)
@JsonDeserialize(as = ImmutableApproveRequest.class)
public abstract class ApproveRequest implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "approval.approve";

    @Override
    public abstract Actor actor();

    /** The request's unit (that of its command). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The sponsor approving, when the approver is a sponsor. */
    @Override
    public abstract Optional<String> sponsorId();

    /** The request approved. */
    public abstract String requestId();

    /** The approver's remark, if any. */
    public abstract Optional<String> note();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ApproveRequest}; obtain one with {@link ApproveRequest#builder()}. */
    public static final class Builder extends ImmutableApproveRequest.Builder {
    }
}
