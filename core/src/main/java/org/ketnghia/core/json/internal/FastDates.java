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
import java.time.Instant;
import java.time.LocalDate;
import org.ketnghia.core.json.IsoDates;

/**
 * Reads and writes the two date forms every ledger event carries — {@code 2021-07-01} and
 * {@code 2026-06-01T02:00:00Z} (with optional fraction) — through {@link IsoDates}, without a {@link
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
     * Whether {@code deserializer} is one of the two readers of this module: what they read, {@link IsoDates#date} and
     * {@link IsoDates#instant} read too (for the forms they know).
     */
    public static boolean isFast(JsonDeserializer<?> deserializer) {
        return deserializer instanceof FastLocalDate || deserializer instanceof FastInstant;
    }

    /** Whether {@code serializer} is one of the two writers of this module, which write what {@link IsoDates} writes. */
    public static boolean isFast(JsonSerializer<?> serializer) {
        return serializer instanceof FastLocalDateWriter || serializer instanceof FastInstantWriter;
    }

    private static final class FastLocalDate extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                int from = parser.getTextOffset();
                LocalDate parsed = IsoDates.date(parser.getTextCharacters(), from, from + parser.getTextLength());
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
                Instant parsed = IsoDates.instant(parser.getTextCharacters(), from, from + parser.getTextLength());
                if (parsed != null) {
                    return parsed;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
