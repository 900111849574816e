package org.ketnghia.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;

class ReportingPeriodTest {

    private static final LocalDate START = LocalDate.of(2021, 7, 1);

    @Test
    void programmeYears_runFromTheStartDate_andTouchWithoutGaps() {
        List<ReportingPeriod> years = List.of(1, 2, 3, 4, 5).stream()
                .map(year -> ReportingPeriod.programmeYear(START, year)).toList();

        assertThat(years.get(0).from()).isEqualTo(START);
        assertThat(years.get(0).to()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(years.get(4).from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(years.get(4).to()).isEqualTo(LocalDate.of(2026, 6, 30));
        for (int i = 1; i < years.size(); i++) {
            assertThat(years.get(i).from()).isEqualTo(years.get(i - 1).to().plusDays(1));
        }
        assertThat(years).allSatisfy(period -> assertThat(period.kind()).isEqualTo(PeriodKind.PROGRAMME_YEAR));
    }

    @Test
    void programmeYearBoundaries_belongToExactlyOneYear() {
        ReportingPeriod year1 = ReportingPeriod.programmeYear(START, 1);
        ReportingPeriod year2 = ReportingPeriod.programmeYear(START, 2);

        assertThat(year1.contains(LocalDate.of(2022, 6, 30))).isTrue();
        assertThat(year2.contains(LocalDate.of(2022, 6, 30))).isFalse();
        assertThat(year1.contains(LocalDate.of(2022, 7, 1))).isFalse();
        assertThat(year2.contains(LocalDate.of(2022, 7, 1))).isTrue();
        assertThat(year1.contains(START.minusDays(1))).isFalse();
    }

    @Test
    void interimReview_coversTheFirstThreeYears_andFinalReviewAllFive() {
        ReportingPeriod interim = ReportingPeriod.interimReview(START);
        ReportingPeriod finalReview = ReportingPeriod.finalReview(START);

        assertThat(interim.from()).isEqualTo(START);
        assertThat(interim.to()).isEqualTo(ReportingPeriod.programmeYear(START, 3).to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(interim.labelVi()).startsWith("Sơ kết 3 năm").contains("01/07/2021", "30/06/2024");
        assertThat(finalReview.to()).isEqualTo(ReportingPeriod.programmeYear(START, 5).to());
        assertThat(finalReview.labelVi()).startsWith("Tổng kết 5 năm");
        assertThat(finalReview.kind().label().vi()).isEqualTo("Tổng kết");
    }

    @Test
    void programmePeriods_areTheFiveYearsAndBothReviews() {
        assertThat(ReportingPeriod.programmePeriods(START)).extracting(ReportingPeriod::kind).containsExactly(
                PeriodKind.PROGRAMME_YEAR, PeriodKind.PROGRAMME_YEAR, PeriodKind.PROGRAMME_YEAR,
                PeriodKind.PROGRAMME_YEAR, PeriodKind.PROGRAMME_YEAR, PeriodKind.INTERIM_REVIEW, PeriodKind.FINAL_REVIEW);
    }

    @Test
    void startOnLeapDay_followsPlusYears() {
        ReportingPeriod year1 = ReportingPeriod.programmeYear(LocalDate.of(2024, 2, 29), 1);

        assertThat(year1.to()).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(ReportingPeriod.programmeYear(LocalDate.of(2024, 2, 29), 2).from()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void levelEnd_comesFromTheProvincesData() {
        org.ketnghia.core.admin.AdminLevel districts =
                org.ketnghia.core.province.ProvincePacks.quangNam().units().level("district").orElseThrow();
        org.ketnghia.core.admin.AdminLevel openEnded = org.ketnghia.core.admin.AdminLevel.builder()
                .id("district").nameVi("Cấp huyện").nameEn("District").rank(2).build();

        assertThat(ReportingPeriod.calendarYear(2024).predatesEndOf(districts)).isTrue();
        assertThat(ReportingPeriod.calendarYear(2025).predatesEndOf(districts)).isFalse();
        assertThat(ReportingPeriod.calendarYear(2030).predatesEndOf(openEnded)).isTrue();
    }

    @Test
    void calendarYear_isJanuaryToDecember() {
        ReportingPeriod year = ReportingPeriod.calendarYear(2024);

        assertThat(year.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(year.labelVi()).isEqualTo("Năm 2024");
    }

    @Test
    void programmeYearOutsideOneToFive_isRejected() {
        for (int year : new int[] {0, 6}) {
            KetnghiaException error = catchThrowableOfType(() -> ReportingPeriod.programmeYear(START, year),
                    KetnghiaException.class);
            assertThat(error.code()).isEqualTo(ReportingErrorCode.REPORTING_PROGRAMME_YEAR_OUT_OF_RANGE);
            assertThat(error.field()).isEqualTo("year");
        }
    }

    @Test
    void invertedPeriodWithBlankLabels_reportsEveryProblem() {
        KetnghiaException error = catchThrowableOfType(() -> ReportingPeriod.custom(LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 1, 1), " ", ""), KetnghiaException.class);

        assertThat(error.problems()).extracting(Problem::code, Problem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReportingErrorCode.REPORTING_PERIOD_INVERTED, "to"),
                org.assertj.core.groups.Tuple.tuple(ReportingErrorCode.REPORTING_LABEL_BLANK, "labelVi"),
                org.assertj.core.groups.Tuple.tuple(ReportingErrorCode.REPORTING_LABEL_BLANK, "labelEn"));
        assertThat(error.messageVi()).contains("trước ngày bắt đầu");
    }
}
