package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.ConcurrentWriters;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * New subjects' keys are kept pending in memory and written to the key store in one batch right before the events
 * sealed with them are appended: never is an event durable while its key is not; a failing key store fails the
 * append with a coded error and loses nothing recorded; an erased subject's pending key is never written.
 */
class PendingSubjectKeysTest {

    private static final Pattern SUBJECT = Pattern.compile("\"subject\":\"([^\"]+)\"");

    private final MasterKey masterKey = MasterKey.generate();
    private final CountingKeyStore keyStore = new CountingKeyStore();
    private final SubjectKeys keys = SubjectKeys.open(masterKey, keyStore);
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
            .clock(Fixtures.CLOCK).personalDataProtection(protection)
            .eventStore(new KeyCheckingStore(keyStore, violations::add)).build();

    private RegisterHousehold registration(String householdId) {
        return RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2024, 3, 1))
                .householdId(householdId).villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName("Chủ hộ " + householdId).sex(Sex.FEMALE).birthYear(1968)
                        .relation(HouseholdRelation.HEAD).idNumber("0491750" + householdId.substring(3)).build())
                .build();
    }

    @Test
    void aNewSubjectsKey_isPendingUntilFlushed_andTheLedgerFlushesItBeforeTheAppend() {
        keys.forWriting("household:HN-00001");
        assertThat(keyStore.wrappedKey("household:HN-00001")).isEmpty();
        assertThat(keys.hasPending()).isTrue();
        keys.flushPending();
        assertThat(keyStore.wrappedKey("household:HN-00001")).isPresent();

        runtime.ledger().submit(registration("HN-00002"));
        runtime.ledger().submitAll(List.of(registration("HN-00003"), registration("HN-00004")));

        assertThat(keyStore.entries()).extracting(SubjectKeyStore.Entry::subject).containsExactly("household:HN-00001",
                "household:HN-00002", "household:HN-00003", "household:HN-00004");
        assertThat(keyStore.batches.get()).isEqualTo(3); // one for the flush, one per append
        assertThat(keys.hasPending()).isFalse();
        assertThat(violations).isEmpty();
    }

    @Test
    void manyWritersAtOnce_neverAppendAnEventBeforeItsKey_andEveryHouseholdReadsBackWithAFreshKeyCache() throws Exception {
        int writers = 8;
        int perWriter = 40;
        ConcurrentWriters.run(writers, perWriter, index -> runtime.ledger().submit(registration(String.format("HN-%05d", index))));

        assertThat(violations).isEmpty();
        assertThat(keyStore.entries()).hasSize(writers * perWriter);
        assertThat(keyStore.batches.get()).isLessThanOrEqualTo(writers * perWriter);
        EventCodec fresh = new EventCodec(runtime.objectMapper(),
                PayloadProtection.withKeys(SubjectKeys.open(masterKey, keyStore)));
        EventCodec writing = new EventCodec(runtime.objectMapper(), protection);
        for (EventEnvelope event : runtime.ledger().store().readAll()) {
            HouseholdRegistered registered = fresh.read(writing.write(event)).payloadAs(HouseholdRegistered.class)
                    .orElseThrow();
            assertThat(registered.household().head().fullName()).isEqualTo("Chủ hộ " + registered.household().id());
        }
    }

    @Test
    void aKeyStoreThatFails_failsTheAppendWithACodedError_losesNothingRecorded_andTheNextAppendWritesTheKey() {
        runtime.ledger().submit(registration("HN-00001"));
        keyStore.failNext.set(1);

        assertThatThrownBy(() -> runtime.ledger().submit(registration("HN-00002")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED));
        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(1);
        assertThat(keyStore.wrappedKey("household:HN-00002")).isEmpty();

        runtime.ledger().submit(registration("HN-00002"));
        assertThat(keyStore.wrappedKey("household:HN-00002")).isPresent();
        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(2);
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        assertThat(violations).isEmpty();
    }

    @Test
    void thePendingKeyOfASubjectErasedBeforeTheFlush_isNeverWritten_andItsDataCannotBeRecorded() {
        keys.forWriting("household:HN-00009");

        keys.destroy("household:HN-00009");
        keys.flushPending();

        assertThat(keyStore.wrappedKey("household:HN-00009")).isEmpty();
        assertThat(keyStore.isDestroyed("household:HN-00009")).isTrue();
        assertThatThrownBy(() -> runtime.ledger().submit(registration("HN-00009")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED));
        assertThat(runtime.ledger().store().lastSequence()).isZero();
    }

    @Test
    void aKeyAnotherWriterMadeFirst_failsTheAppend_andTheCommandRecordedAgainUsesTheirs() {
        keys.forWriting("household:HN-00006"); // made here, pending
        SubjectKeys other = SubjectKeys.open(masterKey, keyStore);
        other.forWriting("household:HN-00006");
        other.flushPending(); // another writer's key for the same household reaches the store first

        assertThatThrownBy(() -> runtime.ledger().submit(registration("HN-00006")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED));
        assertThat(runtime.ledger().store().lastSequence()).isZero();

        EventEnvelope recorded = runtime.ledger().submit(registration("HN-00006")).get(0);
        EventCodec theirs = new EventCodec(runtime.objectMapper(), PayloadProtection.withKeys(other));
        assertThat(theirs.read(new EventCodec(runtime.objectMapper(), protection).write(recorded)).payload())
                .isEqualTo(recorded.payload());
        assertThat(violations).isEmpty();
    }

    @Test
    void theHeadStartFlush_writesThePendingKeys_butLeavesThemPendingWhenTheStoreFails_forTheFlushBeforeTheAppend() {
        keys.forWriting("household:HN-00021");
        keyStore.failNext.set(1);

        keys.flushPendingIfIdle(); // never fails: the key stays pending

        assertThat(keys.hasPending()).isTrue();
        assertThat(keyStore.wrappedKey("household:HN-00021")).isEmpty();
        keys.flushPendingIfIdle();
        assertThat(keys.hasPending()).isFalse();
        assertThat(keyStore.wrappedKey("household:HN-00021")).isPresent();
    }

    @Test
    void theHeadStartFlush_leavesAnotherWritersSubjectPending_soThatTheAppendRefusesWhatWasSealedWithTheLostKey() {
        javax.crypto.SecretKey mine = keys.forWriting("household:HN-00022");
        keys.forWriting("household:HN-00023");
        SubjectKeys other = SubjectKeys.open(masterKey, keyStore);
        other.forWriting("household:HN-00022");
        other.flushPending();

        keys.flushPendingIfIdle();

        assertThat(keyStore.wrappedKey("household:HN-00023")).isPresent(); // the other key went in
        assertThat(keys.forReading("household:HN-00022")).contains(mine); // still the one sealed with, still pending
        assertThat(keys.hasPending()).isTrue();
        assertThatThrownBy(keys::flushPending)
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED));
        assertThat(keys.hasPending()).isFalse();
    }

    @Test
    void theSubjectsOfAGroup_areLookedUpInOneQuery_newOnesMadePending_erasedOnesRefused() {
        SubjectKeys other = SubjectKeys.open(masterKey, keyStore);
        javax.crypto.SecretKey existing = other.forWriting("household:HN-00010");
        other.flushPending();
        keyStore.destroy("household:HN-00011");
        int lookUpsBefore = keyStore.lookUps.get();

        keys.prepare(List.of("household:HN-00010", "household:HN-00011", "household:HN-00012", "household:HN-00012"));

        assertThat(keyStore.lookUps.get() - lookUpsBefore).isEqualTo(1);
        assertThat(keys.forWriting("household:HN-00010")).isEqualTo(existing);
        assertThatThrownBy(() -> keys.forWriting("household:HN-00011"))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED));
        keys.forWriting("household:HN-00012");
        assertThat(keyStore.lookUps.get() - lookUpsBefore).isEqualTo(1); // all answered from memory since
        assertThat(keyStore.wrappedKey("household:HN-00012")).isEmpty();
        keys.flushPending();
        assertThat(keyStore.wrappedKey("household:HN-00012")).isPresent();
    }

    @Test
    void aSnapshot_isSavedOnlyOnceItsKeyIsInTheStore() {
        InMemorySnapshotStoreProbe probe = new InMemorySnapshotStoreProbe(keyStore, violations::add);
        EncryptedSnapshotStore snapshots = new EncryptedSnapshotStore(probe, keys);
        KetnghiaRuntime withSnapshots = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).personalDataProtection(protection).snapshotStore(snapshots).snapshotEvery(1)
                .build();

        withSnapshots.ledger().submit(registration("HN-00007"));
        withSnapshots.ledger().submit(registration("HN-00008"));

        assertThat(probe.saved.get()).isPositive();
        assertThat(violations).isEmpty();
    }

    /** A key store in memory that counts its batches and fails when told to. */
    static final class CountingKeyStore extends InMemoryKeyStoreWrapper {
        final AtomicInteger batches = new AtomicInteger();
        final AtomicInteger failNext = new AtomicInteger();
        final AtomicInteger lookUps = new AtomicInteger();

        @Override
        public Map<String, Entry> entries(java.util.Collection<String> subjects) {
            lookUps.incrementAndGet();
            return super.entries(subjects);
        }

        @Override
        public Map<String, Optional<byte[]>> putAllIfAbsent(Map<String, byte[]> wrapped) {
            if (failNext.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, "subjectKeyStore",
                        "the key-management service does not answer");
            }
            batches.incrementAndGet();
            return super.putAllIfAbsent(wrapped);
        }
    }

    /** An event store in memory that reports each appended event whose box's subject has no key in the key store. */
    static final class KeyCheckingStore implements EventStore {
        private final InMemoryEventStore events = new InMemoryEventStore();
        private final SubjectKeyStore keyStore;
        private final Consumer<String> violations;

        KeyCheckingStore(SubjectKeyStore keyStore, Consumer<String> violations) {
            this.keyStore = keyStore;
            this.violations = violations;
        }

        @Override
        public long lastSequence() {
            return events.lastSequence();
        }

        @Override
        public String lastHash() {
            return events.lastHash();
        }

        @Override
        public void append(long expectedLastSequence, List<EventEnvelope> batch) {
            for (EventEnvelope event : batch) {
                event.recordedPayload().ifPresent(recorded -> {
                    Matcher subject = SUBJECT.matcher(recorded.json());
                    while (subject.find()) {
                        if (keyStore.wrappedKey(subject.group(1)).isEmpty() && !keyStore.isDestroyed(subject.group(1))) {
                            violations.accept("event " + event.sequence() + " appended before the key of "
                                    + subject.group(1));
                        }
                    }
                });
            }
            events.append(expectedLastSequence, batch);
        }

        @Override
        public void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer) {
            events.forEach(fromSequence, consumer);
        }
    }

    /** A snapshot store in memory that reports a snapshot saved before its key is in the key store. */
    static final class InMemorySnapshotStoreProbe implements org.ketnghia.core.ledger.SnapshotStore {
        private final org.ketnghia.core.ledger.InMemorySnapshotStore snapshots =
                new org.ketnghia.core.ledger.InMemorySnapshotStore();
        private final SubjectKeyStore keyStore;
        private final Consumer<String> violations;
        final AtomicInteger saved = new AtomicInteger();

        InMemorySnapshotStoreProbe(SubjectKeyStore keyStore, Consumer<String> violations) {
            this.keyStore = keyStore;
            this.violations = violations;
        }

        @Override
        public void save(org.ketnghia.core.ledger.LedgerSnapshot snapshot) {
            if (keyStore.wrappedKey(EncryptedSnapshotStore.KEY_SUBJECT_PREFIX + 1).isEmpty()) {
                violations.accept("a snapshot saved before its key");
            }
            saved.incrementAndGet();
            snapshots.save(snapshot);
        }

        @Override
        public Optional<org.ketnghia.core.ledger.LedgerSnapshot> latest() {
            return snapshots.latest();
        }
    }
}
