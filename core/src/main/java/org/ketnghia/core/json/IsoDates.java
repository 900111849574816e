package org.ketnghia.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.ketnghia.core.json.internal.FastDates;

/**
 * ISO text of the dates every ledger event carries, read and written without a {@link
 * java.time.format.DateTimeFormatter} (which dominated reading, writing and hashing events). It writes exactly
 * {@link LocalDate#toString()} ({@code 2021-07-01}) and {@link Instant#toString()} ({@code 2026-06-01T02:00:00Z},
 * with 3, 6 or 9 fraction digits when there are any) into a character array that a generator or a digest reads
 * from; for a year outside 0–9999 it writes nothing and the caller uses those methods themselves. It reads those two
 * forms (an instant with 1 to 9 fraction digits) from a range of a character array, and answers {@code null} for
 * any other form, which the caller then reads as Jackson does.
 *
 * <p>The mappers of {@link KetnghiaJson} write and read {@code LocalDate} and {@code Instant} this way; {@link
 * #isKetnghiaWriter} and {@link #isKetnghiaReader} tell whether a mapper's (de)serializer is one of those, so that a
 * codec may write or read those dates itself and still give exactly the mapper's bytes and values. The ledger's event
 * codec and hash lines do.
 *
 * <p>Stateless and thread-safe; the arrays passed in are the caller's.
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

    /**
     * The date {@code yyyy-MM-dd} that {@code text} holds in {@code [from, to)}, which must lie within {@code text}.
     *
     * @return the date, or {@code null} for any other form and for a day that does not exist (30 February)
     */
    public static LocalDate date(char[] text, int from, int to) {
        if (to - from != 10 || !isDate(text, from)) {
            return null;
        }
        try {
            return LocalDate.of(digits(text, from, from + 4), digits(text, from + 5, from + 7),
                    digits(text, from + 8, from + 10));
        } catch (DateTimeException invalid) {
            return null; // 30 February and the like: Jackson's reader reports it in its own words
        }
    }

    /**
     * The instant {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} (1 to 9 fraction digits) that {@code text} holds in {@code [from,
     * to)}, which must lie within {@code text}.
     *
     * @return the instant, or {@code null} for any other form and for a time that does not exist
     */
    public static Instant instant(char[] text, int from, int to) {
        int length = to - from;
        if (length < 20 || text[to - 1] != 'Z' || !isDate(text, from) || text[from + 10] != 'T'
                || text[from + 13] != ':' || text[from + 16] != ':' || !allDigits(text, from + 11, from + 13)
                || !allDigits(text, from + 14, from + 16) || !allDigits(text, from + 17, from + 19)) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (text[from + 19] != '.' || fractionDigits < 1 || fractionDigits > 9
                    || !allDigits(text, from + 20, to - 1)) {
                return null;
            }
            nanos = digits(text, from + 20, to - 1);
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int hour = digits(text, from + 11, from + 13);
        int minute = digits(text, from + 14, from + 16);
        int second = digits(text, from + 17, from + 19);
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        LocalDate day = date(text, from, from + 10);
        if (day == null) {
            return null;
        }
        return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /**
     * Whether {@code serializer} is the {@code LocalDate} or {@code Instant} writer of a {@link KetnghiaJson} mapper,
     * which writes what {@link #write(LocalDate, char[])} and {@link #write(Instant, char[])} write (and {@code
     * toString()} beyond them). {@code false} for {@code null} and for any other serializer, Jackson's own included.
     */
    public static boolean isKetnghiaWriter(JsonSerializer<?> serializer) {
        return FastDates.isFast(serializer);
    }

    /**
     * Whether {@code deserializer} is the {@code LocalDate} or {@code Instant} reader of a {@link KetnghiaJson}
     * mapper, which reads the forms {@link #date} and {@link #instant} read as they do (and any other form as Jackson
     * does). {@code false} for {@code null} and for any other deserializer, Jackson's own included.
     */
    public static boolean isKetnghiaReader(JsonDeserializer<?> deserializer) {
        return FastDates.isFast(deserializer);
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

    /** {@code dddd-dd-dd} at {@code from}. */
    private static boolean isDate(char[] text, int from) {
        return text.length >= from + 10 && text[from + 4] == '-' && text[from + 7] == '-'
                && allDigits(text, from, from + 4) && allDigits(text, from + 5, from + 7)
                && allDigits(text, from + 8, from + 10);
    }

    private static boolean allDigits(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(char[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }
}
