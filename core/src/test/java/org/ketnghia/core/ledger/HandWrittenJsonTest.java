package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.recordItem;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;

/**
 * {@link EventEnvelopeJson} and {@link ActorJson} write exactly what Jackson writes for the records
 * (recorded hashes depend on it) and read what Jackson reads; Jackson's own record handling, with
 * the hand-written (de)serializers switched off by mix-ins, is the oracle.
 */
class HandWrittenJsonTest {

    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).clock(Fixtures.CLOCK)
            .build();
    private final ObjectMapper mapper = runtime.objectMapper();
    private final ObjectMapper jackson = mapper.copy().addMixIn(EventEnvelope.class, PlainEnvelope.class)
            .addMixIn(Actor.class, PlainActor.class);

    @JsonSerialize(using = JsonSerializer.None.class)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    @JsonPropertyOrder({"sequence", "occurredOn", "recordedAt", "actor", "unitCode", "programmeId", "payload", "previousHash",
        "hash"})
    private interface PlainEnvelope {
    }

    @JsonSerialize(using = JsonSerializer.None.class)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    private interface PlainActor {
    }

    private static List<Actor> actors() {
        return List.of(Actor.system("ban-dan-toc-tinh"),
                Actor.forUnit("ubnd-a-xan", "UBND xã A Xan \"thôn 1\"", ActorRole.COMMUNE_COMMITTEE, "QNA.TAY-GIANG.A-XAN"),
                Actor.forSponsor("so-tai-chinh", "Sở Tài chính", "so-tai-chinh"),
                new Actor("kiem-toan", "Kiểm toán nhà nước\n", ActorRole.AUDITOR, Optional.of("QNA"), Optional.of("ktnn")));
    }

    @Test
    void actors_areWrittenAndReadAsJacksonDoes() throws Exception {
        for (Actor actor : actors()) {
            String json = mapper.writeValueAsString(actor);
            assertThat(json).isEqualTo(jackson.writeValueAsString(actor));
            assertThat(mapper.readValue(json, Actor.class)).isEqualTo(actor).isEqualTo(jackson.readValue(json, Actor.class));
        }
    }

    @Test
    void envelopes_areWrittenAndReadAsJacksonDoes() throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < actors().size(); i++) {
            events.addAll(runtime.ledger().submit(recordItem(Fixtures.PROVINCE, "QNA.TAY-GIANG.A-XAN",
                    LocalDate.of(2024, 3, 1 + i), "bo-0" + i, i + 1)));
        }
        for (EventEnvelope recorded : events) {
            for (Actor actor : actors()) {
                for (Optional<String> programme : List.of(Optional.<String>empty(), Optional.of("quang-nam-2024"))) {
                    EventEnvelope event = new EventEnvelope(recorded.sequence(), recorded.occurredOn(),
                            recorded.recordedAt().plusNanos(1_000_000L * recorded.sequence()), actor, recorded.unitCode(),
                            programme, recorded.payload(), recorded.previousHash(), recorded.hash());
                    String json = mapper.writeValueAsString(event);
                    assertThat(json).isEqualTo(jackson.writeValueAsString(event));
                    assertThat(json.contains("\"programmeId\":\"quang-nam-2024\",\"payload\"")).isEqualTo(programme.isPresent());
                    assertThat(mapper.readValue(json, EventEnvelope.class)).isEqualTo(event)
                            .isEqualTo(jackson.readValue(json, EventEnvelope.class));
                }
            }
        }
    }

    @Test
    void propertiesMayComeInAnyOrder_andNullScopesAreAbsent() throws Exception {
        Actor actor = mapper.readValue("{\"scopeUnit\":null,\"role\":\"SPONSOR\",\"name\":\"Sở\",\"id\":\"so\","
                + "\"scopeSponsor\":\"so\"}", Actor.class);

        assertThat(actor).isEqualTo(Actor.forSponsor("so", "Sở", "so"));
    }

    @Test
    void missingUnknownOrMistypedProperties_areUnreadableEvents_namingTheProperty() {
        EventCodec codec = new EventCodec(mapper);
        String json = codec.write(runtime.ledger()
                .submit(recordItem(Fixtures.PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 1), "bo-9", 1)).get(0));

        assertUnreadable(codec, json.replace("\"hash\":", "\"hush\":"), "hush");
        assertUnreadable(codec, json.replace("\"previousHash\":", "\"x\":1,\"previousHash\":"), "'x'");
        assertUnreadable(codec, json.replaceFirst("\"sequence\":\\d+,", ""), "sequence");
        assertUnreadable(codec, json.replace("\"unitCode\":\"QNA.TAY-GIANG.A-XAN\"", "\"unitCode\":7"), "unitCode");
        assertUnreadable(codec, json.replace("\"role\":\"SYSTEM\"", "\"role\":\"KING\""), "KING");
        assertUnreadable(codec, json.replace("\"name\":\"ban-dan-toc-tinh\",", ""), "name");
        assertUnreadable(codec, json.replace("\"id\":\"ban-dan-toc-tinh\"", "\"id\":\" \""), "actor.id");
    }

    private static void assertUnreadable(EventCodec codec, String json, String named) {
        assertThatThrownBy(() -> codec.read(json)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UNREADABLE_EVENT);
            assertThat(e.getMessage()).contains(named);
        });
    }
}
