package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.testing.evolution.EvolvedStockFeature;
import org.ketnghia.testing.evolution.ItemMoved;
import org.ketnghia.testing.evolution.ItemRegistered;
import org.ketnghia.testing.evolution.StockBook;
import org.ketnghia.testing.evolution.StockBook.Item;
import org.ketnghia.testing.evolution.StockIssued;
import org.ketnghia.testing.evolution.StockReceived;
import org.junit.jupiter.api.Test;

/**
 * Schema evolution on a ledger recorded by the code before event types had versions (commit {@code 8dd5534}):
 * the fixture {@link EvolvedStockFeature#RECORDED_V1} opens, verifies and replays after its types changed
 * shape on purpose — a field added with a default, a field renamed, one event split in two — and the
 * recorded bytes are kept, hashed and written back unchanged.
 */
class SchemaEvolutionTest {

    private static final Actor OFFICER = Actor.system("ban-dan-toc-tinh");

    private final List<String> recorded = EvolvedStockFeature.recordedV1Lines();

    @Test
    void theRecordedLedgerOpensVerifiesAndReplaysInTheCurrentShapes() {
        KetnghiaRuntime runtime = runtimeOver(recorded);

        assertThat(runtime.ledger().lastSequence()).isEqualTo(8);
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        assertThat(runtime.ledger().verifyChain().eventsChecked()).isEqualTo(8);
        assertThat(runtime.ledger().read(StockBook.class, StockBook::items)).containsOnly(
                entry("bo-01", new Item("Bò cái giống lai Sind", EvolvedStockFeature.DEFAULT_CATEGORY, "xa-tra-cang", 7)),
                entry("de-01", new Item("Dê Bách Thảo", EvolvedStockFeature.DEFAULT_CATEGORY, "xa-phuoc-thanh", 23)));

        runtime.ledger().rebuildProjections();
        long quantity = runtime.ledger().read(StockBook.class, book -> book.item("bo-01").orElseThrow().quantity());
        assertThat(quantity).isEqualTo(7);
    }

