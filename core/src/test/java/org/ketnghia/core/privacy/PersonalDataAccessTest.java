package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Participants.A_NONG;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.DefaultPermissionPolicy;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.PovertyStatusRecorded;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

class PersonalDataAccessTest {

    private static final LocalDate READ_ON = LocalDate.of(2024, 6, 1);
    private static final Actor COMMUNE = Actor.forUnit("ubnd-a-xan", "UBND xã A Xan", ActorRole.COMMUNE_COMMITTEE, A_XAN);

    private final PayloadProtection protection = PayloadProtection.withKeys(
            SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore()));
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
            .clock(Fixtures.CLOCK).personalDataProtection(protection).build();

    @TempDir
    Path folder;

    private PersonalDataAccess access(AccessLog log) {
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-001").villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName("Bríu Thị Hoa").sex(Sex.FEMALE).birthYear(1968)
                        .relation(HouseholdRelation.HEAD).idNumber("049175001234").build())
                .build());
        runtime.ledger().submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 2)).householdId("HN-001").year(2024).category(PovertyCategory.POOR)
                .basis("Quyết định 12/QĐ-UBND").build());
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-002").villageCode(A_UR).ethnicity("Kinh")
                .addMembers(HouseholdMember.of("Alăng Văn Bốn", Sex.MALE, 1971, HouseholdRelation.HEAD)).build());
        return new PersonalDataAccess(runtime.ledger(), runtime.objectMapper(), new DefaultPermissionPolicy(), log,
                Fixtures.CLOCK);
    }

    @Test
    void aCommuneOfficialInScope_readsTheHouseholdsData_andTheReadIsLoggedInAChain() {
        AccessLog log = AccessLog.inFile(folder.resolve("access-log.jsonl"));
        PersonalDataAccess access = access(log);

        SubjectRecord record = access.read(new ReadPersonalData(COMMUNE, A_XAN, READ_ON, "household:HN-001",
                "xác minh hồ sơ hộ nghèo"));
        access.read(new ReadPersonalData(COMMUNE, A_XAN, READ_ON, "household:HN-002", "đối chiếu danh sách"));

        assertThat(record.events()).hasSize(2);
        assertThat(record.events().get(1).payload()).isInstanceOf(PovertyStatusRecorded.class);
        assertThat(record.erased()).isFalse();
        List<AccessLogEntry> entries = AccessLog.inFile(folder.resolve("access-log.jsonl")).entries();
        assertThat(entries).extracting(AccessLogEntry::subject).containsExactly("household:HN-001", "household:HN-002");
        assertThat(entries.get(0).actorId()).isEqualTo("ubnd-a-xan");
        assertThat(entries.get(0).purpose()).isEqualTo("xác minh hồ sơ hộ nghèo");
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(AccessLog.inFile(folder.resolve("access-log.jsonl")).verify()).isEmpty();
    }

    @Test
    void anAlteredLogEntry_breaksTheChainFromThere() throws Exception {
        Path file = folder.resolve("access-log.jsonl");
        PersonalDataAccess access = access(AccessLog.inFile(file));
        access.read(new ReadPersonalData(COMMUNE, A_XAN, READ_ON, "household:HN-001", "xác minh"));
        access.read(new ReadPersonalData(COMMUNE, A_XAN, READ_ON, "household:HN-002", "đối chiếu"));

        Files.writeString(file, Files.readString(file).replace("đối chiếu", "tò mò"));

        assertThat(AccessLog.inFile(file).verify()).contains(2L);
    }

    @Test
    void anAuditor_anOfficialOutOfScope_andABlankPurpose_areRefused_andNothingIsLogged() {
        AccessLog log = AccessLog.inMemory();
        PersonalDataAccess access = access(log);
        Actor auditor = Actor.forUnit("kiem-toan", "Kiểm toán nhà nước", ActorRole.AUDITOR, A_XAN);
        Actor otherCommune = Actor.forUnit("ubnd-a-nong", "UBND xã A Nông", ActorRole.COMMUNE_COMMITTEE, A_NONG);

        for (ReadPersonalData refused : List.of(new ReadPersonalData(auditor, A_XAN, READ_ON, "household:HN-001", "kiểm toán"),
                new ReadPersonalData(otherCommune, A_XAN, READ_ON, "household:HN-001", "xem"))) {
            assertThatThrownBy(() -> access.read(refused)).isInstanceOfSatisfying(KetnghiaException.class,
                    e -> assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_READ_REFUSED));
        }
        assertThatThrownBy(() -> access.read(new ReadPersonalData(COMMUNE, A_XAN, READ_ON, "household:HN-001", " ")))
                .isInstanceOf(KetnghiaException.class);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void theSubjectsCopy_holdsTheirDataInTheClear_asJsonAndAsAVietnamesePage() {
        PersonalDataAccess access = access(AccessLog.inMemory());
        SubjectRecord record = access.read(new ReadPersonalData(COMMUNE, A_XAN, READ_ON, "household:HN-001",
                "yêu cầu của chủ thể"));

        String json = SubjectExport.json(record, runtime.objectMapper(), Fixtures.CLOCK.instant());
        String html = SubjectExport.html(record, runtime.objectMapper(), Fixtures.CLOCK.instant());

        assertThat(json).contains("\"subject\" : \"household:HN-001\"").contains("049175001234").contains("Bríu Thị Hoa")
                .contains("participant.poverty-status-recorded").doesNotContain("Alăng");
        assertThat(html).contains("<html lang=\"vi\">").contains("Bản sao dữ liệu cá nhân").contains("Bríu Thị Hoa")
                .contains("049175001234").contains("Quyết định 12/QĐ-UBND").doesNotContain("Alăng");
    }
}
