package org.ketnghia.core.grievance.internal;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.grievance.CloseComplaint;
import org.ketnghia.core.grievance.ClosureFacts;
import org.ketnghia.core.grievance.ComplaintClosed;
import org.ketnghia.core.grievance.ComplaintFile;
import org.ketnghia.core.grievance.ComplaintResult;
import org.ketnghia.core.grievance.GrievanceErrorCode;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/**
 * Validates {@link CloseComplaint} and records {@link ComplaintClosed}; the default roles record it. An upheld result
 * needs a correction: an event recorded after the complaint that is not a grievance event, or a request recorded for
 * this complaint.
 */
public final class CloseComplaintHandler implements CommandHandler<CloseComplaint> {

    @Override
    public Class<CloseComplaint> commandType() {
        return CloseComplaint.class;
    }

    @Override
    public List<EventDraft> handle(CloseComplaint command, LedgerState state) {
        Problems problems = new Problems();
        GrievanceRegister register = state.projection(GrievanceRegister.class);
        Optional<ComplaintFile> file = ComplaintSteps.openComplaint(problems, command, command.complaintId(), state);
        ComplaintResult result = command.result();
        problems.check(command.reasonVi().isBlank(), CoreErrorCode.VALUE_BLANK, "reasonVi");
        file.ifPresent(found -> problems.check(result != ComplaintResult.WITHDRAWN && found.answer().isEmpty(),
                GrievanceErrorCode.GRIEVANCE_NOT_ANSWERED, "complaintId", command.complaintId()));
        boolean referencesCorrection = command.correctionSequence().isPresent() || command.correctionRequestId().isPresent();
        if (result.leadsToCorrection()) {
            problems.check(!referencesCorrection, GrievanceErrorCode.GRIEVANCE_CORRECTION_REQUIRED, "result", result);
        } else {
            problems.check(referencesCorrection, GrievanceErrorCode.GRIEVANCE_CORRECTION_NOT_ALLOWED, "result", result);
        }
        file.ifPresent(found -> {
            long receivedAt = found.received().sequence();
            command.correctionSequence().ifPresent(sequence -> problems.check(sequence <= receivedAt
                    || sequence > state.lastSequence() || register.isGrievanceEvent(sequence),
                    GrievanceErrorCode.GRIEVANCE_CORRECTION_EVENT_INVALID, "correctionSequence", sequence, receivedAt,
                    state.lastSequence()));
            command.correctionRequestId().ifPresent(requestId -> problems.check(register.correctionRequest(requestId)
                    .filter(request -> request.event().complaintId().equals(command.complaintId())).isEmpty(),
                    GrievanceErrorCode.GRIEVANCE_UNKNOWN_CORRECTION_REQUEST, "correctionRequestId", requestId,
                    command.complaintId()));
        });
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ComplaintClosed.builder().from((ClosureFacts) command).build()));
    }
}
