package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.InMemorySnapshotStore;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/** Snapshots of an encrypted ledger are sealed under a snapshot key, and an erasure shreds them with it. */
class EncryptedSnapshotStoreTest {

    private static final String ID_NUMBER = "049175001234";
    private static final String NAME = "Bríu Thị Hoa";

    private final SubjectKeys keys = SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore());
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);
    private final InMemoryEventStore events = new InMemoryEventStore();
    /** What the snapshots' own store holds: the sealed bytes. */
    private final InMemorySnapshotStore sealed = new InMemorySnapshotStore();

    private KetnghiaRuntime open() {
        return KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .personalDataProtection(protection).eventStore(events).snapshotStore(sealed).snapshotEvery(0).build();
    }

    private static void register(KetnghiaRuntime runtime, String householdId, String name, String idNumber) {
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName(name).sex(Sex.FEMALE).birthYear(1968)
                        .relation(HouseholdRelation.HEAD).idNumber(idNumber).build())
                .build());
    }

    private static String storedText(LedgerSnapshot snapshot) {
        StringBuilder text = new StringBuilder();
        for (ProjectionSnapshot projection : snapshot.projections()) {
            text.append(new String(projection.stateJson(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    @Test
    void aSnapshot_isStoredSealed_andTheLedgerReopensFromIt_readingTheHouseholdWhole() {
        KetnghiaRuntime runtime = open();
        register(runtime, "HN-001", NAME, ID_NUMBER);
        runtime.ledger().saveSnapshot();

        LedgerSnapshot stored = sealed.latest().orElseThrow();
        assertThat(storedText(stored)).doesNotContain(ID_NUMBER).doesNotContain("Bríu").doesNotContain("Cơ Tu")
                .startsWith("ketnghia-sealed-2\n" + EncryptedSnapshotStore.KEY_SUBJECT_PREFIX + "1\n16384\n");
        KetnghiaRuntime reopened = open();

        assertThat(reopened.ledger().openedFrom().snapshotSequence()).contains(1L);
        assertThat(reopened.ledger().openedFrom().restored()).contains(ParticipantRegistry.class.getName());
        Household household = reopened.ledger().read(ParticipantRegistry.class, registry -> registry.household("HN-001"))
                .orElseThrow();
        assertThat(household.head().fullName()).isEqualTo(NAME);
        assertThat(household.head().idNumber()).contains(ID_NUMBER);
    }

    @Test
    void anErasure_shredsTheSnapshotsSavedBeforeIt_andTheNextOneIsSealedUnderANewKey() {
        KetnghiaRuntime runtime = open();
        register(runtime, "HN-001", NAME, ID_NUMBER);
        register(runtime, "HN-002", "Alăng Văn Bốn", "049171000042");
        runtime.ledger().saveSnapshot();
        EncryptedSnapshotStore store = new EncryptedSnapshotStore(sealed, keys);
        assertThat(store.latest()).isPresent();

        new DataErasure(runtime.ledger(), keys).erase(new EraseDataSubject(Fixtures.PROVINCE, Participants.HUNG_SON,
                LocalDate.of(2026, 5, 1), "household:HN-001", "Điều 16 Luật 91/2025/QH15", "Bríu Thị Hoa (đơn ngày 20/4/2026)",
                "Hộ chuyển khỏi địa bàn, mục đích xử lý đã hết"));

        assertThat(sealed.latest()).isPresent(); // still stored, but its key is gone
        assertThat(store.latest()).isEmpty();
        assertThat(open().ledger().openedFrom().snapshotSequence()).isEmpty();
        runtime.ledger().saveSnapshot();
        assertThat(storedText(sealed.latest().orElseThrow()))
                .startsWith("ketnghia-sealed-2\n" + EncryptedSnapshotStore.KEY_SUBJECT_PREFIX + "2\n16384\n");
        assertThat(open().ledger().openedFrom().snapshotSequence()).contains(runtime.ledger().lastSequence());
    }

    @Test
    void aSnapshotSavedInTheClear_orAltered_isNotUsed() {
        KetnghiaRuntime plain = KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .personalDataProtection(protection).eventStore(events).build();
        register(plain, "HN-001", NAME, ID_NUMBER);
        LedgerSnapshot clear = new LedgerSnapshot(1, events.readAll().get(0).hash(), Fixtures.CLOCK.instant(),
                java.util.List.of(ProjectionSnapshot.of(ParticipantRegistry.class.getName(), "f".repeat(64),
                        "{}".getBytes(StandardCharsets.UTF_8))));
        EncryptedSnapshotStore store = new EncryptedSnapshotStore(sealed, keys);
        sealed.save(clear);

        assertThat(store.latest()).isEmpty();

        store.save(clear);
        LedgerSnapshot good = sealed.latest().orElseThrow();
        byte[] altered = good.projections().get(0).stateJson();
        altered[altered.length - 1] ^= 1;
        sealed.save(new LedgerSnapshot(good.sequence(), good.eventHash(), good.savedAt(), java.util.List.of(
                ProjectionSnapshot.of(good.projections().get(0).projectionType(), good.projections().get(0).fingerprint(),
                        altered))));

        assertThat(store.latest()).isEmpty();
    }

    @Test
    void statesOfEverySize_areSealedInSegments_andOpenToTheSameBytes() {
        EncryptedSnapshotStore store = new EncryptedSnapshotStore(sealed, keys);
        int segment = EncryptedSnapshotStore.SEGMENT_LENGTH;
        java.util.Random random = new java.util.Random(7);
        for (int length : new int[] {0, 1, segment - 1, segment, segment + 1, 3 * segment, 3 * segment + 5}) {
            byte[] state = new byte[length];
            random.nextBytes(state);

            store.save(snapshotOf(state));

            byte[] stored = sealed.latest().orElseThrow().projections().get(0).stateJson();
            int segments = Math.max(1, (length + segment - 1) / segment);
            assertThat(stored.length).as("length %d", length)
                    .isEqualTo(header().length + length + segments * (12 + 16));
            assertThat(store.latest().orElseThrow().projections().get(0).stateJson()).as("length %d", length)
                    .isEqualTo(state);
        }
    }

    @Test
    void segmentsReordered_repeated_cutOff_orAltered_makeTheSnapshotUnusable() {
        EncryptedSnapshotStore store = new EncryptedSnapshotStore(sealed, keys);
        int segment = EncryptedSnapshotStore.SEGMENT_LENGTH;
        int box = segment + 12 + 16;
        byte[] state = new byte[3 * segment + 100];
        new java.util.Random(11).nextBytes(state);
        store.save(snapshotOf(state));
        byte[] stored = sealed.latest().orElseThrow().projections().get(0).stateJson();
        int at = header().length;
        byte[] first = java.util.Arrays.copyOfRange(stored, at, at + box);
        byte[] second = java.util.Arrays.copyOfRange(stored, at + box, at + 2 * box);
        byte[] third = java.util.Arrays.copyOfRange(stored, at + 2 * box, at + 3 * box);
        byte[] last = java.util.Arrays.copyOfRange(stored, at + 3 * box, stored.length);
        byte[] head = header();

        java.util.Map<String, byte[]> forgeries = new java.util.LinkedHashMap<>();
        forgeries.put("two segments swapped", concat(head, second, first, third, last));
        forgeries.put("a segment repeated", concat(head, first, first, third, last));
        forgeries.put("the last segment cut off", concat(head, first, second, third));
        forgeries.put("a middle segment cut off", concat(head, first, third, last));
        forgeries.put("the last bytes cut off", java.util.Arrays.copyOf(stored, stored.length - 5));
        forgeries.put("another segment length", concat(header(EncryptedSnapshotStore.SEGMENT_LENGTH / 2), first,
                second, third, last));
        forgeries.put("a segment length not a number", concat(("ketnghia-sealed-2\n"
                + EncryptedSnapshotStore.KEY_SUBJECT_PREFIX + "1\n16x84\n").getBytes(StandardCharsets.US_ASCII),
                first, second, third, last));
        for (int segmentIndex = 0; segmentIndex < 4; segmentIndex++) {
            byte[] altered = stored.clone();
            altered[at + segmentIndex * box + 40] ^= 1;
            forgeries.put("segment " + segmentIndex + " altered", altered);
        }
        assertThat(store.latest()).isPresent();
        for (java.util.Map.Entry<String, byte[]> forgery : forgeries.entrySet()) {
            LedgerSnapshot good = sealed.latest().orElseThrow();
            sealed.save(new LedgerSnapshot(good.sequence(), good.eventHash(), good.savedAt(), java.util.List.of(
                    ProjectionSnapshot.of(good.projections().get(0).projectionType(),
                            good.projections().get(0).fingerprint(), forgery.getValue()))));

            assertThat(store.latest()).as(forgery.getKey()).isEmpty();
        }
    }

    private LedgerSnapshot snapshotOf(byte[] state) {
        return new LedgerSnapshot(1, "a".repeat(64), Fixtures.CLOCK.instant(), java.util.List.of(
                ProjectionSnapshot.of(ParticipantRegistry.class.getName(), "f".repeat(64), state)));
    }

    private static byte[] header() {
        return header(EncryptedSnapshotStore.SEGMENT_LENGTH);
    }

    private static byte[] header(int segmentLength) {
        return ("ketnghia-sealed-2\n" + EncryptedSnapshotStore.KEY_SUBJECT_PREFIX + "1\n" + segmentLength + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
