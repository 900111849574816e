package org.ketnghia.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Participants.A_NONG;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;
import static org.ketnghia.testing.Participants.IN_2024;
import static org.ketnghia.testing.Participants.PA_RONG;
import static org.ketnghia.testing.Participants.TAY_GIANG_DISTRICT;
import static org.ketnghia.testing.Participants.head;
import static org.ketnghia.testing.Participants.household;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;
import org.ketnghia.core.participant.privacy.SensitiveAccessor;
import org.ketnghia.core.participant.privacy.SensitiveData;
import org.ketnghia.core.participant.privacy.SensitiveKind;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/** Household changes and corrections: recorded as new events with a reason, the history kept. */
class HouseholdChangesTest {

    static final LocalDate MAY = LocalDate.of(2024, 5, 2);
    static final LocalDate AUGUST = LocalDate.of(2024, 8, 1);
    static final String HOA = "Bríu Thị Hoa";
    static final String LUC = "Bríu Văn Lực";
    static final String NAM = "Bríu Thị Năm";

    private KetnghiaRuntime runtime;

    @BeforeEach
    void registerHouseholds() {
        runtime = Participants.runtime();
        runtime.ledger().submit(household("HN-001", A_UR, A_XAN, head(HOA, Sex.FEMALE, 1975),
                HouseholdMember.of(LUC, Sex.MALE, 2001, HouseholdRelation.CHILD),
                HouseholdMember.of(NAM, Sex.FEMALE, 2003, HouseholdRelation.CHILD)).build());
        runtime.ledger().submit(household("HN-002", A_UR, A_XAN, head("Alăng Văn Bốn", Sex.MALE, 1950)).build());
    }

    private <T> T read(java.util.function.Function<ParticipantRegistry, T> query) {
        return runtime.ledger().read(ParticipantRegistry.class, query::apply);
    }

    private List<HouseholdChange> history(String householdId) {
        return read(r -> r.householdHistory(householdId));
    }

    private List<Household> within(String unitCode, LocalDate date) {
        return read(r -> r.householdsWithin(unitCode, date, Participants.units()));
    }

    private List<Household> households() {
        return read(ParticipantRegistry::households);
    }

    static AddHouseholdMember addMember(String householdId) {
        return AddHouseholdMember.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(MAY)
                .householdId(householdId).member(HouseholdMember.of("Bríu Văn Mới", Sex.MALE, 2024, HouseholdRelation.GRANDCHILD))
                .reason("Giấy khai sinh số 12/2024").build();
    }

    static ChangeHouseholdHead changeHead() {
        return ChangeHouseholdHead.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(MAY).householdId("HN-001")
                .newHeadName(LUC).formerHeadRelation(HouseholdRelation.PARENT).reason("Chủ hộ cũ cao tuổi, đề nghị của hộ")
                .build();
    }

    static RemoveHouseholdMember removeMember() {
        return RemoveHouseholdMember.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(MAY)
                .householdId("HN-001").memberName(NAM).reason("Kết hôn, chuyển khẩu").build();
    }

    static MoveHousehold move() {
        return MoveHousehold.builder().actor(Fixtures.PROVINCE).unitCode(TAY_GIANG_DISTRICT).occurredOn(MAY)
                .householdId("HN-002").villageCode(PA_RONG).reason("Tái định cư").build();
    }

    static SplitHousehold split() {
        return SplitHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(MAY).householdId("HN-001")
                .newHouseholdId("HN-003").addMemberNames(LUC, NAM).newHeadName(LUC).reason("Tách hộ theo đơn ngày 20/4/2024")
                .build();
    }

    static MergeHouseholds merge() {
        return MergeHouseholds.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(MAY).householdId("HN-001")
                .absorbedHouseholdId("HN-002").addAbsorbedMember("Alăng Văn Bốn", HouseholdRelation.PARENT)
                .reason("Nhập hộ theo đơn ngày 20/4/2024").build();
    }

    static CorrectHouseholdEthnicity correctEthnicity() {
        return CorrectHouseholdEthnicity.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(MAY)
                .householdId("HN-001").ethnicity("Giẻ Triêng").reason("Ghi nhầm; căn cứ giấy khai sinh").build();
    }

