package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.approval.ApprovalRequested;
import org.ketnghia.core.approval.ApproveRequest;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.RecordedPayload;
import org.ketnghia.core.participant.AbsorbedMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.HouseholdsMerged;
import org.ketnghia.core.participant.MergeHouseholds;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The ledgers recorded on 7 December 2026 with households merged in the first shape of the merge ({@link
 * MergedHouseholdsFixture}: the absorbed members' names as the keys of {@code relations}, in the clear), plain and
 * encrypted, still open, verify their chains, read their merges and held merges in today's shape with the same names
 * and relations, replay to the households the recording code folded, export exactly as recorded, and take the approval
 * of the merge they left pending, which records a merge in today's shape (sealed in the encrypted ledger). Their own
 * names stay in the clear, erased or not: the known limit.
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
    void theRecordedMergesAndHeldMerges_readInTodaysShape_withTheirNamesAndRelations() {
        for (Optional<PayloadProtection> reading : List.of(Optional.<PayloadProtection>empty(), Optional.of(protection))) {
            List<EventEnvelope> events = opened(reading.isPresent() ? encryptedLines : plainLines, reading).ledger()
                    .store().readAll();

            assertThat(merge(events.get(6)).absorbedMembers()).containsExactly(
                    AbsorbedMember.of("Alăng Văn Bốn", HouseholdRelation.PARENT),
                    AbsorbedMember.of("Pơloong Thị Mai", HouseholdRelation.PARENT));
            assertThat(events.get(6).recordedPayload()).map(RecordedPayload::version).contains(1);
            assertThat(events.get(6).recordedPayload().orElseThrow().json()).contains("\"relations\":{\"Alăng Văn Bốn\"");
            assertThat(held(events.get(7)).absorbedMembers()).containsExactly(
                    AbsorbedMember.of("Bhling Văn Tư", HouseholdRelation.SIBLING),
                    AbsorbedMember.of("Zơrâm Thị Lan", HouseholdRelation.OTHER));
            assertThat(merge(events.get(9)).relationsByName()).containsExactly(
                    entry("Bhling Văn Tư", HouseholdRelation.SIBLING), entry("Zơrâm Thị Lan", HouseholdRelation.OTHER));
            assertThat(held(events.get(10)).relationsByName()).containsExactly(
                    entry("Cơlâu Văn Nhất", HouseholdRelation.CHILD));
        }
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
            assertThat(merge(recorded.get(1)).absorbedMembers())
                    .containsExactly(AbsorbedMember.of("Cơlâu Văn Nhất", HouseholdRelation.CHILD));
            assertThat(recorded.get(1).payloadVersion()).isEqualTo(HouseholdsMerged.VERSION);
            String stored = reading.map(keys -> new EventCodec(runtime.objectMapper(), keys))
                    .orElseGet(() -> new EventCodec(runtime.objectMapper())).write(recorded.get(1));
            if (reading.isPresent()) {
                assertThat(stored).doesNotContain("Cơlâu").contains("\"subject\":\"household:HN-205\"");
            } else {
                assertThat(stored).contains("\"absorbedMembers\":[{\"fullName\":\"Cơlâu Văn Nhất\",\"relation\":\"CHILD\"}]");
            }
            assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
            assertThat(MergedHouseholdsFixture.describe(runtime)).isEqualTo(MergedHouseholdsFixture.expectedHouseholds()
                    .replace("HN-205 | in being | Cơlâu Thị Hoa = HEAD;",
                            "HN-205 | in being | Cơlâu Thị Hoa = HEAD; Cơlâu Văn Nhất = CHILD;")
                    .replace("HN-206 | in being |", "HN-206 | ended 2024-07-01 |"));
        }
    }

    /**
     * The known limit: a merge recorded before keeps the absorbed members' names in the clear, also once the receiving
     * household is erased (a held command recorded before keeps them so too); the hash chain forbids rewriting them.
     */
    @Test
    void mergesRecordedBefore_keepTheirNamesInTheClear_evenOnceTheReceivingHouseholdIsErased() {
        KetnghiaRuntime runtime = opened(encryptedLines, Optional.of(protection));
        EventCodec codec = new EventCodec(runtime.objectMapper(), protection);

        new DataErasure(runtime.ledger(), keys).erase(new EraseDataSubject(Fixtures.PROVINCE, Participants.HUNG_SON,
                LocalDate.of(2026, 5, 1), "household:" + MergedHouseholdsFixture.RECEIVING, "Điều 16 Luật 91/2025/QH15",
                "12/ĐN-UBND", "Hộ chuyển khỏi địa bàn"));

        assertThat(encryptedLines.get(6)).contains("Alăng Văn Bốn", "Pơloong Thị Mai");
        assertThat(merge(codec.read(encryptedLines.get(6))).memberNames())
                .containsExactly("Alăng Văn Bốn", "Pơloong Thị Mai");
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    /**
     * The remedy for a plain ledger: encrypting it ({@code encrypt-ledger}) re-seals every old event as it reads today,
     * so its recorded merges and held merges are written in today's shape with their names sealed, and the new ledger
     * replays to the same households.
     */
    @Test
    void thePlainLedgerEncrypted_sealsTheNamesOfItsRecordedMerges_andReplaysToTheSameHouseholds() {
        KetnghiaRuntime plain = opened(plainLines, Optional.empty());
        InMemoryEventStore encrypted = new InMemoryEventStore();

        new PlainLedgerMigration(new EventChain(plain.objectMapper()), new EventChain(plain.objectMapper(), protection))
                .migrate(plain.ledger().store(), encrypted, "Luật 91/2025/QH15: mã hóa dữ liệu cá nhân");

        EventCodec codec = new EventCodec(plain.objectMapper(), protection);
        List<String> written = encrypted.readAll().stream().map(codec::write).toList();
        for (String name : MergedHouseholdsFixture.ABSORBED_NAMES) {
            assertThat(written).as(name).noneMatch(line -> line.contains(name));
        }
        KetnghiaRuntime reopened = opened(written, Optional.of(protection));
        assertThat(reopened.ledger().verifyChain().isIntact()).isTrue();
        assertThat(MergedHouseholdsFixture.describe(reopened)).isEqualTo(MergedHouseholdsFixture.expectedHouseholds());
    }

    private static HouseholdsMerged merge(EventEnvelope event) {
        return event.payloadAs(HouseholdsMerged.class).orElseThrow();
    }

    private static MergeHouseholds held(EventEnvelope event) {
        return (MergeHouseholds) event.payloadAs(ApprovalRequested.class).orElseThrow().command();
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
