package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * An ad-hoc report request with a deadline (<i>yêu cầu báo cáo đột xuất</i>), addressed to units (communes,
 * districts, the province) and to sponsors. Each addressee answers with its own submission, approved by the
 * level above it like any report.
 *
 * <p>The value only requires its parts; the rules are checked, all at once, by {@link RequestReport}. JSON:
 * {@code {"requestId": "bc-han-han-2024", "titleVi": "…", "submissionKind": "REPORT", "periodFrom":
 * "2024-01-01", "periodTo": "2024-06-30", "deadline": "2024-07-10", "addresseeUnitCodes": [...],
 * "addresseeSponsorIds": [...]}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableReportRequest.class)
@JsonDeserialize(as = ImmutableReportRequest.class)
public abstract class ReportRequest {

    /** The period key of every request's single period. */
    public static final String PERIOD = "yeu-cau";

    /** The request's id, unique in the ledger. */
    public abstract String requestId();

    /** What is asked, in Vietnamese. */
    public abstract String titleVi();

    /** What is to be submitted. */
    @Value.Default
    public SubmissionKind submissionKind() {
        return SubmissionKind.REPORT;
    }

    /** The first day to report on. */
    public abstract LocalDate periodFrom();

    /** The last day to report on. */
    public abstract LocalDate periodTo();

    /** The last day to submit. */
    public abstract LocalDate deadline();

    /** The units asked to report. */
    public abstract List<String> addresseeUnitCodes();

    /** The sponsors asked to report on their own part. */
    public abstract List<String> addresseeSponsorIds();

    /** The request's single period. */
    public DutyPeriod period() {
        return new DutyPeriod(PERIOD, periodFrom(), periodTo(), deadline());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportRequest}; obtain one with {@link ReportRequest#builder()}. */
    public static final class Builder extends ImmutableReportRequest.Builder {
    }
}
