package org.ketnghia.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Participants.A_NONG;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;
import static org.ketnghia.testing.Participants.head;
import static org.ketnghia.testing.Participants.household;

import org.ketnghia.testing.Participants;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class HouseholdRegistrationTest {

    private final KetnghiaRuntime runtime = Participants.runtime();

    @Test
    void validHousehold_isRecordedWithTheOfficialEthnicityCode() {
        runtime.ledger().submit(household("HN-001", A_UR, A_XAN,
                head("Bríu Thị Hoa", Sex.FEMALE, 1975),
                HouseholdMember.builder().fullName("Bríu Văn Lực").sex(Sex.MALE).birthYear(2001)
                        .relation(HouseholdRelation.CHILD).idNumber("049201001234").build())
                .ethnicity("Katu").build());

        Household registered = runtime.ledger().read(ParticipantRegistry.class, r -> r.household("HN-001")).orElseThrow();
        assertThat(registered.ethnicityCode()).isEqualTo("26");
        assertThat(registered.villageCode()).isEqualTo(A_UR);
        assertThat(registered.head().fullName()).isEqualTo("Bríu Thị Hoa");
        assertThat(registered.isWomanHeaded()).isTrue();
        assertThat(registered.isEthnicMinority()).isTrue();
        assertThat(registered.members()).hasSize(2);
        assertThat(registered.registeredOn()).isEqualTo(Participants.IN_2024);
    }

    @Test
    void subGroupName_resolvesToItsGroup() {
        runtime.ledger().submit(household("HN-002", A_UR, A_XAN, head("Hồ Văn Minh", Sex.MALE, 1980))
                .ethnicity("Ca Dong").build());

        assertThat(runtime.ledger().read(ParticipantRegistry.class, r -> r.household("HN-002")).orElseThrow()
                .ethnicityCode()).isEqualTo("14");
    }

    @Test
    void householdWithEveryProblem_reportsThemAllAndAppendsNothing() {
        runtime.ledger().submit(household("HN-001", A_UR, A_XAN, head("Bríu Thị Hoa", Sex.FEMALE, 1975)).build());
        long before = runtime.ledger().lastSequence();

        RegisterHousehold bad = household("HN-001", "QNA.TAY-GIANG.A-XAN.NOWHERE", A_XAN,
                head(" ", Sex.FEMALE, 1850),
                head("Alăng Văn Bốn", Sex.MALE, 2030),
                HouseholdMember.builder().fullName("Alăng Thị Năm").sex(Sex.FEMALE).birthYear(2010)
                        .relation(HouseholdRelation.CHILD).idNumber("12AB").build())
                .ethnicity("Klingon").build();

        assertThatThrownBy(() -> runtime.ledger().submit(bad)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_DUPLICATE_ID, "householdId"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_VILLAGE, "villageCode"),
                        tuple(ParticipantErrorCode.PARTICIPANT_UNKNOWN_ETHNICITY, "ethnicity"),
                        tuple(CoreErrorCode.VALUE_BLANK, "members[0].fullName"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_BIRTH_YEAR_OUT_OF_RANGE, "members[0].birthYear"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_BIRTH_YEAR_OUT_OF_RANGE, "members[1].birthYear"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_INVALID_ID_NUMBER, "members[2].idNumber"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_MULTIPLE_HEADS, "members")));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
        assertThat(runtime.ledger().read(ParticipantRegistry.class, ParticipantRegistry::householdCount)).isEqualTo(1);
    }

    @Test
    void invalidIdNumber_isNotQuotedInTheMessage() {
        RegisterHousehold bad = household("HN-003", A_UR, A_XAN, HouseholdMember.builder().fullName("Clâu Thị Ba")
                .sex(Sex.FEMALE).birthYear(1990).relation(HouseholdRelation.HEAD).idNumber("04919X").build()).build();

        assertThatThrownBy(() -> runtime.ledger().submit(bad)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.messageVi() + e.messageEn() + e.getMessage()).doesNotContain("04919X"));
    }

    @Test
    void householdWithoutHead_orWithoutMembers_isRejected() {
        RegisterHousehold noHead = household("HN-004", A_UR, A_XAN,
                HouseholdMember.of("Bling Văn Sáu", Sex.MALE, 1990, HouseholdRelation.SPOUSE)).build();
        RegisterHousehold noMembers = household("HN-005", A_UR, A_XAN).build();

        assertThatThrownBy(() -> runtime.ledger().submit(noHead)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactly(ParticipantRegistryErrorCode.PARTICIPANT_HEAD_MISSING));
        assertThatThrownBy(() -> runtime.ledger().submit(noMembers)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code)
                        .containsExactly(ParticipantRegistryErrorCode.PARTICIPANT_NO_MEMBERS));
        assertThat(runtime.ledger().lastSequence()).isZero();
    }

    @Test
    void villageOutsideTheRecordingCommune_orACommuneGivenAsVillage_isRejected() {
        RegisterHousehold outside = household("HN-006", A_UR, A_NONG, head("Bhling Thị Bảy", Sex.FEMALE, 1988)).build();
        RegisterHousehold notVillage = household("HN-007", A_XAN, A_XAN, head("Bhling Văn Tám", Sex.MALE, 1988)).build();

        assertThatThrownBy(() -> runtime.ledger().submit(outside)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code, Problem::field)
                        .containsExactly(tuple(ParticipantRegistryErrorCode.PARTICIPANT_OUTSIDE_UNIT, "villageCode")));
        assertThatThrownBy(() -> runtime.ledger().submit(notVillage)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code, Problem::field)
                        .containsExactly(tuple(ParticipantRegistryErrorCode.PARTICIPANT_NOT_A_VILLAGE, "villageCode")));
        assertThat(runtime.ledger().lastSequence()).isZero();
    }

    @Test
    void villageAfterTheMerger_isRecordedUnderTheNewCommune() {
        RegisterHousehold afterMerger = household("HN-008", A_UR, A_XAN, head("Pơloong Thị Chín", Sex.FEMALE, 1992))
                .unitCode(Participants.HUNG_SON).occurredOn(Participants.FIRST_DAY_OF_MERGERS).build();

        assertThat(runtime.ledger().submit(afterMerger)).hasSize(1);
        assertThat(runtime.ledger().read(ParticipantRegistry.class, ParticipantRegistry::households))
                .extracting(Household::id).isEqualTo(List.of("HN-008"));
    }
}
