package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.value.BilingualText;

/**
 * A reporting period (<i>kỳ báo cáo</i>): the days from {@link #from()} to {@link #to()}, both
 * included, with labels in Vietnamese and English.
 *
 * <p>Periods relative to a programme's start date {@code S} (the first day of programme year 1):
 * <ul>
 *   <li>programme year {@code n} runs from {@code S + (n-1) years} to the day before
 *       {@code S + n years} — for {@code S = 2021-07-01}, year 1 is 2021-07-01…2022-06-30;</li>
 *   <li>the interim review (<i>sơ kết</i>) covers programme years 1–3: {@code S} to the day before
 *       {@code S + 3 years};</li>
 *   <li>the final review (<i>tổng kết</i>) covers programme years 1–5: {@code S} to the day before
 *       {@code S + 5 years}.</li>
 * </ul>
 * A start on 29 February follows {@link LocalDate#plusYears} (28 February in other years).
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind": "INTERIM_REVIEW", "from": "2021-07-01",
 * "to": "2024-06-30", "labelVi": "Sơ kết 3 năm (01/07/2021 – 30/06/2024)", "labelEn": "…"}}.
 *
 * @param kind what kind of period it is
 * @param from first day, included
 * @param to last day, included; not before {@code from}
 * @param labelVi label in Vietnamese, not blank
 * @param labelEn label in English, not blank
 */
public record ReportingPeriod(PeriodKind kind, LocalDate from, LocalDate to, String labelVi, String labelEn) {

    /** The number of programme years of the final review (5) and the upper bound of {@link #programmeYear}. */
    public static final int PROGRAMME_YEARS = 5;

    /** The number of programme years covered by the interim review (3). */
    public static final int INTERIM_YEARS = 3;

    /**
     * Checks the period.
     *
     * @throws KetnghiaException {@link ReportingErrorCode#REPORTING_PERIOD_INVERTED} if {@code to}
     *     is before {@code from}, {@link ReportingErrorCode#REPORTING_LABEL_BLANK} for a blank label
     *     (all problems at once)
     */
    public ReportingPeriod {
        requireNonNull(kind, "kind");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(labelVi, "labelVi");
        requireNonNull(labelEn, "labelEn");
        Problems problems = new Problems();
        problems.check(to.isBefore(from), ReportingErrorCode.REPORTING_PERIOD_INVERTED, "to", from, to);
        problems.check(labelVi.isBlank(), ReportingErrorCode.REPORTING_LABEL_BLANK, "labelVi");
        problems.check(labelEn.isBlank(), ReportingErrorCode.REPORTING_LABEL_BLANK, "labelEn");
        problems.throwIfAny();
    }

    /**
     * Programme year {@code year} (1–5) of a programme starting on {@code programmeStart}.
     *
     * @throws KetnghiaException {@link ReportingErrorCode#REPORTING_PROGRAMME_YEAR_OUT_OF_RANGE}
     *     for a year outside 1–5
     */
    public static ReportingPeriod programmeYear(LocalDate programmeStart, int year) {
        requireNonNull(programmeStart, "programmeStart");
        if (year < 1 || year > PROGRAMME_YEARS) {
            throw KetnghiaException.of(ReportingErrorCode.REPORTING_PROGRAMME_YEAR_OUT_OF_RANGE, "year", year,
                    PROGRAMME_YEARS);
        }
        LocalDate from = programmeStart.plusYears(year - 1L);
        LocalDate to = programmeStart.plusYears(year).minusDays(1);
        return new ReportingPeriod(PeriodKind.PROGRAMME_YEAR, from, to,
                "Năm thứ " + year + " (" + vi(from) + " – " + vi(to) + ")",
                "Programme year " + year + " (" + from + " – " + to + ")");
    }

    /** The interim review (<i>sơ kết</i>) over programme years 1–3. */
    public static ReportingPeriod interimReview(LocalDate programmeStart) {
        requireNonNull(programmeStart, "programmeStart");
        LocalDate to = programmeStart.plusYears(INTERIM_YEARS).minusDays(1);
        return new ReportingPeriod(PeriodKind.INTERIM_REVIEW, programmeStart, to,
                "Sơ kết " + INTERIM_YEARS + " năm (" + vi(programmeStart) + " – " + vi(to) + ")",
                "Interim review, " + INTERIM_YEARS + " years (" + programmeStart + " – " + to + ")");
    }

    /** The final review (<i>tổng kết</i>) over programme years 1–5. */
    public static ReportingPeriod finalReview(LocalDate programmeStart) {
        requireNonNull(programmeStart, "programmeStart");
        LocalDate to = programmeStart.plusYears(PROGRAMME_YEARS).minusDays(1);
        return new ReportingPeriod(PeriodKind.FINAL_REVIEW, programmeStart, to,
                "Tổng kết " + PROGRAMME_YEARS + " năm (" + vi(programmeStart) + " – " + vi(to) + ")",
                "Final review, " + PROGRAMME_YEARS + " years (" + programmeStart + " – " + to + ")");
    }

    /** Calendar year {@code year}: 1 January to 31 December. */
    public static ReportingPeriod calendarYear(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        return new ReportingPeriod(PeriodKind.CALENDAR_YEAR, from, LocalDate.of(year, 12, 31),
                "Năm " + year, "Year " + year);
    }

    /**
     * Every standard period of a programme: programme years 1–5, the interim and the final review.
     */
    public static java.util.List<ReportingPeriod> programmePeriods(LocalDate programmeStart) {
        java.util.List<ReportingPeriod> periods = new java.util.ArrayList<>();
        for (int year = 1; year <= PROGRAMME_YEARS; year++) {
            periods.add(programmeYear(programmeStart, year));
        }
        periods.add(interimReview(programmeStart));
        periods.add(finalReview(programmeStart));
        return java.util.List.copyOf(periods);
    }

    /** Any span of days with the given labels. */
    public static ReportingPeriod custom(LocalDate from, LocalDate to, String labelVi, String labelEn) {
        return new ReportingPeriod(PeriodKind.CUSTOM, from, to, labelVi, labelEn);
    }

    /** Whether {@code date} lies in the period (both ends included). */
    public boolean contains(LocalDate date) {
        requireNonNull(date, "date");
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * The date whose administrative structure a report over this period uses: the period's last
     * day. A period that ends before 1 July 2025 therefore rolls up through districts; any later
     * period uses the two-tier structure, and units that ended before it are carried on by their
     * successors (see {@link ReportBuilder}).
     */
    public LocalDate structureDate() {
        return to;
    }

    /**
     * Whether the period ends while {@code level} still exists — e.g. while the district level of the
     * province's data is in force, so that a report rolls up through districts. False for a level
     * that exists only after the period's last day; true for a level without an end.
     */
    public boolean predatesEndOf(AdminLevel level) {
        requireNonNull(level, "level");
        return level.validity().contains(to);
    }

    private static String vi(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** The label in Vietnamese and English, as one value (the JSON keeps {@code labelVi} and {@code labelEn}). */
    @JsonIgnore
    public BilingualText label() {
        return BilingualText.of(labelVi, labelEn);
    }
}
