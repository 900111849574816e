package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A window of the annual poverty review in force for a province (<i>thời gian rà soát hộ nghèo, hộ cận nghèo</i>), as
 * {@link PovertyReviewRegister} answers it.
 *
 * <p>The status a household has for year Y (see {@link RecordPovertyStatus#year()}: the year it applies to) comes from
 * the review made in year Y − 1, so it may be recorded between {@link #firstDayFor(int)} and {@link #lastDayFor(int)}:
 * the window's days in year Y − 1.
 *
 * @param unitCode the province the window is set for
 * @param windowStart the first day of the review each year
 * @param windowEnd the last day of the review each year (inclusive)
 * @param effectiveFrom the first day it is in force
 * @param basis the decision that sets it
 * @param sequence the ledger sequence of the event that set it
 */
public record PovertyReviewWindow(String unitCode, MonthDay windowStart, MonthDay windowEnd, LocalDate effectiveFrom,
        String basis, long sequence) {

    /** Checks that no part is missing. */
    public PovertyReviewWindow {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(windowStart, "windowStart");
        requireNonNull(windowEnd, "windowEnd");
        requireNonNull(effectiveFrom, "effectiveFrom");
        requireNonNull(basis, "basis");
    }

    /** The first day a status for {@code year} may be recorded: the window's start in {@code year − 1}. */
    public LocalDate firstDayFor(int year) {
        return windowStart.atYear(year - 1);
    }

    /** The last day a status for {@code year} may be recorded: the window's end in {@code year − 1}. */
    public LocalDate lastDayFor(int year) {
        return windowEnd.atYear(year - 1);
    }

    /** Whether a status for {@code year} recorded on {@code recordedOn} lies within the window. */
    public boolean admits(int year, LocalDate recordedOn) {
        requireNonNull(recordedOn, "recordedOn");
        return !recordedOn.isBefore(firstDayFor(year)) && !recordedOn.isAfter(lastDayFor(year));
    }
}
