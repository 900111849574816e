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
 * Rejects a pending request (<i>từ chối phê duyệt</i>) with a reason, or — recorded by its maker —
 * withdraws it: records an {@link ApprovalRejected} and nothing else. Refused, appending nothing, when the
 * request is unknown, decided or expired, when {@link #unitCode()} is not the request's unit, when the
 * reason is blank, or when the actor is neither the maker nor someone who may record the command in that
 * unit.
 *
 * <p>Recorded by a person, as {@link ApproveRequest} is. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RejectRequest.TYPE)
@JsonSerialize(as = ImmutableRejectRequest.class)
@JsonDeserialize(as = ImmutableRejectRequest.class)
public abstract class RejectRequest implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "approval.reject";

    @Override
    public abstract Actor actor();

    /** The request's unit (that of its command). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The sponsor rejecting, when the actor is a sponsor. */
    @Override
    public abstract Optional<String> sponsorId();

    /** The request rejected. */
    public abstract String requestId();

    /** Why, in Vietnamese; never blank. */
    public abstract String reason();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RejectRequest}; obtain one with {@link RejectRequest#builder()}. */
    public static final class Builder extends ImmutableRejectRequest.Builder {
    }
}
