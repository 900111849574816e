package org.ketnghia.training.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.training.household.HouseholdAttendanceRecorded;
import org.ketnghia.training.household.HouseholdParticipant;

/**
 * The ledgers recorded on 7 December 2026 with households' attendance whose members' names are in the clear ({@link
 * AttendanceFixture}), plain and encrypted, still open, verify their chains, read their attendance with its names,
 * replay to the attendance the recording code folded and export exactly as recorded.
 */
class RecordedAttendanceTest {

    private final List<String> plainLines = AttendanceFixture.lines(AttendanceFixture.PLAIN);
    private final List<String> encryptedLines = AttendanceFixture.lines(AttendanceFixture.ENCRYPTED);
    private final SubjectKeys keys = AttendanceFixture.restoredKeys();
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);

    @Test
    void thePlainLedger_opensVerifiesAndReplaysToTheRecordedAttendance() {
        KetnghiaRuntime runtime = opened(plainLines, Optional.empty());

        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(6);
        assertThat(runtime.ledger().verifyChain().isIntact()).as(runtime.ledger().verifyChain().toString()).isTrue();
        assertThat(AttendanceFixture.describe(runtime)).isEqualTo(AttendanceFixture.expectedAttendance());
        runtime.ledger().rebuildProjections();
        assertThat(AttendanceFixture.describe(runtime)).isEqualTo(AttendanceFixture.expectedAttendance());
    }

    @Test
    void theEncryptedLedger_opensWithItsKeys_verifiesAndReplaysToTheRecordedAttendance() {
        KetnghiaRuntime runtime = opened(encryptedLines, Optional.of(protection));

        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(6);
        assertThat(runtime.ledger().verifyChain().isIntact()).as(runtime.ledger().verifyChain().toString()).isTrue();
        assertThat(AttendanceFixture.describe(runtime)).isEqualTo(AttendanceFixture.expectedAttendance());
        runtime.ledger().rebuildProjections();
        assertThat(AttendanceFixture.describe(runtime)).isEqualTo(AttendanceFixture.expectedAttendance());
        assertThat(verifiedWithoutKeys(encryptedLines).isIntact()).as("verifies without the keys").isTrue();
    }

    @Test
    void theRecordedAttendance_readsWithItsNames_withKeysAndMasked() {
        for (PayloadProtection reading : List.of(protection, PayloadProtection.masked())) {
            KetnghiaRuntime reader = AttendanceFixture.builder(Optional.empty()).build();
            EventEnvelope first = new EventCodec(reader.objectMapper(), reading).read(encryptedLines.get(4));

            assertThat(first.payloadAs(HouseholdAttendanceRecorded.class).orElseThrow().participants()).containsExactly(
                    HouseholdParticipant.of(AttendanceFixture.FIRST_HOUSEHOLD, "Bríu Thị Hoa"),
                    HouseholdParticipant.of(AttendanceFixture.FIRST_HOUSEHOLD, "Bríu Văn Bốn"),
                    HouseholdParticipant.of(AttendanceFixture.SECOND_HOUSEHOLD, "Zơrâm Thị Lan"),
                    HouseholdParticipant.of(AttendanceFixture.THIRD_HOUSEHOLD, "Alăng Văn Tư"));
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

    private static KetnghiaRuntime opened(List<String> lines, Optional<PayloadProtection> reading) {
        KetnghiaRuntime reader = AttendanceFixture.builder(reading).build();
        EventCodec codec = reading.map(protection -> new EventCodec(reader.objectMapper(), protection))
                .orElseGet(() -> new EventCodec(reader.objectMapper()));
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(0, lines.stream().map(codec::read).toList());
        return AttendanceFixture.builder(reading).eventStore(store).build();
    }

    private static ChainVerification verifiedWithoutKeys(List<String> lines) {
        KetnghiaRuntime reader = AttendanceFixture.builder(Optional.empty()).build();
        EventCodec masked = new EventCodec(reader.objectMapper(), PayloadProtection.masked());
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(0, lines.stream().map(masked::read).toList());
        return new EventChain(reader.objectMapper(), PayloadProtection.masked()).verify(store);
    }
}
