package org.ketnghia.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.reporting.ReportingPeriod;

class SimulationClockTest {

    private static final LocalDate START = LocalDate.of(2021, 7, 1);
    private final SimulationClock clock = new SimulationClock(START, 5);

    @Test
    void monthIndex_mapsToDates_andBack() {
        assertThat(clock.months()).isEqualTo(60);
        assertThat(clock.monthStart(0)).isEqualTo(START);
        assertThat(clock.monthEnd(0)).isEqualTo(LocalDate.of(2021, 7, 31));
        assertThat(clock.monthStart(59)).isEqualTo(LocalDate.of(2026, 6, 1));
        for (int month = 0; month < clock.months(); month++) {
            assertThat(clock.monthIndexOf(clock.monthStart(month))).isEqualTo(month);
            assertThat(clock.monthIndexOf(clock.monthEnd(month))).isEqualTo(month);
        }
    }

    @Test
    void programmeYears_matchTheReportingPeriods() {
        assertThat(clock.programmeYear(11)).isEqualTo(1);
        assertThat(clock.programmeYear(12)).isEqualTo(2);
        assertThat(clock.isLastMonthOfYear(11)).isTrue();
        assertThat(clock.isLastMonthOfYear(12)).isFalse();
        for (int year = 1; year <= 5; year++) {
            assertThat(clock.yearEnd(year)).isEqualTo(ReportingPeriod.programmeYear(START, year).to());
            assertThat(clock.monthEnd(year * 12 - 1)).isEqualTo(clock.yearEnd(year));
        }
        assertThat(clock.end()).isEqualTo(ReportingPeriod.finalReview(START).to());
    }

    @Test
    void startOnTheLastDayOfAMonth_stillMapsEveryDayToOneMonth() {
        SimulationClock endOfMonth = new SimulationClock(LocalDate.of(2024, 1, 31), 1);

        assertThat(endOfMonth.monthStart(1)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(endOfMonth.monthIndexOf(LocalDate.of(2024, 3, 30))).isEqualTo(1);
        assertThat(endOfMonth.monthIndexOf(LocalDate.of(2024, 3, 31))).isEqualTo(2);
        assertThat(endOfMonth.monthIndexOf(LocalDate.of(2025, 1, 30))).isEqualTo(11);
    }

    @Test
    void monthsAndDatesOutsideTheSimulation_areRejected() {
        assertThat(catchThrowableOfType(() -> clock.monthEnd(60), KetnghiaException.class).code())
                .isEqualTo(SimulationErrorCode.SIMULATION_MONTH_OUT_OF_RANGE);
        assertThat(catchThrowableOfType(() -> clock.monthIndexOf(START.minusDays(1)), KetnghiaException.class).code())
                .isEqualTo(SimulationErrorCode.SIMULATION_DATE_OUT_OF_RANGE);
        assertThat(catchThrowableOfType(() -> new SimulationClock(START, 0), KetnghiaException.class).field())
                .isEqualTo("years");
    }
}
