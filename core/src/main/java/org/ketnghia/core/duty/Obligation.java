package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One report owed (<i>nghĩa vụ báo cáo</i>): by whom, for which duty and period or which request, by when.
 *
 * @param programmeId the programme
 * @param dutyId the duty, when it answers the calendar
 * @param requestId the request, when it answers an ad-hoc request
 * @param period the period and its deadline
 * @param submissionKind what is to be submitted
 * @param reporter who owes it
 */
public record Obligation(String programmeId, Optional<String> dutyId, Optional<String> requestId, DutyPeriod period,
        SubmissionKind submissionKind, Reporter reporter) {

    /** Checks that no part is missing and that it answers exactly one duty or request. */
    public Obligation {
        requireNonNull(programmeId, "programmeId");
        requireNonNull(dutyId, "dutyId");
        requireNonNull(requestId, "requestId");
        requireNonNull(period, "period");
        requireNonNull(submissionKind, "submissionKind");
        requireNonNull(reporter, "reporter");
        if (dutyId.isPresent() == requestId.isPresent()) {
            throw new IllegalArgumentException("an obligation answers exactly one duty or request: " + dutyId + ", " + requestId);
        }
    }

    /** A key unique among the obligations of a ledger. */
    public String key() {
        return key(programmeId, dutyId, requestId, period.key(), reporter);
    }

    static String key(String programmeId, Optional<String> dutyId, Optional<String> requestId, String periodKey, Reporter reporter) {
        String subject = dutyId.map(id -> "duty:" + id).orElseGet(() -> "request:" + requestId.orElseThrow());
        return programmeId + '\n' + subject + '\n' + periodKey + '\n' + reporter.key();
    }
}
