package org.ketnghia.core.grievance.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.grievance.ComplaintFile;
import org.ketnghia.core.grievance.GrievanceErrorCode;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerState;

/** The checks every step on a received complaint shares. */
final class ComplaintSteps {

    private ComplaintSteps() {
    }

    /**
     * The complaint a step is recorded on, when it exists; adds a problem when it is unknown or closed, when the
     * command's unit is not its commune, or when the step is dated before the previous one.
     */
    static Optional<ComplaintFile> openComplaint(Problems problems, Command command, String complaintId, LedgerState state) {
        Optional<ComplaintFile> found = state.projection(GrievanceRegister.class).complaint(complaintId);
        if (found.isEmpty()) {
            problems.add(GrievanceErrorCode.GRIEVANCE_UNKNOWN_COMPLAINT, "complaintId", complaintId);
            return found;
        }
        ComplaintFile file = found.get();
        file.closure().ifPresent(closed ->
                problems.add(GrievanceErrorCode.GRIEVANCE_ALREADY_CLOSED, "complaintId", complaintId, closed.on()));
        checkUnit(problems, command, file.communeCode(), state.administrativeUnits());
        problems.check(command.occurredOn().isBefore(file.lastStepOn()), GrievanceErrorCode.GRIEVANCE_BEFORE_PREVIOUS_STEP,
                "occurredOn", command.occurredOn(), file.lastStepOn());
        return found;
    }

    /**
     * Adds {@link GrievanceErrorCode#GRIEVANCE_UNIT_MISMATCH} unless the command is recorded for the commune, or for
     * the commune that carries it on at the command's date (after a merger).
     */
    static void checkUnit(Problems problems, Command command, String communeCode, AdministrativeRegistry units) {
        LocalDate date = command.occurredOn();
        boolean matches = command.unitCode().equals(communeCode)
                || units.unitInForce(communeCode, date).map(AdministrativeUnit::code).filter(command.unitCode()::equals).isPresent();
        problems.check(!matches, GrievanceErrorCode.GRIEVANCE_UNIT_MISMATCH, "unitCode", command.unitCode(), communeCode, date);
    }
}
