package org.ketnghia.core.grievance.internal;

import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.grievance.CorrectionRequestFacts;
import org.ketnghia.core.grievance.CorrectionRequested;
import org.ketnghia.core.grievance.GrievanceErrorCode;
import org.ketnghia.core.grievance.GrievanceRegister;
import org.ketnghia.core.grievance.RequestCorrection;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;

/** Validates {@link RequestCorrection} and records {@link CorrectionRequested}; the default roles record it. */
public final class RequestCorrectionHandler implements CommandHandler<RequestCorrection> {

    @Override
    public Class<RequestCorrection> commandType() {
        return RequestCorrection.class;
    }

    @Override
    public List<EventDraft> handle(RequestCorrection command, LedgerState state) {
        Problems problems = new Problems();
        if (!problems.check(command.requestId().isBlank(), CoreErrorCode.VALUE_BLANK, "requestId")) {
            problems.check(state.projection(GrievanceRegister.class).correctionRequest(command.requestId()).isPresent(),
                    GrievanceErrorCode.GRIEVANCE_DUPLICATE_CORRECTION_REQUEST, "requestId", command.requestId());
        }
        ComplaintSteps.openComplaint(problems, command, command.complaintId(), state);
        problems.check(command.addressedTo().isBlank(), CoreErrorCode.VALUE_BLANK, "addressedTo");
        problems.check(command.whatVi().isBlank(), CoreErrorCode.VALUE_BLANK, "whatVi");
        command.dueOn().ifPresent(due -> problems.check(due.isBefore(command.occurredOn()), CoreErrorCode.PERIOD_INVERTED,
                "dueOn", command.occurredOn(), due));
        problems.throwIfAny();
        return List.of(EventDraft.of(command, CorrectionRequested.builder().from((CorrectionRequestFacts) command).build()));
    }
}
