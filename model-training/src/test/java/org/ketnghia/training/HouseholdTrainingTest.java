package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.training.TrainingFixtures.A_UR;
import static org.ketnghia.training.TrainingFixtures.A_XAN;
import static org.ketnghia.training.TrainingFixtures.CHOM;
import static org.ketnghia.training.TrainingFixtures.NAM_GIANG;
import static org.ketnghia.training.TrainingFixtures.TAY_GIANG;
import static org.ketnghia.training.TrainingFixtures.days;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.household.HouseholdAttendanceRecorded;
import org.ketnghia.training.household.HouseholdClassOpened;
import org.ketnghia.training.household.HouseholdParticipant;
import org.ketnghia.training.household.HouseholdTopic;
import org.ketnghia.training.household.HouseholdTraining;
import org.ketnghia.training.household.OpenHouseholdClass;
import org.ketnghia.training.household.RecordHouseholdAttendance;
import org.ketnghia.training.indicators.TrainingIndicators;

/**
 * Technical training for households (issue 18): a class on barns and vaccination opened by the district office for A
 * Xan, attended by members of A Ur's households; reported apart from the officials' training; refusals; who may
 * record; JSON.
 */
class HouseholdTrainingTest {

    static final String CLASS = "TG-CHUONG-TRAI-2024";
    static final LocalDate OPENED = LocalDate.of(2024, 9, 2);
    static final List<LocalDate> DAYS = days(LocalDate.of(2024, 9, 9), 4);
    static final HouseholdParticipant HOA = HouseholdParticipant.of("HH-01", "Bríu Thị Hoa");
    static final HouseholdParticipant BON = HouseholdParticipant.of("HH-01", "Bríu Văn Bốn");
    static final HouseholdParticipant LAN = HouseholdParticipant.of("HH-02", "Zơrâm Thị Lan");

    private final KetnghiaRuntime runtime = TrainingFixtures.runtime();
    private final Ledger ledger = runtime.ledger();

