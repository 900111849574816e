package org.ketnghia.core.grievance.internal;

import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.grievance.AssignComplaint;
import org.ketnghia.core.grievance.AssignmentFacts;
import org.ketnghia.core.grievance.ComplaintAssigned;
import org.ketnghia.core.grievance.GrievanceErrorCode;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link AssignComplaint} and records {@link ComplaintAssigned}; the default roles record it. */
public final class AssignComplaintHandler implements CommandHandler<AssignComplaint> {

    @Override
    public Class<AssignComplaint> commandType() {
        return AssignComplaint.class;
    }

    @Override
    public List<EventDraft> handle(AssignComplaint command, LedgerState state) {
        Problems problems = new Problems();
        ComplaintSteps.openComplaint(problems, command, command.complaintId(), state);
        problems.check(command.assignee().isBlank(), CoreErrorCode.VALUE_BLANK, "assignee");
        command.assigneeUnitCode().ifPresent(unit -> problems.check(
                state.administrativeUnits().unitAsOf(unit, command.occurredOn()).isEmpty(),
                GrievanceErrorCode.GRIEVANCE_UNKNOWN_UNIT, "assigneeUnitCode", unit, command.occurredOn()));
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ComplaintAssigned.builder().from((AssignmentFacts) command).build()));
    }
}
