package org.ketnghia.core.inspection.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.inspection.ActionStatus;
import org.ketnghia.core.inspection.ClosureReviewed;
import org.ketnghia.core.inspection.InspectionErrorCode;
import org.ketnghia.core.inspection.InspectionKind;
import org.ketnghia.core.inspection.InspectionRecorded;
import org.ketnghia.core.inspection.InspectionRegistry;
import org.ketnghia.core.inspection.RecheckOutcome;
import org.ketnghia.core.inspection.ReviewClosure;
import org.ketnghia.core.inspection.TrackedAction;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link ReviewClosure} and records {@link ClosureReviewed}. */
public final class ReviewClosureHandler implements CommandHandler<ReviewClosure> {

    @Override
    public Class<ReviewClosure> commandType() {
        return ReviewClosure.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE, ActorRole.SPONSOR);
    }

    @Override
    public List<EventDraft> handle(ReviewClosure command, LedgerState state) {
        InspectionRegistry registry = state.projection(InspectionRegistry.class);
        Problems problems = new Problems();
        checkOutcome(command, problems);
        Optional<TrackedAction> found = FollowUpChecks.action(registry, command.inspectionId(), command.actionId(), problems);
        Optional<InspectionRecorded> recheck = registry.inspection(command.recheckInspectionId());
        if (recheck.isEmpty()) {
            problems.add(InspectionErrorCode.INSPECTION_UNKNOWN, "recheckInspectionId", command.recheckInspectionId());
        } else {
            problems.check(recheck.get().kind() != InspectionKind.RE_CHECK, InspectionErrorCode.INSPECTION_NOT_A_RECHECK,
                    "recheckInspectionId", command.recheckInspectionId());
            FollowUpChecks.sponsorFits(command.sponsorId(), recheck.get().body(), command.recheckInspectionId(), problems);
            LocalDate recheckDate = registry.inspectedOn(command.recheckInspectionId()).orElseThrow();
            problems.check(command.occurredOn().isBefore(recheckDate), InspectionErrorCode.INSPECTION_CLOSED_BEFORE,
                    "occurredOn", command.occurredOn(), recheckDate, command.actionId());
            found.filter(action -> action.status() == ActionStatus.CLOSED)
                    .flatMap(TrackedAction::closedOn)
                    .ifPresent(closedOn -> problems.check(recheckDate.isBefore(closedOn),
                            InspectionErrorCode.INSPECTION_CLOSED_BEFORE, "recheckInspectionId", recheckDate, closedOn,
                            command.actionId()));
        }
        found.ifPresent(action -> {
            problems.check(action.status() != ActionStatus.CLOSED, InspectionErrorCode.INSPECTION_ACTION_NOT_CLOSED, "actionId",
                    command.actionId(), action.status().label().vi());
            FollowUpChecks.unitFits(command, action, state.administrativeUnits(), problems);
        });
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ClosureReviewed.builder()
                .inspectionId(command.inspectionId())
                .actionId(command.actionId())
                .recheckInspectionId(command.recheckInspectionId())
                .outcome(command.outcome())
                .newDeadline(command.newDeadline())
                .reasonVi(command.reasonVi())
                .build()));
    }

    private static void checkOutcome(ReviewClosure command, Problems problems) {
        if (command.outcome() == RecheckOutcome.CONFIRMED) {
            problems.check(command.newDeadline().isPresent(), InspectionErrorCode.INSPECTION_CONFIRM_WITH_DEADLINE, "newDeadline");
            return;
        }
        boolean reasoned = command.reasonVi().filter(reason -> !reason.isBlank()).isPresent();
        if (!problems.check(command.newDeadline().isEmpty() || !reasoned, InspectionErrorCode.INSPECTION_REOPEN_WITHOUT_DEADLINE,
                "newDeadline")) {
            problems.check(command.newDeadline().get().isBefore(command.occurredOn()),
                    InspectionErrorCode.INSPECTION_DEADLINE_BEFORE_DATE, "newDeadline", command.newDeadline().get(),
                    command.occurredOn());
        }
    }
}
