package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.ItemRecorded;
import org.ketnghia.testing.demo.RecordItem;

class EventCodecTest {

    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
    private final EventCodec codec = new EventCodec(runtime.objectMapper());

    @Test
    void envelope_roundTripsThroughJson_andKeepsItsHash() {
        EventEnvelope event = runtime.ledger()
                .submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 1), "bo-01", 2)).get(0);
        String json = codec.write(event);

        assertThat(json).contains("\"type\":\"demo.item-recorded\"").contains("\"value\":2000000");
        EventEnvelope read = codec.read(json);
        assertThat(read).isEqualTo(event);
        assertThat(new EventChain(runtime.objectMapper()).expectedHash(read)).isEqualTo(event.hash());
    }

    @Test
    void everyRegisteredTypeOfTheDemoModel_roundTripsThroughItsBaseType() throws Exception {
        ObjectMapper mapper = runtime.objectMapper();
        LedgerEvent event = ItemRecorded.of("bo-01", 2, Money.ofMillions(40));
        assertThat(mapper.readValue(mapper.writerFor(LedgerEvent.class).writeValueAsString(event), LedgerEvent.class))
                .isEqualTo(event);
        Command command = RecordItem.builder().actor(Actor.forSponsor("so-tai-chinh", "Sở Tài chính", "so-tai-chinh"))
                .unitCode("DNG.HUNG-SON").occurredOn(LocalDate.of(2026, 1, 5)).sponsorId("so-tai-chinh").itemId("x")
                .quantity(1).value(Money.ofDong(1)).build();
        assertThat(mapper.readValue(mapper.writerFor(Command.class).writeValueAsString(command), Command.class))
                .isEqualTo(command);
        assertThat(runtime.jsonTypes().types()).containsKeys(ItemRecorded.TYPE, RecordItem.TYPE);
    }

    @Test
    void unknownTypeId_failsLoudly() {
        String json = codec.write(runtime.ledger()
                .submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 1), "bo-01", 2)).get(0))
                .replace("demo.item-recorded", "demo.item-vanished");
        assertThatThrownBy(() -> codec.read(json))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UNKNOWN_TYPE_ID);
                    assertThat(e.getMessage()).contains("demo.item-vanished");
                });
    }

    @Test
    void garbage_isAnUnreadableEvent() {
        assertThatThrownBy(() -> codec.read("{\"sequence\": \"one\"}"))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UNREADABLE_EVENT));
    }

    @Test
    void batches_roundTripInOrder_andNameTheIndexOfTheFirstUnreadableEvent() {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            events.addAll(runtime.ledger().submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 1),
                    "bo-" + i, 1 + i % 5)));
        }
        List<String> json = codec.writeAll(events);

        assertThat(codec.readAll(json)).containsExactlyElementsOf(events);
        List<String> damaged = new ArrayList<>(json);
        damaged.set(2_500, damaged.get(2_500).replace("demo.item-recorded", "demo.item-vanished"));
        damaged.set(2_900, "{");
        assertThatThrownBy(() -> codec.readAll(damaged)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UNKNOWN_TYPE_ID);
            assertThat(e.field()).isEqualTo("[2500].payload.type");
        });
    }
}
