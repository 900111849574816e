package org.ketnghia.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Participants.A_NONG;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;
import static org.ketnghia.testing.Participants.HUNG_SON;
import static org.ketnghia.testing.Participants.PA_RONG;
import static org.ketnghia.testing.Participants.TAY_GIANG_DISTRICT;
import static org.ketnghia.testing.Participants.head;
import static org.ketnghia.testing.Participants.household;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
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
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.poverty.Area;
import org.ketnghia.core.participant.poverty.PovertyAssessment;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;
import org.ketnghia.core.participant.poverty.PovertyClassifier;
import org.ketnghia.core.participant.privacy.SensitiveData;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/** The annual poverty review: its window (1 September – 14 December by default) and the public posting of results. */
class PovertyReviewTest {

    static final String PROVINCE = "QNA";
    static final String HOA = "Bríu Thị Hoa";
    static final String HOA_ID_NUMBER = "049175001234";
    static final LocalDate JANUARY_2024 = LocalDate.of(2024, 1, 2);
    static final LocalDate OCTOBER_2024 = LocalDate.of(2024, 10, 15);
    static final LocalDate POSTING_DAY = LocalDate.of(2024, 12, 20);

    private KetnghiaRuntime runtime;

    @BeforeEach
    void registerHouseholds() {
        runtime = Participants.runtime();
        runtime.ledger().submit(household("HN-001", A_UR, A_XAN,
                HouseholdMember.builder().from(head(HOA, Sex.FEMALE, 1975)).idNumber(HOA_ID_NUMBER).build(),
                HouseholdMember.of("Bríu Văn Lực", Sex.MALE, 2001, HouseholdRelation.CHILD)).build());
        runtime.ledger().submit(household("HN-002", A_UR, A_XAN, head("Alăng Văn Bốn", Sex.MALE, 1950)).build());
        runtime.ledger().submit(household("HN-003", A_UR, A_XAN, head("Alăng Thị Ba", Sex.FEMALE, 1968)).build());
        runtime.ledger().submit(household("HN-101", PA_RONG, A_NONG, head("Pơloong Văn Tư", Sex.MALE, 1980)).build());
    }

    private PovertyReviewRegister register() {
        return runtime.ledger().read(PovertyReviewRegister.class, register -> register);
    }

    private List<PovertyReviewWindow> windows() {
        return register().windows();
    }

    private Optional<PovertyReviewWindow> windowFor(String unitCode, LocalDate date) {
        return register().windowFor(unitCode, date, Participants.units());
    }

    private List<PovertyReviewPosting> postingsOf(String communeCode) {
        return register().postingsOf(communeCode);
    }

    private List<PovertyStatus> statusHistory(String householdId, int year) {
        return runtime.ledger().read(ParticipantRegistry.class, registry -> registry.povertyStatusHistory(householdId, year));
    }

    static SetPovertyReviewWindow window() {
        return SetPovertyReviewWindow.builder().actor(Fixtures.PROVINCE).unitCode(PROVINCE).occurredOn(JANUARY_2024)
                .effectiveFrom(JANUARY_2024).basis("Nghị định 07/2021/NĐ-CP; Kế hoạch rà soát của UBND tỉnh").build();
    }

    static RecordPovertyStatus status(String householdId, int year, LocalDate recordedOn, PovertyCategory category) {
        return RecordPovertyStatus.builder().from(Participants.status(householdId, A_XAN, year, category))
                .occurredOn(recordedOn).build();
    }

    static CorrectPovertyStatus correction(LocalDate recordedOn) {
        return CorrectPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(recordedOn)
                .householdId("HN-001").year(2025).category(PovertyCategory.NEAR_POOR)
                .basis("Quyết định 15/QĐ-UBND ngày 5/3/2025").reason("Phúc tra theo đơn đề nghị ngày 20/2/2025").build();
    }

