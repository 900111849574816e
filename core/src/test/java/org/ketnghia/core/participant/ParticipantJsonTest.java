package org.ketnghia.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;
import static org.ketnghia.testing.Participants.IN_2024;

import org.ketnghia.testing.Participants;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.internal.ParticipantsFeature;
import org.ketnghia.core.participant.poverty.Area;
import org.ketnghia.core.participant.poverty.PovertyAssessment;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;
import org.ketnghia.core.participant.poverty.PovertyClassifier;
import org.ketnghia.testing.Fixtures;

class ParticipantJsonTest {

    private static final ObjectMapper MAPPER = Participants.runtime().objectMapper();

    private static final PovertyClassification POOR = PovertyClassifier.official().classify(PovertyAssessment.builder()
            .assessmentDate(LocalDate.of(2023, 11, 1)).area(Area.RURAL).monthlyIncomePerPerson(Money.ofDong(1_234_567))
            .addDeprivations("employment", "health-insurance", "water-source").build());

    private static final HouseholdMember HEAD = HouseholdMember.builder().fullName("Bríu Thị Hoa").sex(Sex.FEMALE)
            .birthYear(1975).relation(HouseholdRelation.HEAD).idNumber("049175001234").build();

    static Stream<LedgerEvent> events() {
        Household household = Household.builder().id("HN-001").villageCode(A_UR).ethnicityCode("26").addMembers(HEAD)
                .registeredOn(IN_2024).build();
        Person person = Person.builder().id("CB-001").fullName("Zơrâm Thị Lan").sex(Sex.FEMALE).birthYear(1985)
                .ethnicityCode("26").addRoles(PersonRole.OFFICIAL).addUnions(UnionMembership.WOMENS_UNION)
                .position("Phó Chủ tịch UBND xã").workUnitCode(A_XAN).unitCode(A_XAN).idNumber("049185001122")
                .registeredOn(IN_2024).build();
        Organisation organisation = Organisation.builder().id("HTX-01").name("Hợp tác xã Nông nghiệp A Xan")
                .kind(OrganisationKind.COOPERATIVE).unitCode(A_XAN)
                .businessRegistration(new BusinessRegistration("4000123456", LocalDate.of(2023, 5, 2), "Phòng TC-KH"))
                .addMemberHouseholdIds("HN-001").addMemberPersonIds("CB-001").registeredOn(IN_2024).build();
        return Stream.of(
                HouseholdRegistered.builder().household(household).build(),
                PovertyStatusRecorded.builder().householdId("HN-001").year(2024).category(PovertyCategory.POOR)
                        .classification(POOR).basis("Quyết định 123/QĐ-UBND").build(),
                PovertyStatusCorrected.builder().householdId("HN-001").year(2024).category(PovertyCategory.NEAR_POOR)
                        .basis("Quyết định 15/QĐ-UBND").reason("Phúc tra").build(),
                PersonRegistered.builder().person(person).build(),
                OrganisationRegistered.builder().organisation(organisation).build(),
                OrganisationMembersAdded.builder().organisationId("HTX-01").addHouseholdIds("HN-002")
                        .addPersonIds("CB-002").build(),
                HouseholdMemberAdded.builder().householdId("HN-001").member(HEAD).reason("Khai sinh").build(),
                HouseholdMemberRemoved.builder().householdId("HN-001").memberName("Bríu Văn Lực").reason("Chuyển khẩu")
                        .build(),
                HouseholdHeadChanged.builder().householdId("HN-001").newHeadName("Bríu Văn Lực")
                        .formerHeadRelation(HouseholdRelation.PARENT).reason("Đề nghị của hộ").build(),
                HouseholdMoved.builder().householdId("HN-001").fromVillageCode(A_UR).villageCode("QNA.X.Y.Z")
                        .reason("Tái định cư").build(),
                HouseholdSplit.builder().householdId("HN-001").newHouseholdId("HN-009").addMemberNames("B", "A")
                        .newHeadName("A").villageCode(A_UR).reason("Tách hộ").build(),
                HouseholdsMerged.builder().householdId("HN-001").absorbedHouseholdId("HN-002")
                        .addAbsorbedMembers(AbsorbedMember.of("Z", HouseholdRelation.PARENT),
                                AbsorbedMember.of("A", HouseholdRelation.OTHER))
                        .reason("Nhập hộ").build(),
                HouseholdEthnicityCorrected.builder().householdId("HN-001").ethnicityCode("27").reason("Ghi nhầm").build(),
                MemberBirthYearCorrected.builder().householdId("HN-001").memberName("Bríu Thị Hoa").birthYear(1977)
                        .reason("Ghi nhầm").build(),
                PovertyReviewWindowSet.builder().windowStart(MonthDay.of(9, 1)).windowEnd(MonthDay.of(12, 14))
                        .effectiveFrom(LocalDate.of(2024, 1, 1)).basis("Nghị định 07/2021/NĐ-CP").build(),
                PovertyReviewResultsPosted.builder().postingId("NY-RS-2025").reviewYear(2025)
                        .addPlaces("Trụ sở UBND xã").postedFrom(LocalDate.of(2024, 12, 20))
                        .postedUntil(LocalDate.of(2024, 12, 30)).postedBy("Công chức xã")
                        .addRows(PovertyReviewRow.of("Bríu Thị Hoa", A_UR, "A Ur", PovertyCategory.POOR),
                                PovertyReviewRow.of("Alăng Văn Bốn", A_UR, "A Ur", PovertyCategory.NEWLY_ESCAPED))
                        .build(),
                PovertyReviewResultsPosted.builder().postingId("NY-RS-2026").reviewYear(2026)
                        .addPlaces("Loa truyền thanh").postedFrom(LocalDate.of(2025, 12, 20))
                        .postedUntil(LocalDate.of(2025, 12, 20)).postedBy("UBND xã").build());
    }

