package org.ketnghia.core.json.internal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * ISO text of the dates every ledger event carries, without a {@link
 * java.time.format.DateTimeFormatter} (which dominated writing and hashing events): exactly
 * {@link LocalDate#toString()} ({@code 2021-07-01}) and {@link Instant#toString()} ({@code
 * 2026-06-01T02:00:00Z}, with 3, 6 or 9 fraction digits when there are any), written into a
 * character array that a generator or a digest reads from. For a year outside 0–9999 it writes nothing and the
 * caller uses those methods themselves.
 */
public final class IsoDates {

    /** The most characters {@link #write} writes: an instant with nine fraction digits. */
    public static final int MAX_LENGTH = 30;

    private static final long FIRST_SECOND_OF_YEAR_0 = LocalDate.of(0, 1, 1).toEpochDay() * 86_400;
    private static final long LAST_SECOND_OF_YEAR_9999 = (LocalDate.of(9_999, 12, 31).toEpochDay() + 1) * 86_400 - 1;

    private IsoDates() {
    }

    /**
     * Writes {@code date.toString()} from the start of {@code text} (at least {@link #MAX_LENGTH} long), without
     * making a string: a serializer or a digest takes the characters from there.
     *
     * @return the number of characters written; -1, with nothing written, for a year outside 0–9999 (then use {@code
     *     date.toString()})
     */
    public static int write(LocalDate date, char[] text) {
        requireNonNull(date, "date");
        if (date.getYear() < 0 || date.getYear() > 9_999) {
            return -1;
        }
        writeDate(text, date);
        return 10;
    }

    /**
     * Writes {@code instant.toString()} from the start of {@code text} (at least {@link #MAX_LENGTH} long).
     *
     * @return the number of characters written; -1, with nothing written, for a year outside 0–9999 (then use {@code
     *     instant.toString()})
     */
    public static int write(Instant instant, char[] text) {
        requireNonNull(instant, "instant");
        long epochSecond = instant.getEpochSecond();
        if (epochSecond < FIRST_SECOND_OF_YEAR_0 || epochSecond > LAST_SECOND_OF_YEAR_9999) {
            return -1;
        }
        long epochDay = Math.floorDiv(epochSecond, 86_400);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400);
        int nanos = instant.getNano();
        // ISO_INSTANT: no fraction, or 3, 6 or 9 digits — as many as the nanoseconds need
        int fractionDigits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        writeDate(text, LocalDate.ofEpochDay(epochDay));
        text[10] = 'T';
        writeTwoDigits(text, 11, secondOfDay / 3_600);
        text[13] = ':';
        writeTwoDigits(text, 14, secondOfDay / 60 % 60);
        text[16] = ':';
        writeTwoDigits(text, 17, secondOfDay % 60);
        int end = 19;
        if (fractionDigits > 0) {
            text[end++] = '.';
            int fraction = nanos;
            for (int i = 9; i > fractionDigits; i--) {
                fraction /= 10;
            }
            for (int i = end + fractionDigits - 1; i >= end; i--) {
                text[i] = (char) ('0' + fraction % 10);
                fraction /= 10;
            }
            end += fractionDigits;
        }
        text[end] = 'Z';
        return end + 1;
    }

    /** {@code yyyy-MM-dd} into the first ten characters; the year is 0 to 9999. */
    private static void writeDate(char[] text, LocalDate date) {
        int year = date.getYear();
        writeTwoDigits(text, 0, year / 100);
        writeTwoDigits(text, 2, year % 100);
        text[4] = '-';
        writeTwoDigits(text, 5, date.getMonthValue());
        text[7] = '-';
        writeTwoDigits(text, 8, date.getDayOfMonth());
    }

    private static void writeTwoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
