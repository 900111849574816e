package org.ketnghia.training.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.ledger.DefaultPermissionPolicy;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.core.privacy.DataErasure;
import org.ketnghia.core.privacy.EraseDataSubject;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.PersonalDataAccess;
import org.ketnghia.core.privacy.PlainLedgerMigration;
import org.ketnghia.core.privacy.ReadPersonalData;
import org.ketnghia.core.privacy.SubjectExport;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.privacy.SubjectRecord;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.training.household.HouseholdAttendanceRecorded;
import org.ketnghia.training.household.HouseholdParticipant;
import org.ketnghia.training.household.HouseholdTopic;
import org.ketnghia.training.household.OpenHouseholdClass;
import org.ketnghia.training.household.RecordHouseholdAttendance;

/**
 * A household's attendance recorded today in an encrypted ledger: each member's name is sealed under her own
 * household's key (the event lists members of several households), reads back with each key, reads masked as stand-ins,
 * and once one household is erased only its members read as erased stand-ins; the chain verifies with and without the
 * keys; the household's copy finds the attendance and shows only its own members. A plain ledger is written as before,
 * byte for byte, and the ledger recorded before takes new attendance sealed.
 */
class AttendanceProtectionTest {

    private static final String ATTENDANCE = "\"type\":\"" + HouseholdAttendanceRecorded.TYPE + "\"";

