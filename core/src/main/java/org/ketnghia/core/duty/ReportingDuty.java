package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.programme.ProgrammeTerms;

/**
 * One reporting duty of a programme's calendar (<i>chế độ báo cáo</i>): who reports ({@link #tier()}), what
 * ({@link #kind()}, {@link #submissionKind()}) and by when ({@link #deadlineDaysAfterPeriodEnd()} after the end
 * of each period). The periods follow from the programme's dates ({@link #periods(ProgrammeTerms)}).
 *
 * <p>The value only requires its parts; the rules are checked, all at once, by {@link DeclareReportingDuties}.
 * JSON: {@code {"dutyId": "bao-cao-nam-xa", "titleVi": "Báo cáo năm của UBND xã", "kind": "ANNUAL", "tier":
 * "COMMUNE", "submissionKind": "REPORT", "deadlineDaysAfterPeriodEnd": 10}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableReportingDuty.class)
@JsonDeserialize(as = ImmutableReportingDuty.class)
public abstract class ReportingDuty {

    /** The period key of the interim review. */
    public static final String INTERIM_REVIEW_PERIOD = "so-ket";
    /** The period key of the final review. */
    public static final String FINAL_REVIEW_PERIOD = "tong-ket";

    /** The duty's id, unique in its programme, e.g. {@code "bao-cao-nam-xa"}. */
    public abstract String dutyId();

    /** The title, in Vietnamese. */
    public abstract String titleVi();

    /** What is reported. */
    public abstract DutyKind kind();

    /** Who reports. */
    public abstract ReportingTier tier();

    /** What is submitted; a report unless the duty is the commune's list of supported households. */
    @Value.Default
    public SubmissionKind submissionKind() {
        return SubmissionKind.REPORT;
    }

    /** For an interim review, after how many years of the programme (3 in the plan); absent otherwise. */
    public abstract Optional<Integer> afterYears();

    /** The deadline, in days after the last day of the period (negative: before it ends, e.g. −16 for 15 December). */
    public abstract int deadlineDaysAfterPeriodEnd();

    /**
     * The periods of this duty in {@code programme}, oldest first: each calendar year cut to the programme
     * (keys {@code "2022"}, {@code "2023"}, …), or the single review period ({@link #INTERIM_REVIEW_PERIOD}
     * from the start for {@link #afterYears()} years; {@link #FINAL_REVIEW_PERIOD} the whole programme).
     */
    public List<DutyPeriod> periods(ProgrammeTerms programme) {
        LocalDate start = programme.start();
        LocalDate last = programme.lastDay();
        List<DutyPeriod> periods = new ArrayList<>();
        switch (kind()) {
            case ANNUAL -> {
                for (int year = start.getYear(); year <= last.getYear(); year++) {
                    LocalDate from = year == start.getYear() ? start : LocalDate.of(year, 1, 1);
                    LocalDate to = year == last.getYear() ? last : LocalDate.of(year, 12, 31);
                    periods.add(period(Integer.toString(year), from, to));
                }
            }
            case INTERIM_REVIEW -> afterYears().ifPresent(years ->
                    periods.add(period(INTERIM_REVIEW_PERIOD, start, start.plusYears(years).minusDays(1))));
            case FINAL_REVIEW -> periods.add(period(FINAL_REVIEW_PERIOD, start, last));
            default -> throw new IllegalStateException("unknown kind " + kind());
        }
        return List.copyOf(periods);
    }

    /** The period with the given key in {@code programme}, if the duty has one. */
    public Optional<DutyPeriod> period(ProgrammeTerms programme, String periodKey) {
        return periods(programme).stream().filter(period -> period.key().equals(periodKey)).findFirst();
    }

    private DutyPeriod period(String key, LocalDate from, LocalDate to) {
        return new DutyPeriod(key, from, to, to.plusDays(deadlineDaysAfterPeriodEnd()));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportingDuty}; obtain one with {@link ReportingDuty#builder()}. */
    public static final class Builder extends ImmutableReportingDuty.Builder {
    }
}