    static CorrectMemberBirthYear correctBirthYear() {
        return CorrectMemberBirthYear.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(MAY)
                .householdId("HN-001").memberName(HOA).birthYear(1977).reason("Ghi nhầm; căn cứ căn cước").build();
    }

    @Test
    void headChange_keepsWhoWasTheHeadOnEachDate() {
        runtime.ledger().submit(changeHead());

        assertThat(read(r -> r.headAsOf("HN-001", IN_2024)).orElseThrow().fullName()).isEqualTo(HOA);
        assertThat(read(r -> r.headAsOf("HN-001", MAY)).orElseThrow().fullName()).isEqualTo(LUC);
        assertThat(read(r -> r.household("HN-001")).orElseThrow().members())
                .extracting(HouseholdMember::fullName, HouseholdMember::relation)
                .containsExactly(tuple(HOA, HouseholdRelation.PARENT), tuple(LUC, HouseholdRelation.HEAD),
                        tuple(NAM, HouseholdRelation.CHILD));
        assertThat(history("HN-001"))
                .extracting(HouseholdChange::kind, HouseholdChange::occurredOn, HouseholdChange::reason)
                .containsExactly(tuple(HouseholdChange.Kind.HEAD_CHANGED, MAY, "Chủ hộ cũ cao tuổi, đề nghị của hộ"));
    }

    @Test
    void membersAddedAndRemoved_countFromTheirDate() {
        runtime.ledger().submit(addMember("HN-001"));
        runtime.ledger().submit(removeMember());

        assertThat(read(r -> r.householdAsOf("HN-001", IN_2024)).orElseThrow().members()).extracting(HouseholdMember::fullName)
                .containsExactly(HOA, LUC, NAM);
        assertThat(read(r -> r.household("HN-001")).orElseThrow().members()).extracting(HouseholdMember::fullName)
                .containsExactly(HOA, LUC, "Bríu Văn Mới");
    }

    @Test
    void move_placesTheHouseholdInItsVillageOfTheDate() {
        runtime.ledger().submit(move());

        assertThat(within(A_XAN, IN_2024)).extracting(Household::id)
                .containsExactly("HN-001", "HN-002");
        assertThat(within(A_XAN, AUGUST)).extracting(Household::id)
                .containsExactly("HN-001");
        assertThat(within(A_NONG, AUGUST)).extracting(Household::id)
                .containsExactly("HN-002");
    }

    @Test
    void split_formsANewHousehold_andMerge_endsTheAbsorbedOne() {
        runtime.ledger().submit(split());
        runtime.ledger().submit(MergeHouseholds.builder().from(merge()).occurredOn(AUGUST).build());

        Household newHousehold = read(r -> r.household("HN-003")).orElseThrow();
        assertThat(newHousehold.head().fullName()).isEqualTo(LUC);
        assertThat(newHousehold.registeredOn()).isEqualTo(MAY);
        assertThat(newHousehold.ethnicityCode()).isEqualTo("26");
        assertThat(read(r -> r.household("HN-001")).orElseThrow().members())
                .extracting(HouseholdMember::fullName, HouseholdMember::relation)
                .containsExactly(tuple(HOA, HouseholdRelation.HEAD), tuple("Alăng Văn Bốn", HouseholdRelation.PARENT));
        assertThat(households()).extracting(Household::id).containsExactly("HN-001", "HN-003");
        assertThat(read(ParticipantRegistry::householdCount)).isEqualTo(2);
        java.util.Optional<LocalDate> ended = read(r -> r.householdEndedOn("HN-002"));
        java.util.Optional<Household> beforeMerger = read(r -> r.householdAsOf("HN-002", MAY));
        java.util.Optional<Household> afterMerger = read(r -> r.householdAsOf("HN-002", AUGUST));
        assertThat(ended).contains(AUGUST);
        assertThat(beforeMerger).isPresent();
        assertThat(afterMerger).isEmpty();
        assertRefused(AddHouseholdMember.builder().from(addMember("HN-002")).occurredOn(AUGUST).build(), ParticipantRegistryErrorCode.PARTICIPANT_HOUSEHOLD_ENDED);
    }

