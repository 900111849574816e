package org.ketnghia.core.approval.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.approval.ApprovalErrorCode;
import org.ketnghia.core.approval.ApprovalGranted;
import org.ketnghia.core.approval.ApprovalRequest;
import org.ketnghia.core.approval.ApproveRequest;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link ApproveRequest} and records {@link ApprovalGranted} with the approved command's events. */
public final class ApproveRequestHandler implements CommandHandler<ApproveRequest> {

    private final Clock clock;

    /** A handler judging expiry by {@code clock}'s today. */
    public ApproveRequestHandler(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Class<ApproveRequest> commandType() {
        return ApproveRequest.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return DecisionChecks.DECIDING_ROLES;
    }

    @Override
    public List<EventDraft> handle(ApproveRequest command, LedgerState state) {
        Problems problems = new Problems();
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        ApprovalRequest request = DecisionChecks.openRequest(command.requestId(), command, state, today, problems);
        command.note().ifPresent(note -> problems.check(note.isBlank(), org.ketnghia.core.error.CoreErrorCode.VALUE_BLANK, "note"));
        if (!problems.check(command.actor().id().equals(request.maker().id()), ApprovalErrorCode.APPROVAL_BY_MAKER, "actor",
                request.maker().name())) {
            DecisionChecks.checkAuthorised(command, request, state, problems);
        }
        problems.throwIfAny();
        List<EventDraft> commandEvents;
        try {
            commandEvents = state.check(request.command());
        } catch (KetnghiaException refused) {
            throw new KetnghiaException(problems.addNested("command", refused).list());
        }
        List<EventDraft> drafts = new ArrayList<>(commandEvents.size() + 1);
        drafts.add(EventDraft.of(command, ApprovalGranted.builder().requestId(request.requestId()).note(command.note()).build()));
        drafts.addAll(commandEvents);
        return drafts;
    }
}
