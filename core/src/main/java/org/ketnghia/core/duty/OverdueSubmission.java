package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A report not submitted by its deadline (<i>báo cáo chậm, chưa nộp</i>), on a date: missing when nothing was
 * submitted by then, late when the first submission came after the deadline.
 *
 * @param obligation the report owed, with its deadline
 * @param firstSubmittedOn the date of its first submission, if any by the date asked
 */
public record OverdueSubmission(Obligation obligation, Optional<LocalDate> firstSubmittedOn) {

    /** Checks that no part is missing. */
    public OverdueSubmission {
        requireNonNull(obligation, "obligation");
        requireNonNull(firstSubmittedOn, "firstSubmittedOn");
    }

    /** Whether nothing was submitted. */
    public boolean missing() {
        return firstSubmittedOn.isEmpty();
    }
}