    @Test
    void everyKindOfChange_isSavedInASnapshot_andRestoredAsAFullReplayWouldFoldIt() {
        runtime.ledger().submit(Participants.status("HN-001", A_XAN, 2024, org.ketnghia.core.participant.poverty.PovertyCategory.POOR));
        runtime.ledger().submit(Participants.status("HN-002", A_XAN, 2023, org.ketnghia.core.participant.poverty.PovertyCategory.NEAR_POOR));
        runtime.ledger().submit(correctEthnicity());
        runtime.ledger().submit(correctBirthYear());
        runtime.ledger().submit(split());
        runtime.ledger().submit(MergeHouseholds.builder().from(merge()).occurredOn(AUGUST).build());
        runtime.ledger().submit(MoveHousehold.builder().from(move()).householdId("HN-003").occurredOn(AUGUST).build());
        runtime.ledger().submit(AddHouseholdMember.builder().from(addMember("HN-001")).occurredOn(AUGUST).build());

        assertThat(history("HN-001")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @Test
    void corrections_holdForEveryDate_andTheHistoryKeepsWhatWasFirstRecorded() {
        runtime.ledger().submit(correctEthnicity());
        runtime.ledger().submit(correctBirthYear());

        Household asRegistered = read(r -> r.householdAsOf("HN-001", IN_2024)).orElseThrow();
        assertThat(asRegistered.ethnicityCode()).isEqualTo("27");
        assertThat(asRegistered.head().birthYear()).isEqualTo(1977);
        assertThat(history("HN-001"))
                .extracting(HouseholdChange::kind).containsExactly(HouseholdChange.Kind.ETHNICITY_CORRECTED,
                        HouseholdChange.Kind.BIRTH_YEAR_CORRECTED);
        assertRefused(correctEthnicity(), ParticipantRegistryErrorCode.PARTICIPANT_NOTHING_TO_CORRECT);
    }

    @Test
    void correctedEthnicityAndBirthYear_areMarkedSensitive() {
        assertThat(SensitiveData.accessorsOf(HouseholdEthnicityCorrected.class)).extracting(SensitiveAccessor::path)
                .containsExactly("ethnicityCode");
        assertThat(SensitiveData.accessorsOf(CorrectHouseholdEthnicity.class)).extracting(SensitiveAccessor::kinds)
                .containsExactly(Set.of(SensitiveKind.ETHNICITY));
        assertThat(SensitiveData.accessorsOf(MemberBirthYearCorrected.class)).extracting(SensitiveAccessor::path)
                .containsExactly("birthYear");
        assertThat(SensitiveData.reachableFrom(HouseholdChange.class)).extracting(SensitiveAccessor::path)
                .contains("household.ethnicityCode", "household.members.birthYear");
    }

    @Test
    void changesWithEveryProblem_reportThemAllAndAppendNothing() {
        assertRefused(AddHouseholdMember.builder().from(addMember("HN-404")).reason(" ")
                        .member(HouseholdMember.of(" ", Sex.MALE, 1850, HouseholdRelation.HEAD)).build(),
                ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_HOUSEHOLD, CoreErrorCode.VALUE_BLANK,
                CoreErrorCode.VALUE_BLANK, ParticipantRegistryErrorCode.PARTICIPANT_BIRTH_YEAR_OUT_OF_RANGE,
                ParticipantRegistryErrorCode.PARTICIPANT_HEAD_RELATION_NOT_ALLOWED);
        assertRefused(AddHouseholdMember.builder().from(addMember("HN-001"))
                        .member(HouseholdMember.of(LUC, Sex.MALE, 2001, HouseholdRelation.CHILD)).occurredOn(LocalDate.of(2024, 1, 1))
                        .build(),
                ParticipantRegistryErrorCode.PARTICIPANT_MEMBER_EXISTS, ParticipantRegistryErrorCode.PARTICIPANT_CHANGE_BEFORE_LAST);
        assertRefused(RemoveHouseholdMember.builder().from(removeMember()).memberName(HOA).build(),
                ParticipantRegistryErrorCode.PARTICIPANT_HEAD_MUST_STAY);
        assertRefused(RemoveHouseholdMember.builder().from(removeMember()).memberName("Không Có").build(),
                ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_MEMBER);
        assertRefused(ChangeHouseholdHead.builder().from(changeHead()).newHeadName(HOA)
                        .formerHeadRelation(HouseholdRelation.HEAD).build(),
                ParticipantRegistryErrorCode.PARTICIPANT_ALREADY_HEAD,
                ParticipantRegistryErrorCode.PARTICIPANT_HEAD_RELATION_NOT_ALLOWED);
        assertRefused(MoveHousehold.builder().from(move()).villageCode(A_UR).build(),
                ParticipantRegistryErrorCode.PARTICIPANT_SAME_VILLAGE);
        assertRefused(MoveHousehold.builder().from(move()).unitCode(A_XAN).build(),
                ParticipantRegistryErrorCode.PARTICIPANT_OUTSIDE_UNIT);
        assertRefused(SplitHousehold.builder().from(split()).newHouseholdId("HN-002").memberNames(List.of(HOA, LUC, NAM))
                        .newHeadName("Không Có").build(),
                ParticipantRegistryErrorCode.PARTICIPANT_DUPLICATE_ID, ParticipantRegistryErrorCode.PARTICIPANT_NEW_HEAD_NOT_LEAVING,
                ParticipantRegistryErrorCode.PARTICIPANT_HEAD_MUST_STAY, ParticipantRegistryErrorCode.PARTICIPANT_NO_MEMBER_LEFT);
        assertRefused(MergeHouseholds.builder().from(merge()).absorbedHouseholdId("HN-001")
                        .absorbedMembers(List.of(AbsorbedMember.of(LUC, HouseholdRelation.HEAD))).build(),
                ParticipantRegistryErrorCode.PARTICIPANT_SAME_HOUSEHOLD,
                ParticipantRegistryErrorCode.PARTICIPANT_HEAD_RELATION_NOT_ALLOWED,
                ParticipantRegistryErrorCode.PARTICIPANT_MEMBER_EXISTS,
                ParticipantRegistryErrorCode.PARTICIPANT_RELATIONS_INCOMPLETE);
        assertRefused(CorrectHouseholdEthnicity.builder().from(correctEthnicity()).ethnicity("Klingon").build(),
                ParticipantErrorCode.PARTICIPANT_UNKNOWN_ETHNICITY);
        assertRefused(CorrectMemberBirthYear.builder().from(correctBirthYear()).birthYear(1975).build(),
                ParticipantRegistryErrorCode.PARTICIPANT_NOTHING_TO_CORRECT);
        assertThat(history("HN-001")).isEmpty();
    }

    @Test
    void aMerge_namesEachProblemsFieldAndRule_atOnce_byPlaceInTheList() {
        runtime.ledger().submit(household("HN-004", A_UR, A_XAN, head("Zơrâm Văn Lâm", Sex.MALE, 1960),
                HouseholdMember.of("Zơrâm Thị Bé", Sex.FEMALE, 1962, HouseholdRelation.SPOUSE)).build());
        MergeHouseholds wrong = MergeHouseholds.builder().from(merge()).absorbedHouseholdId("HN-004")
                .absorbedMembers(List.of(AbsorbedMember.of("Zơrâm Văn Lâm", HouseholdRelation.HEAD),
                        AbsorbedMember.of(LUC, HouseholdRelation.CHILD),
                        AbsorbedMember.of("Zơrâm Văn Lâm", HouseholdRelation.PARENT)))
                .build();

        assertThatThrownBy(() -> runtime.ledger().submit(wrong)).isInstanceOfSatisfying(KetnghiaException.class,
                refused -> assertThat(refused.problems()).extracting(Problem::code, Problem::field).containsExactly(
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_HEAD_RELATION_NOT_ALLOWED, "absorbedMembers[0].relation"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_MEMBER_EXISTS, "absorbedMembers[1].fullName"),
                        tuple(CoreErrorCode.VALUE_DUPLICATE, "absorbedMembers[2].fullName"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_RELATIONS_INCOMPLETE, "absorbedMembers")));
        assertThat(history("HN-001")).isEmpty();
    }

    private void assertRefused(Command command, ErrorCode... codes) {
        long before = runtime.ledger().lastSequence();
        assertThatThrownBy(() -> runtime.ledger().submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code).containsExactlyInAnyOrder(codes));
        assertThat(runtime.ledger().lastSequence()).as("a refused command appends nothing").isEqualTo(before);
    }

