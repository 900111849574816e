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
                LocalDate.of(2026, 5, 1), "household:HN-001", "Điều 16 Luật 91/2025/QH15", "12/ĐN-UBND",
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

            byte[] stored = storedState();
            String header = new String(stored, 0, headerLength(stored), StandardCharsets.US_ASCII);
            assertThat(header).matches("ketnghia-sealed-2\n" + EncryptedSnapshotStore.KEY_SUBJECT_PREFIX
                    + "1\n16384\n[0-9a-f]{32}\n");
            int segments = Math.max(1, (length + segment - 1) / segment);
            assertThat(stored.length).as("length %d", length).isEqualTo(header.length() + length + segments * (12 + 16));
            assertThat(store.latest().orElseThrow().projections().get(0).stateJson()).as("length %d", length)
                    .isEqualTo(state);
        }
    }

    @Test
    void segmentsReordered_repeated_cutOff_spliced_orAltered_andAlteredHeaders_makeTheSnapshotUnusable() {
        EncryptedSnapshotStore store = new EncryptedSnapshotStore(sealed, keys);
        int segment = EncryptedSnapshotStore.SEGMENT_LENGTH;
        int box = segment + 12 + 16;
        java.util.Random random = new java.util.Random(11);
        byte[] state = new byte[3 * segment + 100];
        random.nextBytes(state);
        store.save(snapshotOf(new byte[] {'A'}));
        byte[] single = storedState();
        byte[] other = state.clone();
        other[0] ^= 1;
        store.save(snapshotOf(other));
        byte[] otherSave = storedState();
        store.save(snapshotOf(state));
        byte[] stored = storedState();
        int at = headerLength(stored);
        byte[] head = java.util.Arrays.copyOf(stored, at);
        byte[] first = java.util.Arrays.copyOfRange(stored, at, at + box);
        byte[] second = java.util.Arrays.copyOfRange(stored, at + box, at + 2 * box);
        byte[] third = java.util.Arrays.copyOfRange(stored, at + 2 * box, at + 3 * box);
        byte[] last = java.util.Arrays.copyOfRange(stored, at + 3 * box, stored.length);
        int otherAt = headerLength(otherSave);

        java.util.Map<String, byte[]> forgeries = new java.util.LinkedHashMap<>();
        forgeries.put("two segments swapped", concat(head, second, first, third, last));
        forgeries.put("a segment repeated", concat(head, first, first, third, last));
        forgeries.put("the last segment cut off", concat(head, first, second, third));
        forgeries.put("a middle segment cut off", concat(head, first, third, last));
        forgeries.put("the last bytes cut off", java.util.Arrays.copyOf(stored, stored.length - 5));
        forgeries.put("the first segment from another save of the same snapshot", concat(head,
                java.util.Arrays.copyOfRange(otherSave, otherAt, otherAt + box), second, third, last));
        forgeries.put("the other save's header over this save's segments", concat(
                java.util.Arrays.copyOf(otherSave, otherAt), first, second, third, last));
        forgeries.put("another segment length", concat(replace(head, "\n16384\n", "\n8192\n"), first, second,
                third, last));
        forgeries.put("another segment length, one segment", replace(single, "\n16384\n", "\n200\n"));
        forgeries.put("a segment length not a number", concat(replace(head, "\n16384\n", "\n16x84\n"), first,
                second, third, last));
        String sealIdLine = new String(head, at - 33, 33, StandardCharsets.US_ASCII);
        forgeries.put("another seal id", concat(replace(head, sealIdLine, "0".repeat(32) + "\n"), first, second, third,
                last));
        byte[] sealId = stored.clone();
        sealId[at - 2] = (byte) (sealId[at - 2] == '0' ? '1' : '0');
        forgeries.put("a digit of the seal id changed", sealId);
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

    private byte[] storedState() {
        return sealed.latest().orElseThrow().projections().get(0).stateJson();
    }

    private LedgerSnapshot snapshotOf(byte[] state) {
        return new LedgerSnapshot(1, "a".repeat(64), Fixtures.CLOCK.instant(), java.util.List.of(
                ProjectionSnapshot.of(ParticipantRegistry.class.getName(), "f".repeat(64), state)));
    }

    /** The length of a sealed state's header: its first four lines. */
    private static int headerLength(byte[] stored) {
        int lines = 0;
        for (int i = 0; i < stored.length; i++) {
            if (stored[i] == '\n' && ++lines == 4) {
                return i + 1;
            }
        }
        throw new AssertionError("no header of four lines");
    }

    /** {@code bytes} with the first occurrence of {@code from} (ASCII) replaced by {@code to}. */
    private static byte[] replace(byte[] bytes, String from, String to) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int index = text.indexOf(from);
        assertThat(index).as("%s in the header", from).isNotNegative();
        return (text.substring(0, index) + to + text.substring(index + from.length()))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
