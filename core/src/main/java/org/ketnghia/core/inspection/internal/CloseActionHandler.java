package org.ketnghia.core.inspection.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.inspection.ActionClosed;
import org.ketnghia.core.inspection.CloseAction;
import org.ketnghia.core.inspection.InspectionErrorCode;
import org.ketnghia.core.inspection.InspectionRegistry;
import org.ketnghia.core.inspection.TrackedAction;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link CloseAction} and records {@link ActionClosed}. */
public final class CloseActionHandler implements CommandHandler<CloseAction> {

    @Override
    public Class<CloseAction> commandType() {
        return CloseAction.class;
    }

    @Override
    public Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
                ActorRole.COMMUNE_COMMITTEE, ActorRole.SPONSOR);
    }

    @Override
    public List<EventDraft> handle(CloseAction command, LedgerState state) {
        InspectionRegistry registry = state.projection(InspectionRegistry.class);
        Problems problems = new Problems();
        problems.check(command.evidenceReference().isBlank(), CoreErrorCode.VALUE_BLANK, "evidenceReference");
        Optional<TrackedAction> found = FollowUpChecks.action(registry, command.inspectionId(), command.actionId(), problems);
        if (found.isPresent()) {
            TrackedAction action = found.get();
            if (!action.status().isOpen()) {
                problems.add(InspectionErrorCode.INSPECTION_ACTION_ALREADY_CLOSED, "actionId", command.actionId(),
                        action.closedOn().orElseThrow());
            } else {
                LocalDate lastChange = registry.lastChangeOf(command.inspectionId(), command.actionId()).orElseThrow();
                problems.check(command.occurredOn().isBefore(lastChange), InspectionErrorCode.INSPECTION_CLOSED_BEFORE,
                        "occurredOn", command.occurredOn(), lastChange, command.actionId());
            }
            FollowUpChecks.unitFits(command, action, state.administrativeUnits(), problems);
            FollowUpChecks.sponsorFits(command.sponsorId(), action.body(), command.inspectionId(), problems);
        }
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ActionClosed.builder()
                .inspectionId(command.inspectionId())
                .actionId(command.actionId())
                .evidenceReference(command.evidenceReference())
                .noteVi(command.noteVi())
                .build()));
    }
}