    static PostPovertyReviewResults posting() {
        return PostPovertyReviewResults.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(POSTING_DAY)
                .postingId("NY-RS-2025-A-XAN").reviewYear(2025).addPlaces("Trụ sở UBND xã", "Nhà văn hóa thôn A Ur")
                .postedFrom(POSTING_DAY).postedUntil(POSTING_DAY.plusDays(10))
                .postedBy("Công chức Lao động - Thương binh và Xã hội xã").build();
    }

    @Test
    void defaultWindow_isFirstSeptemberToFourteenthDecember() {
        runtime.ledger().submit(window());

        assertThat(windows()).singleElement().satisfies(window -> {
            assertThat(window.windowStart()).isEqualTo(MonthDay.of(9, 1));
            assertThat(window.windowEnd()).isEqualTo(MonthDay.of(12, 14));
            assertThat(window.unitCode()).isEqualTo(PROVINCE);
            assertThat(window.firstDayFor(2025)).isEqualTo(LocalDate.of(2024, 9, 1));
            assertThat(window.lastDayFor(2025)).isEqualTo(LocalDate.of(2024, 12, 14));
        });
    }

    @Test
    void withoutAWindow_aStatusIsRecordedOnAnyDate() {
        assertThat(runtime.ledger().submit(status("HN-001", 2025, LocalDate.of(2024, 3, 5), PovertyCategory.POOR)))
                .hasSize(1);
        assertThat(runtime.ledger().submit(status("HN-002", 2024, LocalDate.of(2024, 6, 30), PovertyCategory.POOR)))
                .hasSize(1);
    }

    @Test
    void whileAWindowIsInForce_aStatusForYearYIsRecordedWithinTheWindowOfYearBefore() {
        runtime.ledger().submit(window());

        assertThat(runtime.ledger().submit(status("HN-001", 2025, LocalDate.of(2024, 9, 1), PovertyCategory.POOR)))
                .hasSize(1);
        assertThat(runtime.ledger().submit(status("HN-002", 2025, LocalDate.of(2024, 12, 14), PovertyCategory.POOR)))
                .hasSize(1);
        assertRefused(status("HN-003", 2025, LocalDate.of(2024, 8, 31), PovertyCategory.POOR),
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_OUTSIDE_WINDOW);
        assertRefused(status("HN-003", 2025, LocalDate.of(2024, 12, 15), PovertyCategory.POOR),
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_OUTSIDE_WINDOW);
        assertRefused(status("HN-003", 2024, OCTOBER_2024, PovertyCategory.POOR),
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_OUTSIDE_WINDOW);
        assertThat(statusHistory("HN-003", 2024)).isEmpty();
        assertThat(statusHistory("HN-003", 2025))
                .as("a refused status changes no projection").isEmpty();
    }

