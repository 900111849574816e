package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One period of a reporting duty or request (<i>kỳ báo cáo</i>) and its deadline.
 *
 * @param key the period's key: the year ({@code "2024"}), {@link ReportingDuty#INTERIM_REVIEW_PERIOD}, {@link
 *     ReportingDuty#FINAL_REVIEW_PERIOD}, or {@link ReportRequest#PERIOD} for an ad-hoc request
 * @param from the first day reported on
 * @param to the last day reported on
 * @param deadline the last day to submit (<i>hạn nộp</i>)
 */
public record DutyPeriod(String key, LocalDate from, LocalDate to, LocalDate deadline) {

    /** Checks that no part is missing. */
    public DutyPeriod {
        requireNonNull(key, "key");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(deadline, "deadline");
    }
}
