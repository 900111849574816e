package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.demo.ItemRecorded;
import org.junit.jupiter.api.Test;

/** The in-memory store keeps its events as columns: every envelope must read back equal to the one given. */
class InMemoryEventStoreTest {

    private static final Instant RECORDED_AT = Instant.parse("2026-06-01T02:00:00.123Z");

    @Test
    void aLedgerOfTenThousandEvents_readsBackEqual_andVerifies_acrossTheChunks() {
        InMemoryEventStore store = new InMemoryEventStore();
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
                .addModel(new DemoModel()).eventStore(store).clock(Fixtures.CLOCK).build();
        List<EventEnvelope> recorded = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            recorded.addAll(runtime.ledger().submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN",
                    LocalDate.of(2024, 3, 1).plusDays(i % 400), "item-" + i, i + 1)));
        }

        assertThat(store.size()).isEqualTo(10_000);
        assertThat(store.readAll()).isEqualTo(recorded);
        assertThat(store.lastSequence()).isEqualTo(10_000);
        assertThat(store.lastHash()).isEqualTo(recorded.get(9_999).hash());
        for (int sequence : new int[] {1, 64, 65, 4_096, 4_097, 8_192, 8_193, 10_000}) {
            assertThat(store.hashAt(sequence)).contains(recorded.get(sequence - 1).hash());
            List<EventEnvelope> from = new ArrayList<>();
            store.forEach(sequence, from::add);
            assertThat(from).isEqualTo(recorded.subList(sequence - 1, 10_000));
        }
        assertThat(store.hashAt(0)).isEmpty();
        assertThat(store.hashAt(10_001)).isEmpty();
        assertThat(new EventChain(runtime.objectMapper()).verify(store).isIntact()).isTrue();
    }

    @Test
    void aSuspectCopy_isHeldExactlyAsGiven_hashesOfAnyFormAndBrokenLinksIncluded() {
        Random random = new Random(22);
        List<EventEnvelope> given = new ArrayList<>();
        String previous = "e".repeat(64);
        for (int i = 0; i < 5_000; i++) {
            String hash = switch (i % 7) {
                case 0 -> HexFormat.of().withUpperCase().formatHex(bytes(random, 32));
                case 1 -> HexFormat.of().formatHex(bytes(random, 31)) + "g";
                case 2 -> "?";
                case 3 -> HexFormat.of().formatHex(bytes(random, 33));
                case 4 -> "\u00b0" + HexFormat.of().formatHex(bytes(random, 31)) + "a";
                default -> HexFormat.of().formatHex(bytes(random, 32));
            };
            String previousHash = i % 11 == 0 ? "broken-" + i : previous;
            given.add(new EventEnvelope(1_000L + i, LocalDate.of(2024, 3, 1), RECORDED_AT, PROVINCE,
                    "QNA.TAY-GIANG.A-XAN", i % 3 == 0 ? Optional.of("programme-" + i) : Optional.empty(),
                    ItemRecorded.of("item-" + i, 1, Money.ofDong(i)), previousHash, hash,
                    i % 5 == 0 ? Optional.of(new RecordedPayload("demo.item-recorded", 1, "{\"n\":" + i + "}"))
                            : Optional.empty()));
            previous = hash;
        }

        InMemoryEventStore store = InMemoryEventStore.restoredFrom(given);

        assertThat(store.readAll()).isEqualTo(given);
        assertThat(store.lastSequence()).isEqualTo(1_000L + 4_999);
        assertThat(store.lastHash()).isEqualTo(given.get(4_999).hash());
        assertThat(store.hashAt(1_000L + 4_200)).contains(given.get(4_200).hash());
        assertThat(store.hashAt(999)).isEmpty();
        List<EventEnvelope> from = new ArrayList<>();
        store.forEach(1_000L + 4_097, from::add);
        assertThat(from).isEqualTo(given.subList(4_097, 5_000));
    }

    @Test
    void aBatchThatDoesNotContinueTheChain_isRefused_andNothingIsLost() {
        InMemoryEventStore store = new InMemoryEventStore();
        EventEnvelope first = envelope(1, EventChain.GENESIS_HASH, "a".repeat(64));
        store.append(0, List.of(first));

        assertThatThrownBy(() -> store.append(1, List.of(envelope(2, "b".repeat(64), "c".repeat(64)))))
                .isInstanceOf(KetnghiaException.class).hasMessageContaining("previousHash");
        assertThatThrownBy(() -> store.append(0, List.of(envelope(2, "a".repeat(64), "c".repeat(64)))))
                .isInstanceOf(KetnghiaException.class).hasMessageContaining("expectedLastSequence");
        assertThat(store.readAll()).containsExactly(first);
    }

    private static EventEnvelope envelope(long sequence, String previousHash, String hash) {
        return new EventEnvelope(sequence, LocalDate.of(2024, 3, 1), RECORDED_AT, PROVINCE, "QNA.TAY-GIANG.A-XAN",
                ItemRecorded.of("item-" + sequence, 1, Money.ofDong(1)), previousHash, hash);
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
