package org.ketnghia.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
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

    /**
     * Whether {@code deserializer} is one of the two readers of this module: what they read, {@link #date} and
     * {@link #instant} read too (for the forms they know).
     */
    public static boolean isFast(JsonDeserializer<?> deserializer) {
        return deserializer instanceof FastLocalDate || deserializer instanceof FastInstant;
    }

    /** Whether {@code serializer} is one of the two writers of this module, which write what {@link IsoDates} writes. */
    public static boolean isFast(JsonSerializer<?> serializer) {
        return serializer instanceof FastLocalDateWriter || serializer instanceof FastInstantWriter;
    }

    /** The date {@code yyyy-MM-dd} that {@code text} holds in {@code [from, to)}, or null for any other form. */
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
     * The instant {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} that {@code text} holds in {@code [from, to)}, or null for any
     * other form.
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

    private static final class FastLocalDate extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                int from = parser.getTextOffset();
                LocalDate parsed = date(parser.getTextCharacters(), from, from + parser.getTextLength());
                if (parsed != null) {
                    return parsed;
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        }
    }

    private static final class FastInstant extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                int from = parser.getTextOffset();
                Instant parsed = instant(parser.getTextCharacters(), from, from + parser.getTextLength());
                if (parsed != null) {
                    return parsed;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
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
