package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.approval.ApproveRequest;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.participant.HouseholdsMerged;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The ledgers recorded on 7 December 2026 with households merged in the first shape of the merge ({@link
 * MergedHouseholdsFixture}: the absorbed members' names as the keys of {@code relations}, in the clear), plain and
 * encrypted, still open, verify their chains, replay to the households the recording code folded, export exactly as
 * recorded, and take the approval of the merge they left pending.
 */
class RecordedMergedHouseholdsTest {

    private final List<String> plainLines = MergedHouseholdsFixture.lines(MergedHouseholdsFixture.PLAIN);
    private final List<String> encryptedLines = MergedHouseholdsFixture.lines(MergedHouseholdsFixture.ENCRYPTED);
    private final SubjectKeys keys = MergedHouseholdsFixture.restoredKeys();
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);

    @Test
    void thePlainLedger_opensVerifiesAndReplaysToTheRecordedHouseholds() {
        KetnghiaRuntime runtime = opened(plainLines, Optional.empty());

        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(11);
        assertThat(runtime.ledger().verifyChain().isIntact()).as(runtime.ledger().verifyChain().toString()).isTrue();
        assertThat(MergedHouseholdsFixture.describe(runtime)).isEqualTo(MergedHouseholdsFixture.expectedHouseholds());
        runtime.ledger().rebuildProjections();
        assertThat(MergedHouseholdsFixture.describe(runtime)).isEqualTo(MergedHouseholdsFixture.expectedHouseholds());
    }

    @Test
    void theEncryptedLedger_opensWithItsKeys_verifiesAndReplaysToTheRecordedHouseholds() {
        KetnghiaRuntime runtime = opened(encryptedLines, Optional.of(protection));

        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(11);
        assertThat(runtime.ledger().verifyChain().isIntact()).as(runtime.ledger().verifyChain().toString()).isTrue();
        assertThat(MergedHouseholdsFixture.describe(runtime)).isEqualTo(MergedHouseholdsFixture.expectedHouseholds());
        assertThat(verifiedWithoutKeys(encryptedLines).isIntact()).as("verifies without the keys").isTrue();
    }

    @Test
    void bothLedgers_exportExactlyAsRecorded() {
        KetnghiaRuntime plain = opened(plainLines, Optional.empty());
        KetnghiaRuntime encrypted = opened(encryptedLines, Optional.of(protection));
        EventCodec plainCodec = new EventCodec(plain.objectMapper());
        EventCodec encryptedCodec = new EventCodec(encrypted.objectMapper(), protection);

        assertThat(plain.ledger().store().readAll().stream().map(plainCodec::write).toList())
                .containsExactlyElementsOf(plainLines);
        assertThat(encrypted.ledger().store().readAll().stream().map(encryptedCodec::write).toList())
                .containsExactlyElementsOf(encryptedLines);
    }

    @Test
    void theMergeLeftPending_isApprovedToday_andTheHouseholdsFoldAsTheyShould() {
        for (Optional<PayloadProtection> reading : List.of(Optional.<PayloadProtection>empty(), Optional.of(protection))) {
            KetnghiaRuntime runtime = opened(reading.isPresent() ? encryptedLines : plainLines, reading);

            List<EventEnvelope> recorded = runtime.ledger().submit(ApproveRequest.builder()
                    .actor(MergedHouseholdsFixture.CHAIRMAN).unitCode(Participants.A_XAN)
                    .occurredOn(LocalDate.of(2024, 7, 3)).requestId(MergedHouseholdsFixture.PENDING_REQUEST).build());

            assertThat(recorded).hasSize(2);
            assertThat(recorded.get(1).payload()).isInstanceOf(HouseholdsMerged.class);
            assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
            assertThat(MergedHouseholdsFixture.describe(runtime)).isEqualTo(MergedHouseholdsFixture.expectedHouseholds()
                    .replace("HN-205 | in being | Cơlâu Thị Hoa = HEAD;",
                            "HN-205 | in being | Cơlâu Thị Hoa = HEAD; Cơlâu Văn Nhất = CHILD;")
                    .replace("HN-206 | in being |", "HN-206 | ended 2024-07-01 |"));
        }
    }

    private KetnghiaRuntime opened(List<String> lines, Optional<PayloadProtection> reading) {
        KetnghiaRuntime reader = builder(reading).build();
        EventCodec codec = reading.map(protection -> new EventCodec(reader.objectMapper(), protection))
                .orElseGet(() -> new EventCodec(reader.objectMapper()));
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(0, lines.stream().map(codec::read).toList());
        return builder(reading).eventStore(store).build();
    }

    private static KetnghiaRuntime.Builder builder(Optional<PayloadProtection> reading) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).approvalPolicy(MergedHouseholdsFixture.policy());
        reading.ifPresent(builder::personalDataProtection);
        return builder;
    }

    private static ChainVerification verifiedWithoutKeys(List<String> lines) {
        KetnghiaRuntime reader = builder(Optional.empty()).build();
        EventCodec masked = new EventCodec(reader.objectMapper(), PayloadProtection.masked());
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(0, lines.stream().map(masked::read).toList());
        return new EventChain(reader.objectMapper(), PayloadProtection.masked()).verify(store);
    }
}
