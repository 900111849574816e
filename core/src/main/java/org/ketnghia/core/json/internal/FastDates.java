package org.ketnghia.core.json.internal;

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
public final class FastDates {

    private FastDates() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("ketnghia-fast-dates");
        module.addDeserializer(LocalDate.class, new FastLocalDate());
        module.addDeserializer(Instant.class, new FastInstant());
        module.addSerializer(LocalDate.class, new FastLocalDateWriter());
        module.addSerializer(Instant.class, new FastInstantWriter());
        return module;
    }

    /** The {@code length} characters {@link IsoDates#write} wrote in {@code text}, or {@code value}'s own text (-1). */
    private static void writeIso(JsonGenerator generator, char[] text, int length, Object value) throws IOException {
        if (length < 0) {
            generator.writeString(value.toString());
        } else {
            generator.writeString(text, 0, length);
        }
    }

    /** Writes dates as {@link IsoDates} formats them: exactly Jackson's ISO text, faster. */
    private static final class FastLocalDateWriter extends StdSerializer<LocalDate> {
        FastLocalDateWriter() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            char[] text = new char[IsoDates.MAX_LENGTH];
            writeIso(generator, text, IsoDates.write(value, text), value);
        }
    }

    /** Writes instants as {@link IsoDates} formats them: exactly Jackson's ISO text, faster. */
    private static final class FastInstantWriter extends StdSerializer<Instant> {
        FastInstantWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            char[] text = new char[IsoDates.MAX_LENGTH];
            writeIso(generator, text, IsoDates.write(value, text), value);
        }
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
