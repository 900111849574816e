package org.ketnghia.core.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.recordItem;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.RecordedPayload;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoModel;

/**
 * {@link CanonicalEnvelopeWriter} writes, character for character, what {@link EventEnvelopeJson.Writer} writes —
 * the hash chain is computed over that text — or declines; and it is never used for a mapper set to write otherwise.
 */
class CanonicalEnvelopeWriterTest {

    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
            .addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
    private final ObjectMapper mapper = runtime.objectMapper();
    private final ObjectWriter envelopes = mapper.writerFor(EventEnvelope.class);

    @Test
    void randomEnvelopes_areWrittenAsTheWriterWritesThem_orDeclinedWhenAValueNeedsAnEscape() throws Exception {
        CanonicalEnvelopeWriter canonical = CanonicalEnvelopeWriter.forMapper(mapper, envelopes).orElseThrow();
        List<EventEnvelope> recorded = runtime.ledger().submit(recordItem(Fixtures.PROVINCE, "QNA.TAY-GIANG.A-XAN",
                LocalDate.of(2024, 3, 1), "bo-01", 1));
        Random random = new Random(20261207);
        int written = 0;
        int declined = 0;
        for (int round = 0; round < 20_000; round++) {
            EventEnvelope event = randomEnvelope(recorded.get(random.nextInt(recorded.size())), random);
            String text = canonical.write(event);
            String oracle = envelopes.writeValueAsString(event);
            if (text == null) {
                declined++;
                assertThat(oracle).as("declined only for an escape or a year past 9999")
                        .matches(s -> s.contains("\\") || event.occurredOn().getYear() > 9_999
                                || event.recordedAt().isAfter(Instant.parse("9999-12-31T23:59:59Z")));
            } else {
                written++;
                assertThat(text).isEqualTo(oracle);
            }
        }
        assertThat(written).isGreaterThan(10_000);
        assertThat(declined).isGreaterThan(1_000);
    }

    @Test
    void mappersSetToWriteOtherwise_areWrittenByTheirOwnWriters() throws Exception {
        EventEnvelope event = runtime.ledger().submit(recordItem(Fixtures.PROVINCE, "QNA.TAY-GIANG.A-XAN",
                LocalDate.of(2024, 3, 1), "bo-01", 1)).get(0);
        ObjectMapper indented = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectMapper asciiOnly = mapper.copy().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        ObjectMapper hostDates = mapper.copy().registerModule(new SimpleModule("host-dates")
                .addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
                    @Override
                    public void serialize(LocalDate value, JsonGenerator generator, SerializerProvider provider)
                            throws IOException {
                        generator.writeString(value.getDayOfMonth() + "/" + value.getMonthValue() + "/" + value.getYear());
                    }
                }));

        assertThat(CanonicalEnvelopeWriter.forMapper(mapper, envelopes)).isPresent();
        ObjectMapper wrapped = mapper.copy().enable(SerializationFeature.WRAP_ROOT_VALUE);
        for (ObjectMapper other : List.of(indented, asciiOnly, hostDates, wrapped)) {
            ObjectWriter writer = other.writerFor(EventEnvelope.class);
            assertThat(CanonicalEnvelopeWriter.forMapper(other, writer)).isEmpty();
            assertThat(new EventCodec(other).write(event)).isEqualTo(writer.writeValueAsString(event));
        }
        assertThat(new EventCodec(hostDates).write(event)).contains("\"occurredOn\":\"1/3/2024\"");
        assertThat(new EventCodec(wrapped).write(event)).startsWith("{\"EventEnvelope\":{\"sequence\":");
        assertThat(CanonicalEnvelopeWriter.forMapper(mapper, envelopes.with(SerializationFeature.INDENT_OUTPUT)))
                .isEmpty();
    }

    private static EventEnvelope randomEnvelope(EventEnvelope recorded, Random random) {
        Actor actor = new Actor(text(random, 1), text(random, 1), ActorRole.values()[random.nextInt(ActorRole.values().length)],
                random.nextBoolean() ? Optional.of(text(random, 1)) : Optional.empty(),
                random.nextBoolean() ? Optional.of(text(random, 1)) : Optional.empty());
        Optional<RecordedPayload> payload = random.nextInt(3) == 0
                ? Optional.of(new RecordedPayload("demo.item-recorded", 1 + random.nextInt(3),
                        "{\"type\":\"demo.item-recorded\",\"ghi\":\"" + text(random, 0).replace("\\", "").replace("\"", "")
                                + "\"}"))
                : Optional.empty();
        LocalDate occurredOn = random.nextInt(50) == 0 ? LocalDate.of(10_000 + random.nextInt(5), 1, 1)
                : LocalDate.ofEpochDay(random.nextInt(40_000));
        Instant recordedAt = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(4) == 0 ? 0
                : random.nextInt(1_000_000_000));
        return new EventEnvelope(random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(1_000_000), occurredOn,
                recordedAt, actor, text(random, 1), random.nextBoolean() ? Optional.of(text(random, 0)) : Optional.empty(),
                recorded.payload(), text(random, 0), text(random, 0), payload);
    }

    /** Mostly plain text with Vietnamese letters; now and then a quote, a backslash or a control character. */
    private static String text(Random random, int minimum) {
        String plain = "abcxyz-._ 0123456789ĐđƯưỚớệẬ/";
        String escaped = "\"\\\n\t\u0001\u001f";
        StringBuilder text = new StringBuilder();
        int length = minimum + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(60) == 0 ? escaped.charAt(random.nextInt(escaped.length()))
                    : plain.charAt(random.nextInt(plain.length())));
        }
        String value = text.toString();
        return minimum > 0 && value.isBlank() ? "x" + value : value;
    }
}