    static Stream<Command> commands() {
        return Stream.of(
                RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                        .householdId("HN-001").villageCode(A_UR).ethnicity("Ca Dong").addMembers(HEAD).build(),
                RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                        .householdId("HN-001").year(2024).classification(POOR).basis("Quyết định 123/QĐ-UBND").build(),
                CorrectPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                        .householdId("HN-001").year(2024).category(PovertyCategory.NEAR_POOR).basis("QĐ 15")
                        .reason("Phúc tra").build(),
                PersonAndOrganisationTest.official("CB-001").build(),
                PersonAndOrganisationTest.organisation("HTX-01", OrganisationKind.ENTERPRISE)
                        .businessRegistration(new BusinessRegistration("4000123456", LocalDate.of(2023, 5, 2), "Sở KH-ĐT"))
                        .addMemberHouseholdIds("HN-001").build(),
                AddOrganisationMembers.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                        .organisationId("HTX-01").addPersonIds("CB-001").build(),
                HouseholdChangesTest.addMember("HN-001"), HouseholdChangesTest.removeMember(),
                HouseholdChangesTest.changeHead(), HouseholdChangesTest.move(), HouseholdChangesTest.split(),
                SplitHousehold.builder().from(HouseholdChangesTest.split()).villageCode(A_UR).build(),
                HouseholdChangesTest.merge(), HouseholdChangesTest.correctEthnicity(),
                HouseholdChangesTest.correctBirthYear(), PovertyReviewTest.window(),
                SetPovertyReviewWindow.builder().from(PovertyReviewTest.window()).windowStart(MonthDay.of(10, 1))
                        .windowEnd(MonthDay.of(11, 30)).build(),
                PovertyReviewTest.posting());
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_roundTripsThroughLedgerEvent(LedgerEvent event) throws Exception {
        String json = MAPPER.writeValueAsString(event);

        assertThat(json).contains("\"type\":\"participant.");
        assertThat(MAPPER.readValue(json, LedgerEvent.class)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_roundTripsThroughCommand(Command command) throws Exception {
        String json = MAPPER.writeValueAsString(command);

        assertThat(json).contains("\"type\":\"participant.");
        assertThat(MAPPER.readValue(json, Command.class)).isEqualTo(command);
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_keepsItsBytesThroughARoundTrip(LedgerEvent event) throws Exception {
        String json = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event);

        assertThat(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(MAPPER.readValue(json, LedgerEvent.class)))
                .isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_keepsItsBytesThroughARoundTrip(Command command) throws Exception {
        String json = MAPPER.writerFor(Command.class).writeValueAsString(command);

        assertThat(MAPPER.writerFor(Command.class).writeValueAsString(MAPPER.readValue(json, Command.class)))
                .isEqualTo(json);
    }

    @Test
    void everyDeclaredType_isCovered() {
        ParticipantsFeature feature = new ParticipantsFeature();
        assertThat(events().<Class<?>>map(event -> event.getClass().getSuperclass()).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(feature.eventTypes());
        assertThat(commands().<Class<?>>map(command -> command.getClass().getSuperclass()).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(Fixtures.commandTypes(feature));
    }
}
