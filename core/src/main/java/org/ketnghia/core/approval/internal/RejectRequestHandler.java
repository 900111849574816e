package org.ketnghia.core.approval.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.approval.ApprovalRejected;
import org.ketnghia.core.approval.ApprovalRequest;
import org.ketnghia.core.approval.RejectRequest;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link RejectRequest} and records {@link ApprovalRejected}; the held command never takes effect. */
public final class RejectRequestHandler implements CommandHandler<RejectRequest> {

    private final Clock clock;

    /** A handler judging expiry by {@code clock}'s today. */
    public RejectRequestHandler(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Class<RejectRequest> commandType() {
        return RejectRequest.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return DecisionChecks.DECIDING_ROLES;
    }

    @Override
    public List<EventDraft> handle(RejectRequest command, LedgerState state) {
        Problems problems = new Problems();
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        ApprovalRequest request = DecisionChecks.openRequest(command.requestId(), command, state, today, problems);
        problems.check(command.reason().isBlank(), CoreErrorCode.VALUE_BLANK, "reason");
        // the maker may withdraw their own request; anyone else needs the authority an approver needs
        if (!command.actor().id().equals(request.maker().id())) {
            DecisionChecks.checkAuthorised(command, request, state, problems);
        }
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ApprovalRejected.builder().requestId(request.requestId()).reason(command.reason())
                .build()));
    }
}