    static Stream<Arguments> everyCommandForEveryRole() {
        List<Command> commands = List.of(addMember("HN-001"), removeMember(), changeHead(), move(), split(), merge(),
                correctEthnicity(), correctBirthYear());
        return commands.stream().flatMap(command -> Stream.of(ActorRole.values()).map(role -> Arguments.of(command, role)));
    }

    /** The committees and the system record household changes within their scope; nobody else does. */
    @ParameterizedTest(name = "{1} records {0}")
    @MethodSource("everyCommandForEveryRole")
    void householdChanges_areRecordedOnlyByTheCommitteesAndTheSystem(Command command, ActorRole role) {
        Set<ActorRole> permitted = EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
                ActorRole.COMMUNE_COMMITTEE);
        Actor actor = switch (role) {
            case SYSTEM -> Actor.system("he-thong");
            case SPONSOR -> Actor.forSponsor("so", "Sở Tài chính", "so-tai-chinh");
            case PROVINCIAL_COMMITTEE -> Fixtures.actor(role, "QNA");
            case DISTRICT_OFFICE -> Fixtures.actor(role, TAY_GIANG_DISTRICT);
            default -> Fixtures.actor(role, A_XAN);
        };
        Command asRole = withActor(command, actor);
        if (command instanceof MoveHousehold && role == ActorRole.COMMUNE_COMMITTEE) {
            // a move between communes is recorded by the district: a commune committee is out of scope
            assertThatThrownBy(() -> runtime.ledger().submit(asRole)).isInstanceOfSatisfying(KetnghiaException.class,
                    e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_SCOPE)).isTrue());
        } else if (permitted.contains(role)) {
            assertThat(runtime.ledger().submit(asRole)).hasSize(1);
        } else {
            long before = runtime.ledger().lastSequence();
            assertThatThrownBy(() -> runtime.ledger().submit(asRole)).isInstanceOfSatisfying(KetnghiaException.class,
                    e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_ROLE)
                            || e.has(LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY)).as(e.getMessage()).isTrue());
            assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
        }
    }

    @Test
    void moveAcrossCommunes_needsAUnitContainingBoth_andACommuneCommitteeOnlyItsOwn() {
        assertThatThrownBy(() -> runtime.ledger().submit(MoveHousehold.builder().from(move())
                .actor(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN)).build()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_SCOPE)).isTrue());
        assertThat(runtime.ledger().submit(MoveHousehold.builder().from(move())
                .actor(Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG_DISTRICT)).build())).hasSize(1);
        assertThatThrownBy(() -> runtime.ledger().submit(AddHouseholdMember.builder().from(addMember("HN-001"))
                .actor(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_NONG)).build()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_SCOPE)).isTrue());
    }

    private static Command withActor(Command command, Actor actor) {
        if (command instanceof AddHouseholdMember c) {
            return AddHouseholdMember.builder().from(c).actor(actor).build();
        } else if (command instanceof RemoveHouseholdMember c) {
            return RemoveHouseholdMember.builder().from(c).actor(actor).build();
        } else if (command instanceof ChangeHouseholdHead c) {
            return ChangeHouseholdHead.builder().from(c).actor(actor).build();
        } else if (command instanceof MoveHousehold c) {
            return MoveHousehold.builder().from(c).actor(actor).build();
        } else if (command instanceof SplitHousehold c) {
            return SplitHousehold.builder().from(c).actor(actor).build();
        } else if (command instanceof MergeHouseholds c) {
            return MergeHouseholds.builder().from(c).actor(actor).build();
        } else if (command instanceof CorrectHouseholdEthnicity c) {
            return CorrectHouseholdEthnicity.builder().from(c).actor(actor).build();
        } else if (command instanceof CorrectMemberBirthYear c) {
            return CorrectMemberBirthYear.builder().from(c).actor(actor).build();
        }
        throw new IllegalArgumentException(command.toString());
    }
}
