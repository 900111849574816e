package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.ConcurrentWriters;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * With a key store that writes in the event store's transactions ({@link SubjectKeyStore#appendingWith}), the ledger
 * hands the pending keys to the append itself and never writes them apart, not even ahead while a group is being
 * recorded; an append that fails leaves them pending for the next one; another writer's key refuses the append and
 * the command recorded again seals with theirs; a subject erased meanwhile gets no key and its data reads as erased.
 */
class KeysInTheAppendTest {

    private final MasterKey masterKey = MasterKey.generate();
    private final InMemoryEventStore events = new InMemoryEventStore();
    private final SharingKeyStore keyStore = new SharingKeyStore(events);
    private final SubjectKeys keys = SubjectKeys.open(masterKey, keyStore);
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
            .clock(Fixtures.CLOCK).personalDataProtection(protection).eventStore(events).build();

    private static RegisterHousehold registration(String householdId) {
        return RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2024, 3, 1))
                .householdId(householdId).villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName("Chủ hộ " + householdId).sex(Sex.FEMALE).birthYear(1968)
                        .relation(HouseholdRelation.HEAD).idNumber("0491750" + householdId.substring(3)).build())
                .build();
    }

    @Test
    void manyWritersAtOnce_haveTheirKeysWrittenByTheAppendsAlone_andEveryHouseholdReadsBackWithAFreshKeyCache()
            throws Exception {
        int writers = 8;
        int perWriter = 25;
        ConcurrentWriters.run(writers, perWriter, index -> runtime.ledger().submit(registration(String.format("HN-%05d", index))));

        assertThat(keyStore.writtenApart.get()).isZero();
        assertThat(keyStore.appends.get()).isPositive().isLessThanOrEqualTo(writers * perWriter);
        assertThat(keyStore.entries()).hasSize(writers * perWriter);
        assertThat(keys.hasPending()).isFalse();
        EventCodec fresh = new EventCodec(runtime.objectMapper(),
                PayloadProtection.withKeys(SubjectKeys.open(masterKey, keyStore)));
        EventCodec writing = new EventCodec(runtime.objectMapper(), protection);
        for (EventEnvelope event : events.readAll()) {
            HouseholdRegistered registered = fresh.read(writing.write(event)).payloadAs(HouseholdRegistered.class)
                    .orElseThrow();
            assertThat(registered.household().head().fullName()).isEqualTo("Chủ hộ " + registered.household().id());
        }
    }

    @Test
    void anAppendThatFails_leavesItsKeysPending_andTheNextAppendWritesThemWithItsEvents() {
        runtime.ledger().submit(registration("HN-00001"));
        keyStore.failNextAppend.set(true);

        assertThatThrownBy(() -> runtime.ledger().submit(registration("HN-00002")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(LedgerErrorCode.LEDGER_BROKEN_BATCH));
        assertThat(events.lastSequence()).isEqualTo(1);
        assertThat(keyStore.wrappedKey("household:HN-00002")).isEmpty();
        assertThat(keys.hasPending()).isTrue();

        runtime.ledger().submit(registration("HN-00003"));
        assertThat(keyStore.wrappedKey("household:HN-00002")).isPresent();
        assertThat(keyStore.wrappedKey("household:HN-00003")).isPresent();
        assertThat(keys.hasPending()).isFalse();
        runtime.ledger().submit(registration("HN-00002"));
        assertThat(keyStore.writtenApart.get()).isZero();
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void aKeyAnotherWriterMadeFirst_refusesTheAppend_andTheCommandRecordedAgainUsesTheirs() {
        keys.forWriting("household:HN-00006"); // made here, pending
        SubjectKeys other = SubjectKeys.open(masterKey, keyStore);
        other.forWriting("household:HN-00006");
        other.flushPending(); // another writer's key for the same household reaches the store first

        assertThatThrownBy(() -> runtime.ledger().submit(registration("HN-00006")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED));
        assertThat(events.lastSequence()).isZero();
        assertThat(keys.hasPending()).isFalse();

        EventEnvelope recorded = runtime.ledger().submit(registration("HN-00006")).get(0);
        EventCodec theirs = new EventCodec(runtime.objectMapper(), PayloadProtection.withKeys(other));
        assertThat(theirs.read(new EventCodec(runtime.objectMapper(), protection).write(recorded)).payload())
                .isEqualTo(recorded.payload());
    }

    @Test
    void aSubjectErasedBeforeItsKeyIsWritten_getsNoKey_andItsDataReadsAsErased() {
        keys.forWriting("household:HN-00009"); // made here, pending
        keyStore.destroy("household:HN-00009"); // erased by another process meanwhile

        EventEnvelope recorded = runtime.ledger().submit(registration("HN-00009")).get(0);

        assertThat(keyStore.isDestroyed("household:HN-00009")).isTrue();
        assertThat(keys.hasPending()).isFalse();
        HouseholdRegistered read = new EventCodec(runtime.objectMapper(), protection)
                .read(new EventCodec(runtime.objectMapper(), protection).write(recorded))
                .payloadAs(HouseholdRegistered.class).orElseThrow();
        assertThat(read.household().head().fullName()).startsWith(PayloadProtection.ERASED_TEXT);
        assertThatThrownBy(() -> keys.forWriting("household:HN-00009"))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED));
    }

    /**
     * A key store in memory that writes keys in the transactions of one in-memory event store, as a key table in the
     * ledger's own database does: the events are appended first (all or nothing), and only then the keys, so that a
     * failed append writes neither. Counts the appends with keys and the keys written apart.
     */
    static final class SharingKeyStore extends InMemoryKeyStoreWrapper {
        private final EventStore events;
        final AtomicInteger appends = new AtomicInteger();
        final AtomicInteger writtenApart = new AtomicInteger();
        final java.util.concurrent.atomic.AtomicBoolean failNextAppend = new java.util.concurrent.atomic.AtomicBoolean();

        SharingKeyStore(EventStore events) {
            this.events = events;
        }

        @Override
        public Optional<AppendWithKeys> appendingWith(EventStore appendedTo) {
            return appendedTo == events ? Optional.of(this::appendWithKeys) : Optional.empty();
        }

        private synchronized Set<String> appendWithKeys(long expectedLastSequence, List<EventEnvelope> batch,
                Map<String, byte[]> wrappedKeys) {
            appends.incrementAndGet();
            Set<String> erased = new HashSet<>();
            wrappedKeys.forEach((subject, key) -> {
                Optional<Entry> kept = keys.entry(subject);
                if (kept.isPresent() && kept.get().erased()) {
                    erased.add(subject);
                } else if (kept.isPresent() && !Arrays.equals(kept.get().wrappedKey().get(), key)) {
                    throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED, "subjectKeyStore", subject,
                            "another writer made this subject's key first");
                }
            });
            if (failNextAppend.getAndSet(false)) { // refused whole, as a database refuses a transaction
                throw KetnghiaException.of(LedgerErrorCode.LEDGER_BROKEN_BATCH, "sequence", expectedLastSequence + 1,
                        "refused by the test");
            }
            events.append(expectedLastSequence, batch);
            wrappedKeys.forEach((subject, key) -> {
                if (!erased.contains(subject)) {
                    keys.putIfAbsent(subject, key);
                }
            });
            return Set.copyOf(erased);
        }

        @Override
        public Map<String, Optional<byte[]>> putAllIfAbsent(Map<String, byte[]> wrapped) {
            writtenApart.incrementAndGet();
            return super.putAllIfAbsent(wrapped);
        }

        @Override
        public synchronized byte[] putIfAbsent(String subject, byte[] wrapped) {
            return super.putIfAbsent(subject, wrapped);
        }

        @Override
        public synchronized boolean destroy(String subject) {
            return super.destroy(subject);
        }
    }
}