    @Test
    void everyRecordedEventReadsAsTheCurrentTypeAndKeepsItsRecordedPayload() {
        EventCodec codec = new EventCodec(runtimeOver(List.of()).objectMapper());
        List<EventEnvelope> events = codec.readAll(recorded);

        assertThat(events).extracting(event -> (Object) event.payload().getClass()).containsExactly(
                ItemRegistered.class, ItemRegistered.class, StockReceived.class, ItemMoved.class,
                StockIssued.class, StockReceived.class, ItemMoved.class, StockIssued.class);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.recordedPayload()).isPresent();
            assertThat(event.payloadVersion()).isEqualTo(1);
        });
        assertThat(events.get(0).recordedPayload().orElseThrow().typeId()).isEqualTo(ItemRegistered.TYPE);
        assertThat(events.get(2).recordedPayload().orElseThrow().typeId()).isEqualTo(EvolvedStockFeature.STOCK_CHANGED);
        assertThat(events.get(2).recordedPayload().orElseThrow().json())
                .isEqualTo("{\"type\":\"evolution.stock-changed\",\"direction\":\"IN\",\"itemId\":\"bo-01\",\"quantity\":12}");
        assertThat(events.get(3).payloadAs(ItemMoved.class).orElseThrow().destinationUnit()).isNotBlank();
    }

    @Test
    void writingARecordedEventGivesBackTheBytesAsRecorded() {
        EventCodec codec = new EventCodec(runtimeOver(List.of()).objectMapper());

        for (String line : recorded) {
            assertThat(codec.write(codec.read(line))).isEqualTo(line);
        }
    }

    @Test
    void aRecordedPayloadAlteredAfterRecordingBreaksTheChain() {
        List<String> tampered = new ArrayList<>(recorded);
        tampered.set(2, tampered.get(2).replace("\"quantity\":12", "\"quantity\":120"));
        KetnghiaRuntime runtime = runtimeOver(tampered);

        ChainVerification verification = runtime.ledger().verifyChain();
        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.firstBreak().orElseThrow().sequence()).isEqualTo(3);
        assertThat(verification.firstBreak().orElseThrow().kind()).isEqualTo(ChainVerification.Kind.HASH_MISMATCH);
    }

    @Test
    void eventsOfTheNewShapesContinueTheRecordedChain() {
        KetnghiaRuntime runtime = runtimeOver(recorded);
        EventStore store = runtime.ledger().store();
        EventChain chain = new EventChain(runtime.objectMapper());
        EventEnvelope registered = chain.seal(9, new EventDraft(new ItemRegistered("ga-01", "Gà ri", "gia cầm"), "49",
                LocalDate.of(2023, 1, 5)), OFFICER, Instant.parse("2023-01-06T02:00:00Z"), store.lastHash());
        EventEnvelope moved = chain.seal(10, new EventDraft(new ItemMoved("ga-01", "xa-tra-cang"), "49",
                LocalDate.of(2023, 1, 6)), OFFICER, Instant.parse("2023-01-07T02:00:00Z"), registered.hash());
        store.append(8, List.of(registered, moved));
        runtime.ledger().refresh();

        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        Item item = runtime.ledger().read(StockBook.class, book -> book.item("ga-01").orElseThrow());
        assertThat(item).isEqualTo(new Item("Gà ri", "gia cầm", "xa-tra-cang", 0));
        EventCodec codec = new EventCodec(runtime.objectMapper());
        String line = codec.write(registered);
        assertThat(line).contains("\"payloadVersion\":2,\"payload\":{\"type\":\"evolution.item-registered\"");
        assertThat(codec.read(line)).isEqualTo(registered);
        assertThat(codec.read(line).recordedPayload()).isEmpty();

        List<String> all = new ArrayList<>(recorded);
        all.add(line);
        all.add(codec.write(moved));
        assertThat(runtimeOver(all).ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void theVersionIsPartOfTheHash() {
        KetnghiaRuntime runtime = runtimeOver(List.of());
        EventChain chain = new EventChain(runtime.objectMapper());
        EventEnvelope registered = chain.seal(1, new EventDraft(new ItemRegistered("ga-01", "Gà ri", "gia cầm"), "49",
                LocalDate.of(2023, 1, 5)), OFFICER, Instant.parse("2023-01-06T02:00:00Z"), EventChain.GENESIS_HASH);
        EventCodec codec = new EventCodec(runtime.objectMapper());
        String downgraded = codec.write(registered).replace("\"payloadVersion\":2,", "")
                .replace(",\"category\":\"gia cầm\"", "");

        assertThat(runtimeOver(List.of(downgraded)).ledger().verifyChain().firstBreak().orElseThrow().kind())
                .isEqualTo(ChainVerification.Kind.HASH_MISMATCH);
    }

    @Test
    void aLedgerNewerThanTheCodeIsRefusedByName() {
        EventCodec codec = new EventCodec(runtimeOver(List.of()).objectMapper());
        String fromTheFuture = recorded.get(0).replace("\"payload\":", "\"payloadVersion\":3,\"payload\":");

        assertThatThrownBy(() -> codec.read(fromTheFuture))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_EVENT_NEWER_THAN_CODE);
                    assertThat(e.field()).isEqualTo("payload.type");
                    assertThat(e.problems().get(0).arguments()).containsExactly(ItemRegistered.TYPE, "3", "2");
                });
        assertThatThrownBy(() -> runtimeOver(List.of(fromTheFuture)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(LedgerErrorCode.LEDGER_EVENT_NEWER_THAN_CODE)).isTrue());
    }

    @Test
    void aNewerVersionOfATypeWithoutUpcastersIsRefusedToo() {
        KetnghiaRuntime runtime = runtimeOver(List.of());
        EventChain chain = new EventChain(runtime.objectMapper());
        EventEnvelope received = chain.seal(1, new EventDraft(new StockReceived("bo-01", 2), "49", LocalDate.of(2023, 1, 5)),
                OFFICER, Instant.parse("2023-01-06T02:00:00Z"), EventChain.GENESIS_HASH);
        String line = new EventCodec(runtime.objectMapper()).write(received)
                .replace("\"payload\":", "\"payloadVersion\":2,\"payload\":");

        assertThatThrownBy(() -> new EventCodec(runtime.objectMapper()).read(line))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_EVENT_NEWER_THAN_CODE));
    }

    @Test
    void codeWithoutTheUpcastersNamesWhatItCannotRead() {
        KetnghiaRuntime withoutUpcasters = builder().addFeature(new StockTypesOnly()).build();
        EventCodec codec = new EventCodec(withoutUpcasters.objectMapper());

        assertThatThrownBy(() -> codec.read(recorded.get(0))).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_NO_UPCASTER);
            assertThat(e.problems().get(0).arguments()).containsExactly(ItemRegistered.TYPE, "1", "2");
        });
        assertThatThrownBy(() -> codec.read(recorded.get(2))).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UNKNOWN_TYPE_ID);
            assertThat(e.problems().get(0).arguments()).containsExactly(EvolvedStockFeature.STOCK_CHANGED);
        });
        assertThatThrownBy(() -> codec.readAll(recorded)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.field()).isEqualTo("[0].payload.type"));
    }

    @Test
    void anUpcasterThatFailsIsReportedWithTheEventItRead() {
        EventUpcaster failing = EventUpcaster.of(EvolvedStockFeature.STOCK_CHANGED, 1, payload -> {
            throw new IllegalArgumentException("hướng không rõ");
        });
        KetnghiaRuntime runtime = builder().addFeature(new StockTypesWith(List.of(
                EventUpcaster.nextVersion(ItemRegistered.TYPE, 1, payload -> payload.put("category", "x")),
                failing))).build();
        EventCodec codec = new EventCodec(runtime.objectMapper());

        assertThatThrownBy(() -> codec.read(recorded.get(2))).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UPCAST_FAILED);
            assertThat(e.field()).isEqualTo("payload.type");
            assertThat(e.problems().get(0).arguments())
                    .containsExactly(EvolvedStockFeature.STOCK_CHANGED, "1", "hướng không rõ");
        });
        assertThat(codec.read(recorded.get(0)).payloadAs(ItemRegistered.class).orElseThrow().category()).isEqualTo("x");
    }

    @Test
    void anUpcasterThatMakesNoProgressIsRefusedWhenReading() {
        KetnghiaRuntime runtime = builder().addFeature(new StockTypesWith(List.of(
                EventUpcaster.of(ItemRegistered.TYPE, 1, payload -> new EventUpcaster.Upcast(ItemRegistered.TYPE, 1, payload)))))
                .build();

        assertThatThrownBy(() -> new EventCodec(runtime.objectMapper()).read(recorded.get(0)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UPCAST_FAILED));
    }

    @Test
    void upcastersThatLoopBetweenTypesAreStopped() {
        EventSchemas schemas = EventSchemas.of(registryOf(ItemRegistered.class), List.of(
                EventUpcaster.of("evolution.a", 1, payload -> new EventUpcaster.Upcast("evolution.b", 1, payload)),
                EventUpcaster.of("evolution.b", 1, payload -> new EventUpcaster.Upcast("evolution.a", 1, payload))));

        assertThatThrownBy(() -> schemas.upcast("evolution.a", 1, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_UPCAST_FAILED);
                    assertThat(e.problems().get(0).arguments().get(2)).contains("loop");
                });
    }

    @Test
    void everyMistakeInTheDeclarationsIsReportedTogether() {
        List<EventUpcaster> upcasters = List.of(
                EventUpcaster.nextVersion(ItemRegistered.TYPE, 1, payload -> { }),
                EventUpcaster.nextVersion(ItemRegistered.TYPE, 1, payload -> { }),
                EventUpcaster.nextVersion(ItemRegistered.TYPE, 2, payload -> { }),
                EventUpcaster.nextVersion(ItemMoved.TYPE, 0, payload -> { }));

        assertThatThrownBy(() -> EventSchemas.of(registryOf(ItemRegistered.class, ItemMoved.class, VersionOne.class), upcasters))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactlyInAnyOrder(LedgerErrorCode.LEDGER_UPCASTER_DUPLICATE,
                                LedgerErrorCode.LEDGER_UPCASTER_INVALID, LedgerErrorCode.LEDGER_UPCASTER_INVALID,
                                LedgerErrorCode.LEDGER_EVENT_VERSION_INVALID));
        assertThatThrownBy(() -> builder().addFeature(new StockTypesWith(upcasters)).build())
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(LedgerErrorCode.LEDGER_UPCASTER_DUPLICATE)).isTrue());
    }

    @Test
    void versionsAreReadFromTheAnnotation() {
        assertThat(EventSchemas.versionOf(ItemRegistered.class)).isEqualTo(2);
        assertThat(EventSchemas.versionOf(StockReceived.class)).isEqualTo(1);
        EventSchemas schemas = EventSchemas.of(registryOf(ItemRegistered.class, StockReceived.class), List.of(
                EventUpcaster.nextVersion(ItemRegistered.TYPE, 1, payload -> { })));
        assertThat(schemas.hasUpcasters()).isTrue();
        assertThat(schemas.upcasts(ItemRegistered.TYPE, 1)).isTrue();
        assertThat(schemas.upcasts(ItemRegistered.TYPE, 2)).isFalse();
        assertThat(schemas.mayUpcast(StockReceived.TYPE)).isFalse();
        assertThat(EventSchemas.NONE.hasUpcasters()).isFalse();
    }

    @Test
    void theSignatureChangesWithAVersionOrAnUpcasterAndWithNothingElse() {
        JsonTypeRegistry types = registryOf(ItemRegistered.class, StockReceived.class);
        EventUpcaster upcaster = EventUpcaster.nextVersion(ItemRegistered.TYPE, 1, payload -> { });
        String withUpcaster = EventSchemas.of(types, List.of(upcaster)).signature();

        assertThat(withUpcaster).hasSize(64).isEqualTo(EventSchemas.of(types, List.of(
                EventUpcaster.nextVersion(ItemRegistered.TYPE, 1, payload -> payload.put("other", 1)))).signature());
        assertThat(EventSchemas.of(types, List.of()).signature()).isNotEqualTo(withUpcaster);
        assertThat(EventSchemas.of(registryOf(ItemRegistered.class, StockReceived.class, StockIssued.class), List.of(upcaster))
                .signature()).isNotEqualTo(withUpcaster);
        assertThat(EventSchemas.of(registryOf(ItemRegistered.class, StockReceived.class), List.of(upcaster)).signature())
                .isEqualTo(withUpcaster);
        assertThat(builder().addFeature(new EvolvedStockFeature()).build().eventSchemas().upcasts(ItemMoved.TYPE, 1)).isTrue();
    }

    private static KetnghiaRuntime.Builder builder() {
        return KetnghiaRuntime.builder().administrativeUnits(AdministrativeRegistry.quangNamReference());
    }

    private static java.util.Map.Entry<String, Item> entry(String id, Item item) {
        return java.util.Map.entry(id, item);
    }

    private static JsonTypeRegistry registryOf(Class<?>... types) {
        return JsonTypeRegistry.of(List.of(types));
    }

    private static KetnghiaRuntime runtimeOver(List<String> lines) {
        KetnghiaRuntime reader = builder().addFeature(new EvolvedStockFeature()).build();
        List<EventEnvelope> events = new EventCodec(reader.objectMapper()).readAll(lines);
        return builder().addFeature(new EvolvedStockFeature())
                .eventStore(InMemoryEventStore.restoredFrom(events)).build();
    }

    /** The evolved types without the upcasters that read their older shapes. */
    private static final class StockTypesOnly implements LedgerFeature {

        @Override
        public List<Class<? extends LedgerEvent>> eventTypes() {
            return new EvolvedStockFeature().eventTypes();
        }
    }

    /** The evolved types with the given upcasters. */
    private record StockTypesWith(List<EventUpcaster> upcasters) implements LedgerFeature {

        @Override
        public List<Class<? extends LedgerEvent>> eventTypes() {
            return new EvolvedStockFeature().eventTypes();
        }

        @Override
        public List<EventUpcaster> eventUpcasters() {
            return upcasters;
        }
    }

    /** A type declaring version 1, which is the version every type has without a declaration. */
    @JsonTypeName("evolution.version-one")
    @EventVersion(1)
    record VersionOne(String id) implements LedgerEvent {
    }
}
