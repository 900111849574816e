package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.duty.ReportContent;
import org.ketnghia.core.ledger.InMemorySnapshotStore;
import org.ketnghia.core.ledger.LedgerOpening;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The snapshot sealed on 7 December 2026 in the first stored form, one box per projection ({@link
 * EncryptedSnapshotFixture}), still opens to the very states that were sealed, is refused when altered, and a
 * ledger opens from it and reads its households whole.
 */
class RecordedEncryptedSnapshotTest {

    private final EncryptedSnapshotFixture.Stored recorded = EncryptedSnapshotFixture.stored();
    private final SubjectKeys keys = EncryptedSnapshotFixture.keys();

    @Test
    void everyProjectionsState_opensToTheBytesThatWereSealed() {
        InMemorySnapshotStore sealed = new InMemorySnapshotStore();
        sealed.save(recorded.snapshot());

        LedgerSnapshot opened = new EncryptedSnapshotStore(sealed, keys).latest().orElseThrow();

        assertThat(recorded.snapshot().projections()).isNotEmpty().allSatisfy(projection -> assertThat(
                new String(projection.stateJson(), 0, 18, StandardCharsets.US_ASCII)).isEqualTo("ketnghia-sealed-1\n"));
        assertThat(opened.sequence()).isEqualTo(6);
        assertThat(opened.projections()).hasSize(recorded.stateSha256().size());
        for (int i = 0; i < opened.projections().size(); i++) {
            assertThat(ReportContent.sha256(opened.projections().get(i).stateJson()))
                    .as(opened.projections().get(i).projectionType()).isEqualTo(recorded.stateSha256().get(i));
        }
        String registry = new String(opened.projection(ParticipantRegistry.class.getName()).orElseThrow().stateJson(),
                StandardCharsets.UTF_8);
        assertThat(registry).contains("Alăng Văn Bốn").contains("049171000042");
    }

    @Test
    void theRecordedSnapshot_altered_isNotUsed() {
        LedgerSnapshot snapshot = recorded.snapshot();
        ProjectionSnapshot first = snapshot.projections().get(0);
        byte[] altered = first.stateJson();
        altered[altered.length - 20] ^= 1;
        InMemorySnapshotStore sealed = new InMemorySnapshotStore();
        sealed.save(new LedgerSnapshot(snapshot.sequence(), snapshot.eventHash(), snapshot.savedAt(), List.of(
                ProjectionSnapshot.of(first.projectionType(), first.fingerprint(), altered))));

        assertThat(new EncryptedSnapshotStore(sealed, keys).latest()).isEmpty();
    }

    @Test
    void aLedgerOpens_withTheRecordedSnapshot_andReadsItsHouseholdsWhole() {
        InMemorySnapshotStore sealed = new InMemorySnapshotStore();
        sealed.save(recorded.snapshot());
        PayloadProtection protection = PayloadProtection.withKeys(keys);

        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).personalDataProtection(protection).eventStore(EncryptedFixture.events(protection))
                .snapshotStore(sealed).snapshotEvery(0).build();

        // The ledger takes the recorded snapshot (not ignored, no state unreadable). A projection is restored from it
        // unless its code or the runtime's event types changed since it was saved: then it is replayed, as designed
        // (CODE_CHANGED). Core's event types changed on 7 December 2026 (twinning.task-team-dissolved), so today every
        // projection is replayed; that the first sealed form opens is shown above, by the store itself.
        LedgerOpening opening = runtime.ledger().openedFrom();
        assertThat(opening.snapshotSequence()).contains(6L);
        assertThat(opening.snapshotIgnored()).isEmpty();
        assertThat(opening.replayed()).extracting(LedgerOpening.Replayed::reason)
                .containsOnly(LedgerOpening.Reason.CODE_CHANGED);
        assertThat(opening.restored().size() + opening.replayed().size()).isEqualTo(recorded.snapshot().projections().size());
        Household household = runtime.ledger().read(ParticipantRegistry.class, registry -> registry.household("HN-103"))
                .orElseThrow();
        assertThat(household.head().fullName()).isEqualTo("Cơlâu Thị Hoa");
        assertThat(household.head().idNumber()).contains("049168007788");
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }
}
