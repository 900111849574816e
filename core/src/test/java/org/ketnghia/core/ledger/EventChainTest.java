package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.ChainVerification.Kind;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.ItemRecorded;

class EventChainTest {

    private static List<EventEnvelope> recordedEvents(int count) {
        InMemoryEventStore store = new InMemoryEventStore();
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).eventStore(store)
                .clock(Fixtures.CLOCK).build();
        for (int i = 0; i < count; i++) {
            runtime.ledger().submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 1), "item-" + i, i + 1));
        }
        return store.readAll();
    }

    private static EventChain chain() {
        return new EventChain(KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).clock(Fixtures.CLOCK).build().objectMapper());
    }

    @Property(tries = 40)
    void theHash_isTheSha256OfTheCanonicalLines_alsoForTextsBeyondAscii(@ForAll @IntRange(min = 0, max = 1_000_000_000)
            int sequence, @ForAll boolean forAProgramme) throws Exception {
        var mapper = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .clock(Fixtures.CLOCK).build().objectMapper();
        long bigSequence = sequence * 1_000L + 7;
        String unitCode = "QNA.TÂY-GIANG.A-XAN";
        java.util.Optional<String> programme = forAProgramme ? java.util.Optional.of("kết-nghĩa-2021 ₫") : java.util.Optional.empty();
        java.time.Instant recordedAt = java.time.Instant.parse("2026-06-01T02:00:00.123Z");
        ItemRecorded payload = ItemRecorded.of("hàng-" + sequence, 3, Money.ofDong(1_500));
        EventEnvelope envelope = new EventEnvelope(bigSequence, LocalDate.of(2024, 3, 1), recordedAt, PROVINCE, unitCode,
                programme, payload, "e".repeat(64), "?");

        String canonical = bigSequence + "\n2024-03-01\n2026-06-01T02:00:00.123Z\n" + mapper.writeValueAsString(PROVINCE)
                + "\n" + unitCode + "\n" + programme.map(id -> "programme:" + id + "\n").orElse("")
                + mapper.writeValueAsString(payload) + "\n" + "e".repeat(64);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(new EventChain(mapper).expectedHash(envelope)).isEqualTo(java.util.HexFormat.of().formatHex(digest));
    }

    /**
     * The time recorded is hashed as {@link java.time.Instant#toString()} writes it, also when the chain keeps the text of
     * its second from the event before: instants of one second with fractions of every length, then of the next.
     */
    @Property(tries = 60)
    void recordingTimes_areHashedAsTheirIsoText(@ForAll @LongRange(min = -62_000_000_000L, max = 253_000_000_000L)
            long second, @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) throws Exception {
        var mapper = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .clock(Fixtures.CLOCK).build().objectMapper();
        EventChain chain = new EventChain(mapper);
        ItemRecorded payload = ItemRecorded.of("hàng", 3, Money.ofDong(1_500));
        int[] fractions = {nanos, nanos / 1_000 * 1_000, nanos / 1_000_000 * 1_000_000, 0, nanos};
        for (long at = second; at <= second + 1; at++) {
            for (int fraction : fractions) {
                java.time.Instant recordedAt = java.time.Instant.ofEpochSecond(at, fraction);
                EventEnvelope envelope = new EventEnvelope(1, LocalDate.of(2024, 3, 1), recordedAt, PROVINCE, "QNA",
                        java.util.Optional.empty(), payload, "e".repeat(64), "?");
                String canonical = "1\n2024-03-01\n" + recordedAt + "\n" + mapper.writeValueAsString(PROVINCE) + "\nQNA\n"
                        + mapper.writeValueAsString(payload) + "\n" + "e".repeat(64);
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));

                assertThat(chain.expectedHash(envelope)).as("%s", recordedAt)
                        .isEqualTo(java.util.HexFormat.of().formatHex(digest));
            }
        }
    }

    /**
     * A chain sealing events one after another keeps the text of the hash it made last, for the next event's previous
     * hash: each hash is still the one a fresh chain computes from the event alone, and is lowercase hexadecimal.
     */
    @Property(tries = 20)
    void eventsSealedOneAfterAnother_hashAsEachAlone(@ForAll @IntRange(min = 1, max = 12) int count) {
        EventChain sealing = chain();
        String previousHash = EventChain.GENESIS_HASH;
        java.time.Instant recordedAt = java.time.Instant.parse("2026-06-01T02:00:00Z");
        for (int i = 1; i <= count; i++) {
            EventDraft draft = new EventDraft(ItemRecorded.of("item-" + i, i, Money.ofDong(1_000L * i)),
                    "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 1));
            EventEnvelope sealed = sealing.seal(i, draft, PROVINCE, recordedAt, previousHash);

            assertThat(sealed.hash()).as("event %d", i).isEqualTo(chain().expectedHash(sealed)).matches("[0-9a-f]{64}");
            assertThat(sealed.previousHash()).isSameAs(previousHash);
            previousHash = sealed.hash();
        }
    }

    /**
     * The chain writes payloads with one generator and buffer per thread: a run of payloads of every size (the buffer
     * grows past its first kilobyte, and once past the megabyte it keeps), with a payload that fails to be written in
     * between, hashes each as its own JSON.
     */
    @Property(tries = 10)
    void payloadsWrittenOneAfterAnother_hashAsEachAlone_evenAfterOneFailedToBeWritten(
            @ForAll @IntRange(min = 1, max = 3_000) int firstLength, @ForAll @IntRange(min = 0, max = 12) int failAt)
            throws Exception {
        var mapper = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .clock(Fixtures.CLOCK).build().objectMapper();
        EventChain chain = new EventChain(mapper);
        java.time.Instant recordedAt = java.time.Instant.parse("2026-06-01T02:00:00Z");
        for (int i = 0; i < 12; i++) {
            if (i == failAt) {
                EventEnvelope unwritable = new EventEnvelope(i + 1L, LocalDate.of(2024, 3, 1), recordedAt, PROVINCE,
                        "QNA.TAY-GIANG.A-XAN", new Unwritable(), "e".repeat(64), "?");
                assertThatThrownBy(() -> chain.expectedHash(unwritable)).isInstanceOf(KetnghiaException.class)
                        .satisfies(e -> assertThat(((KetnghiaException) e).has(LedgerErrorCode.LEDGER_UNREADABLE_EVENT)).isTrue());
            }
            // one payload past the megabyte a thread's buffer keeps: the next ones start from a small buffer again
            int idLength = i == 6 ? (1 << 20) + firstLength : (firstLength * (i + 1) * 7) % 3_000;
            ItemRecorded payload = ItemRecorded.of("hàng-" + "x".repeat(idLength), i + 1, Money.ofDong(1_500L * (i + 1)));
            EventEnvelope envelope = new EventEnvelope(i + 1L, LocalDate.of(2024, 3, 1), recordedAt, PROVINCE,
                    "QNA.TAY-GIANG.A-XAN", payload, "e".repeat(64), "?");
            String canonical = (i + 1) + "\n2024-03-01\n2026-06-01T02:00:00Z\n" + mapper.writeValueAsString(PROVINCE)
                    + "\nQNA.TAY-GIANG.A-XAN\n" + mapper.writeValueAsString(payload) + "\n" + "e".repeat(64);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(chain.expectedHash(envelope)).as("payload %d", i).isEqualTo(java.util.HexFormat.of().formatHex(digest));
        }
    }

    /** A payload whose JSON cannot be written: its one property fails. */
    static final class Unwritable implements LedgerEvent {
        @com.fasterxml.jackson.annotation.JsonProperty
        public String value() {
            throw new IllegalStateException("this value cannot be written");
        }
    }

    @Property(tries = 30)
    void alteredPayload_isDetectedAtItsSequence(@ForAll @IntRange(min = 1, max = 20) int count,
            @ForAll @IntRange(min = 0, max = 19) int index) {
        int target = index % count;
        List<EventEnvelope> events = new ArrayList<>(recordedEvents(count));
        EventEnvelope original = events.get(target);
        ItemRecorded item = (ItemRecorded) original.payload();
        events.set(target, new EventEnvelope(original.sequence(), original.occurredOn(), original.recordedAt(),
                original.actor(), original.unitCode(), ItemRecorded.of(item.itemId(), item.quantity(), item.value().plus(Money.ofDong(1))),
                original.previousHash(), original.hash()));

        ChainVerification verification = chain().verify(InMemoryEventStore.restoredFrom(events));
        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.firstBreak().orElseThrow().sequence()).isEqualTo(target + 1L);
        assertThat(verification.firstBreak().orElseThrow().kind()).isEqualTo(Kind.HASH_MISMATCH);
    }

    @Property(tries = 20)
    void removedEvent_isDetectedWhereItIsMissing(@ForAll @IntRange(min = 2, max = 15) int count,
            @ForAll @IntRange(min = 0, max = 14) int index) {
        int target = index % (count - 1);
        List<EventEnvelope> events = new ArrayList<>(recordedEvents(count));
        events.remove(target);

        ChainVerification verification = chain().verify(InMemoryEventStore.restoredFrom(events));
        assertThat(verification.firstBreak().orElseThrow().sequence()).isEqualTo(target + 1L);
        assertThat(verification.firstBreak().orElseThrow().kind()).isEqualTo(Kind.SEQUENCE_GAP);
    }

    @Property(tries = 10)
    void intactChain_verifies(@ForAll @IntRange(min = 0, max = 30) int count) {
        ChainVerification verification = chain().verify(InMemoryEventStore.restoredFrom(recordedEvents(count)));
        assertThat(verification.isIntact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(count);
    }

    @org.junit.jupiter.api.Test
    void alteredDateOrActor_isDetected() {
        List<EventEnvelope> events = new ArrayList<>(recordedEvents(3));
        EventEnvelope second = events.get(1);
        events.set(1, new EventEnvelope(2, second.occurredOn().plusDays(1), second.recordedAt(), second.actor(),
                second.unitCode(), second.payload(), second.previousHash(), second.hash()));
        assertThat(chain().verify(InMemoryEventStore.restoredFrom(events)).firstBreak().orElseThrow().sequence()).isEqualTo(2);

        List<EventEnvelope> others = new ArrayList<>(recordedEvents(3));
        EventEnvelope third = others.get(2);
        others.set(2, new EventEnvelope(3, third.occurredOn(), third.recordedAt(), Actor.system("intruder"),
                third.unitCode(), third.payload(), third.previousHash(), third.hash()));
        assertThat(chain().verify(InMemoryEventStore.restoredFrom(others)).firstBreak().orElseThrow().sequence()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void rehashedAlteration_breaksTheNextLink() {
        List<EventEnvelope> events = new ArrayList<>(recordedEvents(4));
        EventChain chain = chain();
        EventEnvelope second = events.get(1);
        // a forger who also recomputes the altered event's own hash still breaks the link to event 3
        EventEnvelope forged = chain.seal(2, new EventDraft(ItemRecorded.of("forged", 99, Money.ofMillions(99)),
                second.unitCode(), second.occurredOn()), second.actor(), second.recordedAt(), second.previousHash());
        events.set(1, forged);

        ChainVerification verification = chain.verify(InMemoryEventStore.restoredFrom(events));
        assertThat(verification.firstBreak().orElseThrow().sequence()).isEqualTo(3);
        assertThat(verification.firstBreak().orElseThrow().kind()).isEqualTo(Kind.BROKEN_LINK);
    }
}
