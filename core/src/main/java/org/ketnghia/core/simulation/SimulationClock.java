package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;

/**
 * The monthly clock of a simulation: month index {@code 0 … 12·years − 1} ↔ calendar dates.
 *
 * <p>Month {@code i} starts on {@code start.plusMonths(i)} and ends the day before month {@code
 * i + 1} starts (a start on the 31st follows {@link LocalDate#plusMonths}). Programme year {@code
 * y} (1-based) is months {@code 12(y−1) … 12y − 1}, so it ends on {@code start.plusYears(y)
 * − 1 day}, exactly as {@link org.ketnghia.core.reporting.ReportingPeriod#programmeYear} does.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first day of month 0 (and of programme year 1)
 * @param years number of years simulated (1–50)
 */
public record SimulationClock(LocalDate start, int years) {

    /** Months in a year. */
    public static final int MONTHS_PER_YEAR = 12;

    /** Checks the clock. */
    public SimulationClock {
        requireNonNull(start, "start");
        if (years < 1 || years > 50) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_OUT_OF_RANGE, "years", years, 1, 50);
        }
    }

    /** The clock of a scenario. */
    public static SimulationClock of(SimulationScenario scenario) {
        requireNonNull(scenario, "scenario");
        return new SimulationClock(scenario.start(), scenario.years());
    }

    /** The number of months simulated, {@code 12 · years}. */
    public int months() {
        return years * MONTHS_PER_YEAR;
    }

    /**
     * The first day of month {@code monthIndex}.
     *
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_MONTH_OUT_OF_RANGE} outside
     *     {@code 0 … months()} ({@code months()} itself gives the first day after the simulation)
     */
    public LocalDate monthStart(int monthIndex) {
        if (monthIndex < 0 || monthIndex > months()) {
            throw KetnghiaException.of(SimulationErrorCode.SIMULATION_MONTH_OUT_OF_RANGE, "monthIndex", monthIndex,
                    months());
        }
        return start.plusMonths(monthIndex);
    }

    /** The last day of month {@code monthIndex}. */
    public LocalDate monthEnd(int monthIndex) {
        checkMonth(monthIndex);
        return start.plusMonths(monthIndex + 1L).minusDays(1);
    }

    /** The programme year (1-based) month {@code monthIndex} belongs to. */
    public int programmeYear(int monthIndex) {
        checkMonth(monthIndex);
        return monthIndex / MONTHS_PER_YEAR + 1;
    }

    /** Whether month {@code monthIndex} is the last of its programme year (when year-end values are recorded). */
    public boolean isLastMonthOfYear(int monthIndex) {
        checkMonth(monthIndex);
        return monthIndex % MONTHS_PER_YEAR == MONTHS_PER_YEAR - 1;
    }

    /** The last day of programme year {@code year}. */
    public LocalDate yearEnd(int year) {
        if (year < 1 || year > years) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_OUT_OF_RANGE, "year", year, 1, years);
        }
        return start.plusYears(year).minusDays(1);
    }

    /** The last simulated day. */
    public LocalDate end() {
        return start.plusYears(years).minusDays(1);
    }

    /**
     * The index of the month containing {@code date}.
     *
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_DATE_OUT_OF_RANGE} for a date
     *     outside the simulated time
     */
    public int monthIndexOf(LocalDate date) {
        requireNonNull(date, "date");
        if (date.isBefore(start) || date.isAfter(end())) {
            throw KetnghiaException.of(SimulationErrorCode.SIMULATION_DATE_OUT_OF_RANGE, "date", date, start, end());
        }
        int guess = (int) ChronoUnit.MONTHS.between(start, date);
        // plusMonths clamps to month ends, so the estimate can be one month off either way
        while (guess > 0 && start.plusMonths(guess).isAfter(date)) {
            guess--;
        }
        while (guess + 1 < months() && !start.plusMonths(guess + 1L).isAfter(date)) {
            guess++;
        }
        return guess;
    }

    private void checkMonth(int monthIndex) {
        if (monthIndex < 0 || monthIndex >= months()) {
            throw KetnghiaException.of(SimulationErrorCode.SIMULATION_MONTH_OUT_OF_RANGE, "monthIndex", monthIndex,
                    months() - 1);
        }
    }
}
