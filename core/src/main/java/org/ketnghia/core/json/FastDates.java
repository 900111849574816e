package org.ketnghia.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads and writes the two date forms every ledger event carries — {@code 2021-07-01} and
 * {@code 2026-06-01T02:00:00Z} (with optional fraction) — without a {@link
 * java.time.format.DateTimeFormatter}, which dominated reading and writing events. Any other form
 * goes to Jackson's own deserializers, so what is accepted is unchanged; what is written is exactly
 * what Jackson writes ({@code LocalDate.toString()}, {@code DateTimeFormatter.ISO_INSTANT}).
 */
final class FastDates {

    private FastDates() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("ketnghia-fast-dates");
        module.addDeserializer(LocalDate.class, new FastLocalDate());
        module.addDeserializer(Instant.class, new FastInstant());
        module.addSerializer(LocalDate.class, new FastLocalDateWriter());
        module.addSerializer(Instant.class, new FastInstantWriter());
        return module;
    }

    private static final class FastLocalDateWriter extends StdSerializer<LocalDate> {
        FastLocalDateWriter() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            if (value.getYear() < 0 || value.getYear() > 9_999) {
                LocalDateSerializer.INSTANCE.serialize(value, generator, provider);
                return;
            }
            char[] text = new char[10];
            writeDate(text, value);
            generator.writeString(text, 0, text.length);
        }
    }

    private static final class FastInstantWriter extends StdSerializer<Instant> {
        FastInstantWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            long epochSecond = value.getEpochSecond();
            if (epochSecond < FIRST_SECOND_OF_YEAR_0 || epochSecond > LAST_SECOND_OF_YEAR_9999) {
                InstantSerializer.INSTANCE.serialize(value, generator, provider);
                return;
            }
            long epochDay = Math.floorDiv(epochSecond, 86_400);
            int secondOfDay = (int) Math.floorMod(epochSecond, 86_400);
            int nanos = value.getNano();
            // ISO_INSTANT: no fraction, or 3, 6 or 9 digits — as many as the nanoseconds need
            int fractionDigits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
            char[] text = new char[20 + (fractionDigits == 0 ? 0 : 1 + fractionDigits)];
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
            generator.writeString(text, 0, text.length);
        }
    }

    private static final long FIRST_SECOND_OF_YEAR_0 = LocalDate.of(0, 1, 1).toEpochDay() * 86_400;
    private static final long LAST_SECOND_OF_YEAR_9999 = (LocalDate.of(9_999, 12, 31).toEpochDay() + 1) * 86_400 - 1;

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

    private static final class FastLocalDate extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                if (isDate(text, 0) && text.length() == 10) {
                    try {
                        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
                    } catch (DateTimeException invalid) {
                        // 30 February and the like: Jackson's reader reports it in its own words
                    }
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        }
    }

    private static final class FastInstant extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                Instant parsed = parse(parser.getText());
                if (parsed != null) {
                    return parsed;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }

        /** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z}, or null for any other form. */
        private static Instant parse(String text) {
            int length = text.length();
            if (length < 20 || text.charAt(length - 1) != 'Z' || !isDate(text, 0) || text.charAt(10) != 'T'
                    || text.charAt(13) != ':' || text.charAt(16) != ':' || !allDigits(text, 11, 13)
                    || !allDigits(text, 14, 16) || !allDigits(text, 17, 19)) {
                return null;
            }
            int nanos = 0;
            if (length > 20) {
                int fractionDigits = length - 21;
                if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9 || !allDigits(text, 20, length - 1)) {
                    return null;
                }
                nanos = digits(text, 20, length - 1);
                for (int i = fractionDigits; i < 9; i++) {
                    nanos *= 10;
                }
            } else if (text.charAt(19) != 'Z') {
                return null;
            }
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (hour > 23 || minute > 59 || second > 59) {
                return null;
            }
            long epochDay;
            try {
                epochDay = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)).toEpochDay();
            } catch (DateTimeException invalid) {
                return null;
            }
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        }
    }

    /** {@code dddd-dd-dd} at {@code from}. */
    private static boolean isDate(String text, int from) {
        return text.length() >= from + 10 && text.charAt(from + 4) == '-' && text.charAt(from + 7) == '-'
                && allDigits(text, from, from + 4) && allDigits(text, from + 5, from + 7)
                && allDigits(text, from + 8, from + 10);
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
