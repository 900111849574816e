package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One act on a report owed, as recorded: a submission, an approval, a return or a reopening.
 *
 * @param status the status the act leads to ({@link ReportStatus#SUBMITTED} for a submission)
 * @param submissionId the submission submitted or decided on
 * @param date the date of the act
 * @param actorId who recorded it
 * @param unitCode the unit of the event: the reporter's (or, for a sponsor, the recipient's), or the deciding level's
 * @param contentSha256 the content's hash, for a submission
 * @param dispatchNumber the dispatch number, for a submission
 * @param reasonVi the reason, for a return or a reopening
 */
public record ReportAct(ReportStatus status, String submissionId, LocalDate date, String actorId, String unitCode,
        Optional<String> contentSha256, Optional<String> dispatchNumber, Optional<String> reasonVi) {

    /** Checks that no part is missing. */
    public ReportAct {
        requireNonNull(status, "status");
        requireNonNull(submissionId, "submissionId");
        requireNonNull(date, "date");
        requireNonNull(actorId, "actorId");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(contentSha256, "contentSha256");
        requireNonNull(dispatchNumber, "dispatchNumber");
        requireNonNull(reasonVi, "reasonVi");
    }

    /** Whether this act is a submission. */
    public boolean isSubmission() {
        return status == ReportStatus.SUBMITTED;
    }
}
