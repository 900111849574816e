package org.ketnghia.core.grievance.internal;

import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.grievance.AnswerComplaint;
import org.ketnghia.core.grievance.AnswerFacts;
import org.ketnghia.core.grievance.ComplaintAnswered;
import org.ketnghia.core.grievance.GrievanceErrorCode;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link AnswerComplaint} and records {@link ComplaintAnswered}; the default roles record it. */
public final class AnswerComplaintHandler implements CommandHandler<AnswerComplaint> {

    @Override
    public Class<AnswerComplaint> commandType() {
        return AnswerComplaint.class;
    }

    @Override
    public List<EventDraft> handle(AnswerComplaint command, LedgerState state) {
        Problems problems = new Problems();
        ComplaintSteps.openComplaint(problems, command, command.complaintId(), state).ifPresent(file -> {
            problems.check(file.assignments().isEmpty(), GrievanceErrorCode.GRIEVANCE_NOT_ASSIGNED, "complaintId",
                    command.complaintId());
            file.answer().ifPresent(given -> problems.add(GrievanceErrorCode.GRIEVANCE_ALREADY_ANSWERED, "complaintId",
                    command.complaintId(), given.on()));
        });
        problems.check(command.answerVi().isBlank(), CoreErrorCode.VALUE_BLANK, "answerVi");
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ComplaintAnswered.builder().from((AnswerFacts) command).build()));
    }
}