    /** Two households of A Ur (A Xan) and one of Pà Rồng (A Nông), the class opened by Tây Giang's district office. */
    static void playHouseholdTraining(CommandSink sink) {
        sink.submit(Participants.household("HH-01", A_UR, A_XAN, Participants.head("Bríu Thị Hoa", Sex.FEMALE, 1980),
                HouseholdMember.of("Bríu Văn Bốn", Sex.MALE, 1978, HouseholdRelation.SPOUSE)).build());
        sink.submit(Participants.household("HH-02", A_UR, A_XAN, Participants.head("Zơrâm Thị Lan", Sex.FEMALE, 1990))
                .build());
        sink.submit(Participants.household("HH-09", Participants.PA_RONG, Participants.A_NONG,
                Participants.head("Hồ Văn Nam", Sex.MALE, 1985)).build());
        sink.submit(open(Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG), CLASS));
        sink.submit(attendance(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), DAYS.get(0), HOA, BON, LAN));
        sink.submit(attendance(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), DAYS.get(1), HOA, LAN));
    }

    static OpenHouseholdClass open(Actor actor, String classId) {
        return OpenHouseholdClass.builder().actor(actor).unitCode(A_XAN).occurredOn(OPENED).classId(classId)
                .title("Tập huấn kỹ thuật làm chuồng, tiêm phòng cho bò").addTopics(HouseholdTopic.VACCINATION,
                        HouseholdTopic.BARNS).modelId("livestock").sessionDays(DAYS).venue("Nhà văn hóa thôn A Ur")
                .addTrainers("Trạm Chăn nuôi và Thú y huyện").capacity(3).build();
    }

    static RecordHouseholdAttendance attendance(Actor actor, LocalDate day, HouseholdParticipant... present) {
        return RecordHouseholdAttendance.builder().actor(actor).unitCode(A_XAN).occurredOn(day).classId(CLASS)
                .addParticipants(present).build();
    }

    private HouseholdTraining training() {
        return ledger.read(HouseholdTraining.class, training -> training);
    }

    @Test
    void membersOfHouseholdsAttend_andAreReportedApartFromTheOfficials() {
        TrainingYear.play(ledger);
        ReportingPeriod year = ReportingPeriod.custom(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "Năm 2024",
                "2024");
        Report before = report(year);

        playHouseholdTraining(ledger::submit);

        assertThat(training().participants(CLASS)).containsExactly(HOA, BON, LAN);
        assertThat(training().attendance(CLASS)).containsOnlyKeys(DAYS.get(0), DAYS.get(1));
        assertThat(training().householdClass(CLASS).orElseThrow().topics())
                .containsExactly(HouseholdTopic.BARNS, HouseholdTopic.VACCINATION);
        Report after = report(year);
        assertThat(total(after, TrainingIndicators.HOUSEHOLD_CLASSES.id())).isEqualTo(1);
        assertThat(total(after, TrainingIndicators.HOUSEHOLD_PARTICIPANTS.id())).isEqualTo(3);
        assertThat(total(after, TrainingIndicators.HOUSEHOLD_PERSON_DAYS.id())).isEqualTo(5);
        assertThat(after.actual(A_XAN, TrainingIndicators.HOUSEHOLD_PARTICIPANTS.id())).contains(IndicatorValue.of(3));
        for (String officials : List.of(TrainingIndicators.CLASSES.id(), TrainingIndicators.PARTICIPANTS.id(),
                TrainingIndicators.PERSON_DAYS.id(), TrainingIndicators.OFFICIALS_TRAINED.id(),
                TrainingIndicators.COVERAGE.id())) {
            assertThat(after.total(officials)).as(officials).isEqualTo(before.total(officials));
        }
    }

    @Test
    void attendanceOfUnknownHouseholds_nonMembers_otherCommunes_orTwice_isRefused_everyProblemAtOnce() {
        playHouseholdTraining(ledger::submit);
        KetnghiaException refusal = assertRefused(attendance(Fixtures.PROVINCE, DAYS.get(2),
                HouseholdParticipant.of("HH-77", "Ai đó"), HouseholdParticipant.of("HH-02", "Người khác"),
                HouseholdParticipant.of("HH-09", "Hồ Văn Nam"), HOA, HOA),
                TrainingErrorCode.TRAINING_HOUSEHOLD_UNKNOWN);
        assertThat(refusal.has(TrainingErrorCode.TRAINING_NOT_A_HOUSEHOLD_MEMBER)).isTrue();
        assertThat(refusal.has(TrainingErrorCode.TRAINING_HOUSEHOLD_OUTSIDE_COMMUNE)).isTrue();
        assertThat(refusal.has(CoreErrorCode.VALUE_DUPLICATE)).isTrue();
        assertThat(refusal.has(TrainingErrorCode.TRAINING_CAPACITY_EXCEEDED)).isTrue();
        assertRefused(attendance(Fixtures.PROVINCE, DAYS.get(0), HOA), TrainingErrorCode.TRAINING_ATTENDANCE_ALREADY_RECORDED);
        assertRefused(attendance(Fixtures.PROVINCE, OPENED, HOA), TrainingErrorCode.TRAINING_SESSION_UNKNOWN);
        assertRefused(RecordHouseholdAttendance.builder().from(attendance(Fixtures.PROVINCE, DAYS.get(2), HOA))
                .classId("KHONG-CO").build(), TrainingErrorCode.TRAINING_HOUSEHOLD_CLASS_UNKNOWN);
        assertRefused(RecordHouseholdAttendance.builder().from(attendance(Fixtures.PROVINCE, DAYS.get(2), HOA))
                .unitCode(CHOM).build(), TrainingErrorCode.TRAINING_CLASS_OTHER_UNIT);
    }

    @Test
    void aClassOutsideACommune_withAnIdInUse_orWithoutTopicsOrSessions_isRefused() {
        TrainingYear.play(ledger);
        assertRefused(OpenHouseholdClass.builder().from(open(Fixtures.PROVINCE, CLASS)).unitCode(TAY_GIANG).build(),
                TrainingErrorCode.TRAINING_HOUSEHOLD_CLASS_NOT_IN_COMMUNE);
        assertRefused(open(Fixtures.PROVINCE, TrainingYear.C2), TrainingErrorCode.TRAINING_CLASS_ID_IN_USE);
        KetnghiaException refusal = assertRefused(OpenHouseholdClass.builder().from(open(Fixtures.PROVINCE, CLASS))
                .topics(Set.of()).sessionDays(List.of()).title(" ").capacity(0).build(), CoreErrorCode.VALUE_REQUIRED);
        assertThat(refusal.has(TrainingErrorCode.TRAINING_NO_SESSIONS)).isTrue();
        assertThat(refusal.has(CoreErrorCode.VALUE_BLANK)).isTrue();
        assertThat(refusal.has(TrainingErrorCode.TRAINING_CAPACITY_NOT_POSITIVE)).isTrue();
    }

    @Test
    void permissions_districtOfficesTheProvinceAndTheSystemOpen_theCommuneAlsoRecordsAttendance_othersMayNot() {
        playHouseholdTraining(ledger::submit);
        Map<Actor, ErrorCode> mayNotOpen = Map.of(
                Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.DISTRICT_OFFICE, NAM_GIANG), LedgerErrorCode.LEDGER_PERMISSION_SCOPE,
                Actor.forSponsor("so-van-hoa", "Sở Văn hóa", TrainingFixtures.SPONSOR), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.AUDITOR, "QNA"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY,
                Fixtures.actor(ActorRole.PUBLIC, "QNA"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        mayNotOpen.forEach((actor, code) -> assertRefused(open(actor, "KHAC"), code));
        Map<Actor, ErrorCode> mayNotRecord = Map.of(
                Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, CHOM), LedgerErrorCode.LEDGER_PERMISSION_SCOPE,
                Actor.forSponsor("so-van-hoa", "Sở Văn hóa", TrainingFixtures.SPONSOR), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.AUDITOR, "QNA"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY,
                Fixtures.actor(ActorRole.PUBLIC, "QNA"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        mayNotRecord.forEach((actor, code) -> assertRefused(attendance(actor, DAYS.get(2), HOA), code));

        List<Actor> openers = List.of(Fixtures.PROVINCE, Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"),
                Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG));
        for (int i = 0; i < openers.size(); i++) {
            long before = ledger.lastSequence();
            ledger.submit(open(openers.get(i), CLASS + "-" + i));
            assertThat(ledger.lastSequence()).as(openers.get(i).role().name()).isEqualTo(before + 1);
        }
        List<Actor> recorders = List.of(Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"),
                Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG));
        for (int i = 0; i < recorders.size(); i++) {
            long before = ledger.lastSequence();
            ledger.submit(attendance(recorders.get(i), DAYS.get(2 + i), LAN));
            assertThat(ledger.lastSequence()).as(recorders.get(i).role().name()).isEqualTo(before + 1);
        }
        ledger.submit(RecordHouseholdAttendance.builder().from(attendance(Fixtures.PROVINCE, DAYS.get(0), HOA))
                .classId(CLASS + "-0").build());
        assertThat(training().attendance(CLASS)).hasSize(4);
    }

    @Test
    void theNewTypes_roundTripToAnEqualValue_andTheSameBytes() throws Exception {
        ObjectMapper mapper = runtime.objectMapper();
        for (Command command : List.of(open(Fixtures.PROVINCE, CLASS), attendance(Fixtures.PROVINCE, DAYS.get(0), LAN,
                HOA))) {
            String json = mapper.writeValueAsString(command);
            Command back = mapper.readValue(json, Command.class);
            assertThat(back).isEqualTo(command);
            assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
        }
        for (LedgerEvent event : sampleEvents()) {
            String json = mapper.writeValueAsString(event);
            LedgerEvent back = mapper.readValue(json, LedgerEvent.class);
            assertThat(back).isEqualTo(event);
            assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
        }
        assertThat(mapper.writeValueAsString(sampleEvents().get(1))).isEqualTo(
                "{\"type\":\"training.household-attendance-recorded\",\"classId\":\"TG-CHUONG-TRAI-2024\","
                + "\"participants\":[{\"householdId\":\"HH-01\",\"memberName\":\"Bríu Thị Hoa\"},"
                + "{\"householdId\":\"HH-02\",\"memberName\":\"Zơrâm Thị Lan\"}]}");
    }

    static List<LedgerEvent> sampleEvents() {
        return List.of(HouseholdClassOpened.builder().from((org.ketnghia.training.household.HouseholdClassFacts)
                        open(Fixtures.PROVINCE, CLASS)).build(),
                HouseholdAttendanceRecorded.builder().classId(CLASS).addParticipants(LAN, HOA).build());
    }

    private Report report(ReportingPeriod period) {
        return new ReportBuilder(runtime.administrativeUnits())
                .addAll(TrainingFixtures.model().indicatorSources(PilotModelContext.of(runtime.administrativeUnits(),
                        runtime.clock())))
                .build(period, ledger.store().readAll());
    }

    private static long total(Report report, String indicatorId) {
        return report.total(indicatorId).orElse(IndicatorValue.ZERO).numerator();
    }

    private KetnghiaException assertRefused(Command command, ErrorCode code) {
        long before = ledger.lastSequence();
        int classes = training().classes().size();
        Map<LocalDate, Set<HouseholdParticipant>> attended = training().attendance(CLASS);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ledger.submit(command));
        assertThat(thrown).isInstanceOf(KetnghiaException.class);
        KetnghiaException refusal = (KetnghiaException) thrown;
        assertThat(refusal.has(code)).as("codes %s", refusal.problems()).isTrue();
        assertThat(refusal.messageVi()).isNotBlank().doesNotContain("{0}");
        assertThat(refusal.messageEn()).isNotBlank().doesNotContain("{0}");
        assertThat(ledger.lastSequence()).isEqualTo(before);
        assertThat(training().classes()).hasSize(classes);
        assertThat(training().attendance(CLASS)).isEqualTo(attended);
        return refusal;
    }
}