    @Test
    void statusOutsideTheWindow_isRefusedWithAMessageNamingTheWindowAndTheDate() {
        runtime.ledger().submit(window());

        assertThatThrownBy(() -> runtime.ledger().submit(status("HN-001", 2025, LocalDate.of(2025, 2, 3),
                PovertyCategory.POOR))).isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    Problem problem = e.problems().get(0);
                    assertThat(problem.code()).isEqualTo(PovertyReviewErrorCode.PARTICIPANT_REVIEW_OUTSIDE_WINDOW);
                    assertThat(problem.field()).isEqualTo("occurredOn");
                    assertThat(problem.messageVi()).contains("2025", "01/09/2024", "14/12/2024", "03/02/2025", PROVINCE);
                    assertThat(problem.messageEn()).contains("01/09/2024", "14/12/2024", "03/02/2025", "correction");
                });
    }

    @Test
    void aMistake_isCorrectedAtAnyTime_outsideTheWindow() {
        runtime.ledger().submit(window());
        runtime.ledger().submit(status("HN-001", 2025, OCTOBER_2024, PovertyCategory.POOR));

        assertThat(runtime.ledger().submit(correction(LocalDate.of(2025, 3, 5)))).hasSize(1);

        assertThat(statusHistory("HN-001", 2025))
                .extracting(PovertyStatus::category, PovertyStatus::recordedOn)
                .containsExactly(tuple(PovertyCategory.POOR, OCTOBER_2024),
                        tuple(PovertyCategory.NEAR_POOR, LocalDate.of(2025, 3, 5)));
    }

    @Test
    void aWindowCountsFromItsDate_andALaterOneSupersedesIt() {
        runtime.ledger().submit(SetPovertyReviewWindow.builder().from(window()).effectiveFrom(LocalDate.of(2024, 6, 1))
                .build());
        assertThat(runtime.ledger().submit(status("HN-001", 2024, LocalDate.of(2024, 5, 31), PovertyCategory.POOR)))
                .as("before the window is in force nothing is checked").hasSize(1);

        runtime.ledger().submit(SetPovertyReviewWindow.builder().from(window()).occurredOn(LocalDate.of(2024, 7, 1))
                .effectiveFrom(LocalDate.of(2024, 7, 1)).windowStart(MonthDay.of(10, 1)).windowEnd(MonthDay.of(11, 30))
                .basis("Kế hoạch rà soát năm 2024").build());

        assertRefused(status("HN-002", 2025, LocalDate.of(2024, 9, 15), PovertyCategory.POOR),
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_OUTSIDE_WINDOW);
        assertThat(runtime.ledger().submit(status("HN-002", 2025, LocalDate.of(2024, 10, 1), PovertyCategory.POOR)))
                .hasSize(1);
        assertThat(windowFor(A_UR, LocalDate.of(2024, 6, 15)))
                .hasValueSatisfying(window -> assertThat(window.windowStart()).isEqualTo(MonthDay.of(9, 1)));
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @Test
    void aProvincesWindow_coversItsVillagesOnlyWhileTheyAreInIt() {
        runtime.ledger().submit(window());

        assertThat(windowFor(A_UR, LocalDate.of(2025, 6, 30))).isPresent();
        assertThat(windowFor(A_UR, LocalDate.of(2025, 7, 1)))
                .as("A Ur lies in Đà Nẵng from 1 July 2025, which sets its own window").isEmpty();
    }

    @Test
    void windowRefusals_listEveryProblem() {
        assertRefused(SetPovertyReviewWindow.builder().from(window()).windowStart(MonthDay.of(12, 14))
                .windowEnd(MonthDay.of(9, 1)).build(), PovertyReviewErrorCode.PARTICIPANT_REVIEW_WINDOW_INVERTED);
        assertRefused(SetPovertyReviewWindow.builder().from(window()).unitCode(A_XAN).basis(" ").build(),
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_NOT_A_PROVINCE, CoreErrorCode.VALUE_BLANK);
        assertRefused(SetPovertyReviewWindow.builder().from(window()).effectiveFrom(LocalDate.of(2025, 7, 1)).build(),
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_NOT_A_PROVINCE);
        assertThat(windows()).isEmpty();
    }

    @Test
    void posting_listsTheCommunesHouseholdsOnTheListWithOnlyPublicFacts() {
        recordStatusesFor2025();

        List<EventEnvelope> recorded = runtime.ledger().submit(posting());

        PovertyReviewResultsPosted posted = (PovertyReviewResultsPosted) recorded.get(0).payload();
        assertThat(posted.rows()).extracting(PovertyReviewRow::headName, PovertyReviewRow::villageCode,
                        PovertyReviewRow::villageName, PovertyReviewRow::category)
                .containsExactly(tuple("Alăng Thị Ba", A_UR, "A Ur", PovertyCategory.NEWLY_ESCAPED),
                        tuple(HOA, A_UR, "A Ur", PovertyCategory.NEAR_POOR));
        assertThat(postingsOf(A_XAN)).singleElement().satisfies(posting -> {
            assertThat(posting.communeCode()).isEqualTo(A_XAN);
            assertThat(posting.posted()).isEqualTo(posted);
            assertThat(posting.posted().places()).containsExactly("Trụ sở UBND xã", "Nhà văn hóa thôn A Ur");
            assertThat(posting.posted().postedUntil()).isEqualTo(LocalDate.of(2024, 12, 30));
        });
        assertThat(register().postingsOf(A_XAN, 2024)).isEmpty();
        assertThat(postingsOf(A_NONG)).isEmpty();
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @Test
    void aMergedCommunesSuccessor_postsForTheVillagesItTookOver() {
        recordStatusesFor2025();
        PostPovertyReviewResults afterMerger = PostPovertyReviewResults.builder().from(posting())
                .unitCode(HUNG_SON).postingId("NY-RS-2025-HUNG-SON").occurredOn(LocalDate.of(2025, 7, 10))
                .postedFrom(LocalDate.of(2025, 7, 10)).postedUntil(LocalDate.of(2025, 7, 20)).build();

        PovertyReviewResultsPosted posted = (PovertyReviewResultsPosted) runtime.ledger().submit(afterMerger).get(0)
                .payload();

        assertThat(posted.rows()).extracting(PovertyReviewRow::headName).containsExactly("Alăng Thị Ba", HOA);
        // recorded on A Xan's last day for a posting after it: A Xan is no longer a commune then
        assertRefused(PostPovertyReviewResults.builder().from(afterMerger).unitCode(A_XAN).postingId("NY-2")
                .occurredOn(LocalDate.of(2025, 6, 30)).build(),
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_NOT_A_COMMUNE);
    }

    @Test
    void postingRefusals_listEveryProblem() {
        runtime.ledger().submit(posting());

        assertRefused(PostPovertyReviewResults.builder().from(posting()).unitCode(TAY_GIANG_DISTRICT)
                .postedUntil(POSTING_DAY.minusDays(1)).places(List.of()).postedBy(" ").reviewYear(2027).build(),
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_DUPLICATE_POSTING,
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_NOT_A_COMMUNE,
                ParticipantRegistryErrorCode.PARTICIPANT_STATUS_YEAR_OUT_OF_RANGE, CoreErrorCode.PERIOD_INVERTED,
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_NO_POSTING_PLACE, CoreErrorCode.VALUE_BLANK);
        assertRefused(PostPovertyReviewResults.builder().from(posting()).postingId("NY-3").places(List.of(" ")).build(),
                CoreErrorCode.VALUE_BLANK);
        assertThat(postingsOf(TAY_GIANG_DISTRICT)).isEmpty();
        assertThat(postingsOf(A_XAN)).hasSize(1);
    }

    @Test
    void postingsEventAndJson_holdNoSensitiveDataOfTheHouseholdsListed() throws Exception {
        PovertyClassification classified = PovertyClassifier.official().classify(PovertyAssessment.builder()
                .assessmentDate(OCTOBER_2024).area(Area.RURAL).monthlyIncomePerPerson(Money.ofDong(1_234_567))
                .addDeprivations("employment", "health-insurance", "water-source").build());
        runtime.ledger().submit(RecordPovertyStatus.builder().from(status("HN-001", 2025, OCTOBER_2024,
                PovertyCategory.POOR)).classification(classified).build());

        List<EventEnvelope> recorded = runtime.ledger().submit(posting());

        assertThat(SensitiveData.reachableFrom(PovertyReviewResultsPosted.class)).isEmpty();
        assertThat(SensitiveData.reachableFrom(PostPovertyReviewResults.class)).isEmpty();
        assertThat(SensitiveData.reachableFrom(PovertyReviewPosting.class)).isEmpty();
        assertThat(SensitiveData.accessorNames(PovertyReviewRow.class))
                .containsExactly("category", "headName", "villageCode", "villageName");
        ObjectMapper mapper = runtime.objectMapper();
        String json = mapper.writerFor(LedgerEvent.class).writeValueAsString(recorded.get(0).payload());
        assertThat(mapper.writeValueAsString(recorded.get(0))).contains(HOA).doesNotContain(HOA_ID_NUMBER, "Cơ Tu",
                "ethnicity", "birthYear", "idNumber", "income", "deprivation", "classification");
        assertThat(json).contains(HOA, "A Ur", "POOR")
                .doesNotContain(HOA_ID_NUMBER, "1975", "1234567", "1234", "26", "Cơ Tu", "ethnicity", "birthYear",
                        "idNumber", "income", "deprivation", "classification", "employment", "water-source");
    }

    private void recordStatusesFor2025() {
        runtime.ledger().submit(status("HN-001", 2025, OCTOBER_2024, PovertyCategory.NEAR_POOR));
        runtime.ledger().submit(status("HN-002", 2025, OCTOBER_2024, PovertyCategory.AVERAGE_LIVING_STANDARD));
        runtime.ledger().submit(status("HN-003", 2025, OCTOBER_2024, PovertyCategory.NEWLY_ESCAPED));
        runtime.ledger().submit(RecordPovertyStatus.builder().from(Participants.status("HN-101", A_NONG, 2025,
                PovertyCategory.POOR)).build());
    }

    private void assertRefused(Command command, ErrorCode... codes) {
        long before = runtime.ledger().lastSequence();
        assertThatThrownBy(() -> runtime.ledger().submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code).containsExactlyInAnyOrder(codes));
        assertThat(runtime.ledger().lastSequence()).as("a refused command appends nothing").isEqualTo(before);
    }

    static Stream<Arguments> everyRole() {
        return Stream.of(ActorRole.values()).map(Arguments::of);
    }

    private static Actor actorFor(ActorRole role) {
        return switch (role) {
            case SYSTEM -> Actor.system("he-thong");
            case SPONSOR -> Actor.forSponsor("so", "Sở Tài chính", "so-tai-chinh");
            case PROVINCIAL_COMMITTEE -> Fixtures.actor(role, PROVINCE);
            case DISTRICT_OFFICE -> Fixtures.actor(role, TAY_GIANG_DISTRICT);
            default -> Fixtures.actor(role, A_XAN);
        };
    }

    /** Only the system and the provincial committee set the province's review window. */
    @ParameterizedTest(name = "{0} sets the review window")
    @MethodSource("everyRole")
    void reviewWindow_isSetOnlyByTheSystemAndTheProvincialCommittee(ActorRole role) {
        SetPovertyReviewWindow command = SetPovertyReviewWindow.builder().from(window()).actor(actorFor(role)).build();
        assertPermitted(command, role, EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE));
        assertThat(windows()).hasSize(
                EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE).contains(role) ? 1 : 0);
    }

    /** The committees and the system post a commune's review results within their scope; nobody else does. */
    @ParameterizedTest(name = "{0} posts the review results")
    @MethodSource("everyRole")
    void reviewResults_arePostedOnlyByTheCommitteesAndTheSystem(ActorRole role) {
        PostPovertyReviewResults command = PostPovertyReviewResults.builder().from(posting()).actor(actorFor(role)).build();
        assertPermitted(command, role, EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE,
                ActorRole.DISTRICT_OFFICE, ActorRole.COMMUNE_COMMITTEE));
    }

    @Test
    void anotherCommunesCommittee_cannotPostForACommune() {
        assertThatThrownBy(() -> runtime.ledger().submit(PostPovertyReviewResults.builder().from(posting())
                .actor(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_NONG)).build()))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_SCOPE)).isTrue());
    }

    private void assertPermitted(Command command, ActorRole role, Set<ActorRole> permitted) {
        if (permitted.contains(role)) {
            assertThat(runtime.ledger().submit(command)).hasSize(1);
        } else {
            long before = runtime.ledger().lastSequence();
            assertThatThrownBy(() -> runtime.ledger().submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                    e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_ROLE)
                            || e.has(LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY)).as(e.getMessage()).isTrue());
            assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
        }
    }
}
