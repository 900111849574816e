package org.ketnghia.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;
import static org.ketnghia.testing.Participants.IN_2024;
import static org.ketnghia.testing.Participants.head;
import static org.ketnghia.testing.Participants.household;

import org.ketnghia.testing.Participants;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

class PersonAndOrganisationTest {

    private final KetnghiaRuntime runtime = Participants.runtime();

    @BeforeEach
    void registerHouseholds() {
        runtime.ledger().submit(household("HN-001", A_UR, A_XAN, head("Bríu Thị Hoa", Sex.FEMALE, 1975)).build());
        runtime.ledger().submit(household("HN-002", A_UR, A_XAN, head("Alăng Văn Bốn", Sex.MALE, 1969)).build());
    }

    @Test
    void official_isRegisteredWithPositionUnitAndUnions() {
        runtime.ledger().submit(official("CB-001").build());

        Person person = person("CB-001").orElseThrow();
        assertThat(person.hasRole(PersonRole.OFFICIAL)).isTrue();
        assertThat(person.position()).contains("Phó Chủ tịch UBND xã");
        assertThat(person.workUnitCode()).contains(A_XAN);
        assertThat(person.unions()).containsExactly(UnionMembership.WOMENS_UNION);
        assertThat(person.ethnicityCode()).contains("26");
    }

    @Test
    void personWithEveryProblem_reportsThemAllAndAppendsNothing() {
        runtime.ledger().submit(official("CB-001").build());
        long before = runtime.ledger().lastSequence();
        RegisterPerson bad = official("CB-001").fullName("").birthYear(1899).ethnicity("Martian")
                .position(Optional.empty()).workUnitCode("QNA.NOWHERE").idNumber("1").build();

        assertThatThrownBy(() -> runtime.ledger().submit(bad)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_DUPLICATE_ID, "personId"),
                        tuple(CoreErrorCode.VALUE_BLANK, "fullName"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_BIRTH_YEAR_OUT_OF_RANGE, "birthYear"),
                        tuple(ParticipantErrorCode.PARTICIPANT_UNKNOWN_ETHNICITY, "ethnicity"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_OFFICIAL_POSITION_MISSING, "position"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_UNIT, "workUnitCode"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_INVALID_ID_NUMBER, "idNumber")));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
    }

    @Test
    void householdGroup_isRegisteredAndGainsMembers() {
        runtime.ledger().submit(organisation("TO-DE-01", OrganisationKind.HOUSEHOLD_GROUP).addMemberHouseholdIds("HN-001")
                .build());
        runtime.ledger().submit(AddOrganisationMembers.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                .organisationId("TO-DE-01").addHouseholdIds("HN-002").build());

        Organisation group = runtime.ledger().read(ParticipantRegistry.class, r -> r.organisation("TO-DE-01")).orElseThrow();
        assertThat(group.memberHouseholdIds()).containsExactly("HN-001", "HN-002");
        List<Organisation> groups = runtime.ledger().read(ParticipantRegistry.class,
                registry -> registry.organisations(OrganisationKind.HOUSEHOLD_GROUP));
        assertThat(groups).extracting(Organisation::id).containsExactly("TO-DE-01");
        runtime.ledger().submit(official("CB-001").build());
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @Test
    void cooperativeWithoutBusinessRegistration_andUnknownMembers_isRejected() {
        RegisterOrganisation bad = organisation("HTX-01", OrganisationKind.COOPERATIVE)
                .addMemberHouseholdIds("HN-001", "HN-404").addMemberPersonIds("CB-404").build();

        assertThatThrownBy(() -> runtime.ledger().submit(bad)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code, Problem::field).containsExactly(
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_BUSINESS_REGISTRATION_REQUIRED, "businessRegistration"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_HOUSEHOLD, "memberHouseholdIds[1]"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_PERSON, "memberPersonIds[0]")));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(2);
    }

    @Test
    void cooperativeWithRegistration_isRegistered_butAddingAnExistingMemberIsRejected() {
        runtime.ledger().submit(organisation("HTX-01", OrganisationKind.COOPERATIVE).addMemberHouseholdIds("HN-001")
                .businessRegistration(new BusinessRegistration("4000123456", LocalDate.of(2023, 5, 2),
                        "Phòng Tài chính - Kế hoạch huyện Tây Giang")).build());

        assertThat(runtime.ledger().read(ParticipantRegistry.class, r -> r.organisation("HTX-01")).orElseThrow()
                .businessRegistration()).map(BusinessRegistration::number).contains("4000123456");
        AddOrganisationMembers again = AddOrganisationMembers.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(IN_2024).organisationId("HTX-01").addHouseholdIds("HN-001").build();
        assertThatThrownBy(() -> runtime.ledger().submit(again)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code, Problem::field).containsExactly(
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_ALREADY_MEMBER, "householdIds[0]")));
    }

    private Optional<Person> person(String id) {
        return runtime.ledger().read(ParticipantRegistry.class, registry -> registry.person(id));
    }

    static RegisterPerson.Builder official(String id) {
        RegisterPerson.Builder builder = RegisterPerson.builder();
        builder.actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).personId(id).fullName("Zơrâm Thị Lan")
                .sex(Sex.FEMALE).birthYear(1985).ethnicity("Cơ-tu").addRoles(PersonRole.OFFICIAL)
                .addUnions(UnionMembership.WOMENS_UNION).position("Phó Chủ tịch UBND xã").workUnitCode(A_XAN)
                .idNumber("049185001122");
        return builder;
    }

    static RegisterOrganisation.Builder organisation(String id, OrganisationKind kind) {
        RegisterOrganisation.Builder builder = RegisterOrganisation.builder();
        builder.actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(IN_2024).organisationId(id)
                .name("Tổ nhóm hộ nuôi dê thôn A Ur").kind(kind);
        return builder;
    }
}
