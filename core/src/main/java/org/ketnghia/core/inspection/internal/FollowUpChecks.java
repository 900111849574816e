package org.ketnghia.core.inspection.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.inspection.InspectingBody;
import org.ketnghia.core.inspection.InspectingBodyKind;
import org.ketnghia.core.inspection.InspectionErrorCode;
import org.ketnghia.core.inspection.InspectionRegistry;
import org.ketnghia.core.inspection.TrackedAction;
import org.ketnghia.core.ledger.Command;

/** Checks shared by the follow-up commands: the action exists, the unit and the sponsor fit it. */
final class FollowUpChecks {

    private FollowUpChecks() {
    }

    /** The action as it stands after everything recorded, or a problem. */
    static Optional<TrackedAction> action(InspectionRegistry registry, String inspectionId, String actionId, Problems problems) {
        if (registry.inspection(inspectionId).isEmpty()) {
            problems.add(InspectionErrorCode.INSPECTION_UNKNOWN, "inspectionId", inspectionId);
            return Optional.empty();
        }
        Optional<TrackedAction> action = registry.latestAction(inspectionId, actionId);
        problems.check(action.isEmpty(), InspectionErrorCode.INSPECTION_UNKNOWN_ACTION, "actionId", inspectionId, actionId);
        return action;
    }

    /** The action's unit, carried on to the command's date, must lie within the command's unit (its scope). */
    static void unitFits(Command command, TrackedAction action, AdministrativeRegistry units, Problems problems) {
        LocalDate on = command.occurredOn();
        boolean fits = false;
        for (AdministrativeUnit carrier : units.successorsAsOf(action.unitCode(), on)) {
            fits |= units.isWithin(carrier.code(), command.unitCode(), on);
        }
        problems.check(!fits, InspectionErrorCode.INSPECTION_UNIT_MISMATCH, "unitCode", action.action().id(), action.unitCode(),
                command.unitCode(), on);
    }

    /** A command recorded on a sponsor's behalf must come from the sponsor that inspected. */
    static void sponsorFits(Optional<String> sponsorId, InspectingBody body, String inspectionId, Problems problems) {
        sponsorId.ifPresent(sponsor -> problems.check(
                body.kind() != InspectingBodyKind.SPONSOR || !body.id().equals(sponsor),
                InspectionErrorCode.INSPECTION_NOT_INSPECTING_SPONSOR, "sponsorId", sponsor, inspectionId));
    }
}