    private final SubjectKeys keys = SubjectKeys.open(AttendanceFixture.masterKey(), new InMemorySubjectKeyStore());
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);

    @Test
    void newAttendance_isStoredWithoutAnyMembersName_eachSealedUnderItsHouseholdsKey() {
        List<String> lines = recordedEncrypted();

        List<String> attendance = lines.stream().filter(line -> line.contains(ATTENDANCE)).toList();
        assertThat(attendance).hasSize(2);
        for (String name : AttendanceFixture.PRESENT_NAMES) {
            assertThat(attendance).as(name).noneMatch(line -> line.contains(name));
        }
        assertThat(attendance.get(0)).contains("\"subject\":\"household:HN-301\"", "\"subject\":\"household:HN-302\"",
                "\"subject\":\"household:HN-303\"").contains("{\"householdId\":\"HN-302\",\"memberName\":"
                        + "{\"enc\":\"aes-gcm-2\",\"t\":\"s\"},\"sealed\":{\"enc\":\"aes-gcm-2\",\"subject\":\"household:HN-302\"");
    }

    @Test
    void newAttendance_readsBackWithEachKey_replaysAndVerifies_withAndWithoutKeys() {
        List<String> lines = recordedEncrypted();

        KetnghiaRuntime reopened = opened(lines, protection);

        assertThat(AttendanceFixture.describe(reopened)).isEqualTo(AttendanceFixture.expectedAttendance());
        assertThat(reopened.ledger().verifyChain().isIntact()).isTrue();
        assertThat(verifiedWithoutKeys(lines).isIntact()).isTrue();
        assertThat(participants(lines.get(4), PayloadProtection.masked())).extracting(HouseholdParticipant::memberName)
                .containsOnly(PayloadProtection.MASKED_TEXT);
    }

    @Test
    void erasingOneHousehold_turnsOnlyItsMembersIntoStandIns_theOthersStillReveal() {
        KetnghiaRuntime runtime = encryptedRuntime();
        AttendanceFixture.recordCommands(runtime);

        new DataErasure(runtime.ledger(), keys).erase(erasure(AttendanceFixture.FIRST_HOUSEHOLD));
        List<String> lines = AttendanceFixture.written(runtime, new EventCodec(runtime.objectMapper(), protection));

        List<HouseholdParticipant> present = participants(lines.get(4), protection);
        assertThat(present).filteredOn(participant -> participant.householdId().equals(AttendanceFixture.FIRST_HOUSEHOLD))
                .extracting(HouseholdParticipant::memberName).hasSize(2).doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith(PayloadProtection.ERASED_TEXT + " #"));
        assertThat(present).filteredOn(participant -> !participant.householdId().equals(AttendanceFixture.FIRST_HOUSEHOLD))
                .extracting(HouseholdParticipant::memberName).containsExactly("Zơrâm Thị Lan", "Alăng Văn Tư");
        KetnghiaRuntime reopened = opened(lines, protection);
        assertThat(reopened.ledger().verifyChain().isIntact()).isTrue();
        assertThat(AttendanceFixture.describe(reopened)).doesNotContain("Bríu").contains("HN-302 = Zơrâm Thị Lan;",
                "HN-303 = Alăng Văn Tư;");
        assertThat(verifiedWithoutKeys(lines).isIntact()).isTrue();
    }

    @Test
    void theHouseholdsCopy_findsTheAttendance_andShowsOnlyItsOwnMembers() {
        KetnghiaRuntime runtime = opened(recordedEncrypted(), protection);
        PersonalDataAccess access = new PersonalDataAccess(runtime.ledger(), runtime.objectMapper(),
                new DefaultPermissionPolicy(), AccessLog.inMemory(), Fixtures.CLOCK);

        SubjectRecord record = access.read(new ReadPersonalData(AttendanceFixture.COMMUNE, Participants.A_XAN,
                LocalDate.of(2024, 12, 1), "household:" + AttendanceFixture.SECOND_HOUSEHOLD, "cung cấp bản sao"));

        assertThat(record.events()).extracting(event -> event.typeId()).containsExactly(
                "participant.household-registered", HouseholdAttendanceRecorded.TYPE, HouseholdAttendanceRecorded.TYPE);
        String copy = SubjectExport.json(record, runtime.objectMapper(), Fixtures.CLOCK.instant());
        assertThat(copy).contains("Zơrâm Thị Lan").doesNotContain("Bríu", "Alăng", "HN-301", "HN-303");
        assertThat(SubjectExport.html(record, runtime.objectMapper(), Fixtures.CLOCK.instant()))
                .contains("Zơrâm Thị Lan").doesNotContain("Bríu", "Alăng");
    }

    @Test
    void aPlainLedger_isWrittenAsBefore_byteForByte() {
        KetnghiaRuntime plain = AttendanceFixture.builder(Optional.empty()).eventStore(new InMemoryEventStore()).build();
        AttendanceFixture.recordCommands(plain);

        assertThat(AttendanceFixture.written(plain, new EventCodec(plain.objectMapper())))
                .containsExactlyElementsOf(AttendanceFixture.lines(AttendanceFixture.PLAIN));
    }

    /**
     * The ledger recorded before: its attendance keeps its names in the clear, also once a household is erased (the
     * hash chain forbids rewriting it), still verifies, and the attendance recorded in it today is sealed.
     */
    @Test
    void theLedgerRecordedBefore_keepsItsOldNames_andSealsTheAttendanceRecordedToday() {
        SubjectKeys recordedKeys = AttendanceFixture.restoredKeys();
        PayloadProtection recorded = PayloadProtection.withKeys(recordedKeys);
        List<String> oldLines = AttendanceFixture.lines(AttendanceFixture.ENCRYPTED);
        KetnghiaRuntime runtime = opened(oldLines, recorded);

        LocalDate day = LocalDate.of(2024, 10, 7);
        runtime.ledger().submit(OpenHouseholdClass.builder().actor(AttendanceFixture.DISTRICT)
                .unitCode(Participants.A_XAN).occurredOn(LocalDate.of(2024, 10, 1)).classId("AX-LAM-CHUONG-2024")
                .title("Tập huấn làm chuồng bò").addTopics(HouseholdTopic.BARNS).modelId("livestock")
                .sessionDays(List.of(day)).venue("Nhà văn hóa thôn A Ur").addTrainers("Trạm Chăn nuôi và Thú y huyện")
                .capacity(10).build());
        runtime.ledger().submit(RecordHouseholdAttendance.builder().actor(AttendanceFixture.COMMUNE)
                .unitCode(Participants.A_XAN).occurredOn(day).classId("AX-LAM-CHUONG-2024")
                .addParticipants(HouseholdParticipant.of("HN-303", "Alăng Văn Tư")).build());
        new DataErasure(runtime.ledger(), recordedKeys).erase(erasure(AttendanceFixture.FIRST_HOUSEHOLD));
        List<String> lines = AttendanceFixture.written(runtime, new EventCodec(runtime.objectMapper(), recorded));

        assertThat(lines.subList(0, oldLines.size())).containsExactlyElementsOf(oldLines);
        assertThat(lines.get(7)).contains(ATTENDANCE, "\"subject\":\"household:HN-303\"").doesNotContain("Alăng");
        assertThat(participants(lines.get(4), recorded)).extracting(HouseholdParticipant::memberName)
                .containsExactly("Bríu Thị Hoa", "Bríu Văn Bốn", "Zơrâm Thị Lan", "Alăng Văn Tư");
        assertThat(participants(lines.get(7), recorded)).extracting(HouseholdParticipant::memberName)
                .containsExactly("Alăng Văn Tư");
        assertThat(opened(lines, recorded).ledger().verifyChain().isIntact()).isTrue();
        assertThat(verifiedWithoutKeys(lines).isIntact()).isTrue();
    }

    /**
     * The remedy for a plain ledger: encrypting it ({@code encrypt-ledger}) writes its recorded attendance as it reads
     * today, each member's name sealed under her household's key, and the new ledger replays to the same attendance.
     */
    @Test
    void thePlainLedgerRecordedBefore_encrypted_sealsTheNamesOfItsAttendance() {
        KetnghiaRuntime plain = AttendanceFixture.builder(Optional.empty())
                .eventStore(storeOf(AttendanceFixture.lines(AttendanceFixture.PLAIN))).build();
        InMemoryEventStore encrypted = new InMemoryEventStore();

        new PlainLedgerMigration(new EventChain(plain.objectMapper()), new EventChain(plain.objectMapper(), protection))
                .migrate(plain.ledger().store(), encrypted, "Luật 91/2025/QH15: mã hóa dữ liệu cá nhân");

        EventCodec codec = new EventCodec(plain.objectMapper(), protection);
        List<String> written = encrypted.readAll().stream().map(codec::write).toList();
        for (String name : AttendanceFixture.PRESENT_NAMES) {
            assertThat(written).as(name).noneMatch(line -> line.contains(name));
        }
        KetnghiaRuntime reopened = opened(written, protection);
        assertThat(reopened.ledger().verifyChain().isIntact()).isTrue();
        assertThat(AttendanceFixture.describe(reopened)).isEqualTo(AttendanceFixture.expectedAttendance());
    }

    private static InMemoryEventStore storeOf(List<String> plainLines) {
        KetnghiaRuntime reader = AttendanceFixture.builder(Optional.empty()).build();
        EventCodec codec = new EventCodec(reader.objectMapper());
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(0, plainLines.stream().map(codec::read).toList());
        return store;
    }

    private List<String> recordedEncrypted() {
        KetnghiaRuntime runtime = encryptedRuntime();
        AttendanceFixture.recordCommands(runtime);
        return AttendanceFixture.written(runtime, new EventCodec(runtime.objectMapper(), protection));
    }

    private KetnghiaRuntime encryptedRuntime() {
        return AttendanceFixture.builder(Optional.of(protection)).eventStore(new InMemoryEventStore()).build();
    }

    private static EraseDataSubject erasure(String householdId) {
        return new EraseDataSubject(Fixtures.PROVINCE, Participants.HUNG_SON, LocalDate.of(2026, 5, 1),
                "household:" + householdId, "Điều 16 Luật 91/2025/QH15", "12/ĐN-UBND", "Hộ chuyển khỏi địa bàn");
    }

    private static List<HouseholdParticipant> participants(String line, PayloadProtection reading) {
        KetnghiaRuntime reader = AttendanceFixture.builder(Optional.empty()).build();
        return List.copyOf(new EventCodec(reader.objectMapper(), reading).read(line)
                .payloadAs(HouseholdAttendanceRecorded.class).orElseThrow().participants());
    }

    private static KetnghiaRuntime opened(List<String> lines, PayloadProtection reading) {
        KetnghiaRuntime reader = AttendanceFixture.builder(Optional.of(reading)).build();
        EventCodec codec = new EventCodec(reader.objectMapper(), reading);
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(0, lines.stream().map(codec::read).toList());
        return AttendanceFixture.builder(Optional.of(reading)).eventStore(store).build();
    }

    private static ChainVerification verifiedWithoutKeys(List<String> lines) {
        KetnghiaRuntime reader = AttendanceFixture.builder(Optional.empty()).build();
        EventCodec masked = new EventCodec(reader.objectMapper(), PayloadProtection.masked());
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(0, lines.stream().map(masked::read).toList());
        return new EventChain(reader.objectMapper(), PayloadProtection.masked()).verify(store);
    }
}
