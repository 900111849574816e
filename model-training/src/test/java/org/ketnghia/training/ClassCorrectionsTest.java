package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.training.TrainingFixtures.A_XAN;
import static org.ketnghia.training.TrainingFixtures.CHOM;
import static org.ketnghia.training.TrainingFixtures.TAY_GIANG;
import static org.ketnghia.training.TrainingFixtures.attendance;
import static org.ketnghia.training.TrainingFixtures.certificates;
import static org.ketnghia.training.TrainingFixtures.cost;
import static org.ketnghia.training.TrainingFixtures.days;
import static org.ketnghia.training.TrainingFixtures.enrol;
import static org.ketnghia.training.TrainingFixtures.openClass;
import static org.ketnghia.training.TrainingFixtures.scores;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.CancelClass;
import org.ketnghia.training.course.ClassCancelled;
import org.ketnghia.training.course.ClassRescheduled;
import org.ketnghia.training.course.CorrectScore;
import org.ketnghia.training.course.EnrolmentWithdrawn;
import org.ketnghia.training.course.RescheduleClass;
import org.ketnghia.training.course.ScoreCorrected;
import org.ketnghia.training.course.ScoreTest;
import org.ketnghia.training.course.TrainingRecords;
import org.ketnghia.training.course.WithdrawEnrolment;
import org.ketnghia.training.indicators.TrainingIndicators;

/**
 * Corrections of a class (issue 18): an enrolment withdrawn, a class rescheduled or cancelled, a score corrected —
 * each a new event with its reason, the record consistent afterwards, history kept; refusals appending nothing; who
 * may record them; their JSON.
 */
class ClassCorrectionsTest {

    static final String CLASS = "AX-NTM-2023";
    static final List<LocalDate> DAYS = days(LocalDate.of(2023, 3, 6), 3);
    static final LocalDate OPENED = LocalDate.of(2023, 3, 1);
    static final String REASON = "Theo đề nghị của UBND xã";

    private final KetnghiaRuntime runtime = TrainingFixtures.runtime();
    private final Ledger ledger = runtime.ledger();

    /** A Xan's class of three sessions for AX-1, AX-2 and AX-3, with the pre-test and the first session recorded. */
    private void aClassUnderWay() {
        TrainingYear.play(ledger);
        for (Command command : classUnderWay()) {
            ledger.submit(command);
        }
    }

    static List<Command> classUnderWay() {
        return List.of(openClass(CLASS, A_XAN, OfficialLevel.COMMUNE, OPENED, DAYS, 3, "new-rural-development").build(),
                enrol(CLASS, A_XAN, OPENED, "AX-1", "AX-2", "AX-3"),
                scores(CLASS, A_XAN, DAYS.get(0), ScoreTest.PRE, Map.of("AX-1", 30, "AX-2", 40, "AX-3", 50)),
                attendance(CLASS, A_XAN, DAYS.get(0), "AX-1", "AX-2", "AX-3"));
    }

    static final String CANCELLED_CLASS = "AX-HUY-2023";
    static final List<LocalDate> NEW_DAYS = List.of(DAYS.get(0), LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 21));

    /**
     * After the year of {@link TrainingYear} (AX-3 departed or not): A Xan's class for AX-1 and AX-2 under way, AX-1's
     * pre-test corrected, AX-2 withdrawn, the class rescheduled, and a second class cancelled before its first
     * session — every correction event.
     */
    static void playCorrections(org.ketnghia.core.simulation.CommandSink sink) {
        sink.submit(openClass(CLASS, A_XAN, OfficialLevel.COMMUNE, OPENED, DAYS, 3, "new-rural-development").build());
        sink.submit(enrol(CLASS, A_XAN, OPENED, "AX-1", "AX-2"));
        sink.submit(scores(CLASS, A_XAN, DAYS.get(0), ScoreTest.PRE, Map.of("AX-1", 30, "AX-2", 40)));
        sink.submit(attendance(CLASS, A_XAN, DAYS.get(0), "AX-1", "AX-2"));
        sink.submit(correct(CLASS, A_XAN, DAYS.get(1), ScoreTest.PRE, "AX-1", 35));
        sink.submit(withdraw(CLASS, A_XAN, DAYS.get(1), "AX-2"));
        sink.submit(reschedule(CLASS, A_XAN, DAYS.get(1), NEW_DAYS));
        sink.submit(openClass(CANCELLED_CLASS, A_XAN, OfficialLevel.COMMUNE, OPENED, days(LocalDate.of(2023, 4, 10), 2), 3,
                "new-rural-development").build());
        sink.submit(cancel(CANCELLED_CLASS, A_XAN, LocalDate.of(2023, 4, 3)));
    }

    static WithdrawEnrolment withdraw(String classId, String unit, LocalDate on, String personId) {
        return WithdrawEnrolment.builder().actor(Fixtures.PROVINCE).unitCode(unit).occurredOn(on).classId(classId)
                .personId(personId).reason(REASON).build();
    }

    static RescheduleClass reschedule(String classId, String unit, LocalDate on, List<LocalDate> days) {
        return RescheduleClass.builder().actor(Fixtures.PROVINCE).unitCode(unit).occurredOn(on).classId(classId)
                .sessionDays(days).reason("Mưa lũ, chia cắt đường vào xã").build();
    }

    static CancelClass cancel(String classId, String unit, LocalDate on) {
        return CancelClass.builder().actor(Fixtures.PROVINCE).unitCode(unit).occurredOn(on).classId(classId)
                .reason("Không đủ học viên").build();
    }

    static CorrectScore correct(String classId, String unit, LocalDate on, ScoreTest test, String personId, int score) {
        return CorrectScore.builder().actor(Fixtures.PROVINCE).unitCode(unit).occurredOn(on).classId(classId).test(test)
                .personId(personId).score(score).reason("Cộng nhầm điểm, theo biên bản chấm lại").build();
    }

    private TrainingRecords records() {
        return ledger.read(TrainingRecords.class, records -> records);
    }

    // ---------------------------------------------------------------- withdrawal

    @Test
    void aWithdrawnOfficial_isNoLongerEnrolled_attendsNoMore_andIsNotCertified_butTheirAttendanceStays() {
        aClassUnderWay();
        ledger.submit(withdraw(CLASS, A_XAN, DAYS.get(0), "AX-3"));

        assertThat(records().enrolled(CLASS)).containsExactly("AX-1", "AX-2");
        assertThat(records().isEnrolled(CLASS, "AX-3")).isFalse();
        assertThat(records().sessionsAttended(CLASS, "AX-3")).isEqualTo(1);
        assertThat(records().withdrawals(CLASS)).singleElement().satisfies(withdrawal -> {
            assertThat(withdrawal.personId()).isEqualTo("AX-3");
            assertThat(withdrawal.withdrawnOn()).isEqualTo(DAYS.get(0));
            assertThat(withdrawal.reason()).isEqualTo(REASON);
        });
        assertRefused(attendance(CLASS, A_XAN, DAYS.get(1), "AX-1", "AX-3"), TrainingErrorCode.TRAINING_NOT_ENROLLED);
        assertRefused(certificates(CLASS, A_XAN, DAYS.get(0), Map.of("AX-3", "AX-2023-009")),
                TrainingErrorCode.TRAINING_NOT_ENROLLED);
        assertRefused(withdraw(CLASS, A_XAN, DAYS.get(1), "AX-3"), TrainingErrorCode.TRAINING_NOT_ENROLLED);
        assertThat(total(TrainingIndicators.PARTICIPANTS.id(), 2023)).isEqualTo(2);
    }

    @Test
    void aCertifiedOfficial_cannotBeWithdrawn_norWithoutAReason() {
        TrainingYear.play(ledger);
        WithdrawEnrolment certified = WithdrawEnrolment.builder()
                .from(withdraw(TrainingYear.C2, A_XAN, LocalDate.of(2022, 6, 1), "AX-1")).reason(" ").build();
        KetnghiaException refusal = assertRefused(certified, TrainingErrorCode.TRAINING_WITHDRAWAL_CERTIFIED);
        assertThat(refusal.has(CoreErrorCode.VALUE_BLANK)).isTrue();
    }

    // ---------------------------------------------------------------- reschedule

    @Test
    void aRescheduledClass_takesAttendanceOnItsNewDays_andKeepsItsOldSchedule() {
        aClassUnderWay();
        List<LocalDate> newDays = List.of(DAYS.get(0), LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 21));

        ledger.submit(reschedule(CLASS, A_XAN, DAYS.get(1), newDays));

        assertThat(records().trainingClass(CLASS).orElseThrow().sessionDays()).isEqualTo(newDays);
        assertThat(records().reschedules(CLASS)).singleElement().satisfies(change -> {
            assertThat(change.previousSessionDays()).isEqualTo(DAYS);
            assertThat(change.sessionDays()).isEqualTo(newDays);
        });
        assertRefused(attendance(CLASS, A_XAN, DAYS.get(1), "AX-1"), TrainingErrorCode.TRAINING_SESSION_UNKNOWN);
        ledger.submit(attendance(CLASS, A_XAN, newDays.get(1), "AX-1", "AX-2"));
        ledger.submit(attendance(CLASS, A_XAN, newDays.get(2), "AX-1", "AX-2"));
        ledger.submit(certificates(CLASS, A_XAN, newDays.get(2), Map.of("AX-1", "AX-2023-001")));
        assertThat(records().certificate(CLASS, "AX-1")).contains("AX-2023-001");
    }

    @Test
    void aNewScheduleDroppingAHeldSession_orADayBeforeTheChange_orTheSameDays_isRefused() {
        aClassUnderWay();
        RescheduleClass dropsHeld = reschedule(CLASS, A_XAN, DAYS.get(1),
                List.of(LocalDate.of(2023, 3, 2), DAYS.get(1), DAYS.get(1)));
        KetnghiaException refusal = assertRefused(dropsHeld, TrainingErrorCode.TRAINING_SESSION_ALREADY_HELD);
        assertThat(refusal.has(TrainingErrorCode.TRAINING_SESSION_BEFORE_CHANGE)).isTrue();
        assertThat(refusal.has(CoreErrorCode.VALUE_DUPLICATE)).isTrue();
        assertRefused(reschedule(CLASS, A_XAN, DAYS.get(1), DAYS), TrainingErrorCode.TRAINING_SCHEDULE_UNCHANGED);
        assertRefused(reschedule(TrainingYear.C2, A_XAN, LocalDate.of(2022, 6, 1), days(LocalDate.of(2022, 6, 5), 2)),
                TrainingErrorCode.TRAINING_CLASS_CERTIFIED);
    }

    // ---------------------------------------------------------------- cancellation

    @Test
    void aCancelledClass_recordsNoAttendanceEnrolmentScoreOrCostAfterwards() {
        aClassUnderWay();
        ledger.submit(cancel(CLASS, A_XAN, DAYS.get(1)));

        assertThat(records().cancelledOn(CLASS)).contains(DAYS.get(1));
        assertRefused(attendance(CLASS, A_XAN, DAYS.get(1), "AX-1"), TrainingErrorCode.TRAINING_CLASS_CANCELLED);
        assertRefused(cost(CLASS, A_XAN, DAYS.get(1), "chi-huy", Money.ofMillions(1)),
                TrainingErrorCode.TRAINING_CLASS_CANCELLED);
        assertRefused(scores(CLASS, A_XAN, DAYS.get(1), ScoreTest.POST, Map.of("AX-1", 70)),
                TrainingErrorCode.TRAINING_CLASS_CANCELLED);
        assertRefused(cancel(CLASS, A_XAN, DAYS.get(2)), TrainingErrorCode.TRAINING_CLASS_CANCELLED);
        List<EventEnvelope> events = ledger.store().readAll();
        assertThat(events.get(events.size() - 1).payloadAs(ClassCancelled.class).orElseThrow().sessionsHeld())
                .isEqualTo(1);
    }

    @Test
    void aClassCancelledBeforeItsFirstSession_isNoLongerCountedAmongTheClasses_oneWithCertificatesCannotBeCancelled() {
        TrainingYear.play(ledger);
        long before = total(TrainingIndicators.CLASSES.id(), 2023);
        ledger.submit(openClass(CLASS, A_XAN, OfficialLevel.COMMUNE, OPENED, DAYS, 3, "new-rural-development").build());
        assertThat(total(TrainingIndicators.CLASSES.id(), 2023)).isEqualTo(before + 1);

        ledger.submit(cancel(CLASS, A_XAN, OPENED.plusDays(2)));

        assertThat(total(TrainingIndicators.CLASSES.id(), 2023)).isEqualTo(before);
        assertRefused(cancel(TrainingYear.C2, A_XAN, LocalDate.of(2022, 6, 1)), TrainingErrorCode.TRAINING_CLASS_CERTIFIED);
        assertRefused(cancel(TrainingYear.C2, CHOM, LocalDate.of(2022, 6, 1)), TrainingErrorCode.TRAINING_CLASS_OTHER_UNIT);
    }

    // ---------------------------------------------------------------- scores

    @Test
    void aCorrectedScore_isTheScoreInForce_theCorrectionNamesTheScoreItReplaced() {
        aClassUnderWay();
        ledger.submit(correct(CLASS, A_XAN, DAYS.get(1), ScoreTest.PRE, "AX-1", 35));

        assertThat(records().score(CLASS, ScoreTest.PRE, "AX-1")).contains(35);
        assertThat(records().scoreCorrections(CLASS)).singleElement().satisfies(corrected -> {
            assertThat(corrected.previousScore()).isEqualTo(30);
            assertThat(corrected.score()).isEqualTo(35);
            assertThat(corrected.personId()).isEqualTo("AX-1");
        });
        assertRefused(correct(CLASS, A_XAN, DAYS.get(1), ScoreTest.PRE, "AX-1", 35),
                TrainingErrorCode.TRAINING_SCORE_UNCHANGED);
        assertRefused(correct(CLASS, A_XAN, DAYS.get(1), ScoreTest.POST, "AX-1", 80),
                TrainingErrorCode.TRAINING_SCORE_NOT_RECORDED);
        assertRefused(correct(CLASS, A_XAN, DAYS.get(1), ScoreTest.PRE, "AX-2", 101),
                TrainingErrorCode.TRAINING_SCORE_OUT_OF_SCALE);
    }

    @Test
    void theAverageScoreGain_readsTheCorrectedScores() {
        TrainingYear.play(ledger);
        IndicatorValue before = value(TrainingIndicators.AVERAGE_SCORE_GAIN.id(), 2022);

        ledger.submit(correct(TrainingYear.C1, TAY_GIANG, LocalDate.of(2022, 4, 1), ScoreTest.POST, "TG-D2", 90));

        IndicatorValue after = value(TrainingIndicators.AVERAGE_SCORE_GAIN.id(), 2022);
        assertThat(after.numerator() - before.numerator()).isEqualTo(30 * 100);
        assertThat(after.denominator()).isEqualTo(before.denominator());
    }

    // ---------------------------------------------------------------- permissions

    @Test
    void permissions_theCommitteesAndTheSystemMayRecordEachCorrection_othersMayNot() {
        List<Function<Actor, Command>> corrections = List.of(
                actor -> WithdrawEnrolment.builder().from(withdraw(CLASS, A_XAN, DAYS.get(0), "AX-3")).actor(actor).build(),
                actor -> RescheduleClass.builder().from(reschedule(CLASS, A_XAN, DAYS.get(1),
                        List.of(DAYS.get(0), DAYS.get(2)))).actor(actor).build(),
                actor -> CancelClass.builder().from(cancel(CLASS, A_XAN, DAYS.get(1))).actor(actor).build(),
                actor -> CorrectScore.builder().from(correct(CLASS, A_XAN, DAYS.get(1), ScoreTest.PRE, "AX-1", 31))
                        .actor(actor).build());
        List<Actor> permitted = List.of(Fixtures.PROVINCE, Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"),
                Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG), Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN));
        Map<Actor, ErrorCode> refused = Map.of(
                Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, CHOM), LedgerErrorCode.LEDGER_PERMISSION_SCOPE,
                Actor.forSponsor("so-van-hoa", "Sở Văn hóa", TrainingFixtures.SPONSOR), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.AUDITOR, "QNA"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY,
                Fixtures.actor(ActorRole.PUBLIC, "QNA"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        for (Function<Actor, Command> correction : corrections) {
            for (Actor actor : permitted) {
                Ledger fresh = TrainingFixtures.runtime().ledger();
                TrainingYear.play(fresh);
                classUnderWay().forEach(fresh::submit);
                long before = fresh.lastSequence();
                fresh.submit(correction.apply(actor));
                assertThat(fresh.lastSequence()).as(actor.role().name()).isEqualTo(before + 1);
            }
        }
        aClassUnderWay();
        for (Function<Actor, Command> correction : corrections) {
            refused.forEach((actor, code) -> assertRefused(correction.apply(actor), code));
        }
    }

    // ---------------------------------------------------------------- JSON

    @Test
    void theNewCommandsAndEvents_roundTripToAnEqualValue_andTheSameBytes() throws Exception {
        ObjectMapper mapper = runtime.objectMapper();
        List<Command> commands = List.of(withdraw(CLASS, A_XAN, DAYS.get(0), "AX-3"),
                reschedule(CLASS, A_XAN, DAYS.get(1), DAYS), cancel(CLASS, A_XAN, DAYS.get(1)),
                correct(CLASS, A_XAN, DAYS.get(1), ScoreTest.PRE, "AX-1", 35));
        for (Command command : commands) {
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
        assertThat(mapper.writeValueAsString(sampleEvents().get(3))).isEqualTo("{\"type\":\"training.score-corrected\","
                + "\"classId\":\"AX-NTM-2023\",\"personId\":\"AX-1\",\"previousScore\":30,"
                + "\"reason\":\"Cộng nhầm điểm\",\"score\":35,\"test\":\"PRE\"}");
    }

    static List<LedgerEvent> sampleEvents() {
        return List.of(EnrolmentWithdrawn.builder().classId(CLASS).personId("AX-3").reason(REASON).build(),
                ClassRescheduled.builder().classId(CLASS).sessionDays(DAYS).previousSessionDays(DAYS.subList(0, 2))
                        .reason("Mưa lũ").build(),
                ClassCancelled.builder().classId(CLASS).reason("Không đủ học viên").sessionsHeld(1).build(),
                ScoreCorrected.builder().classId(CLASS).test(ScoreTest.PRE).personId("AX-1").previousScore(30).score(35)
                        .reason("Cộng nhầm điểm").build());
    }

    // ---------------------------------------------------------------- helpers

    private IndicatorValue value(String indicatorId, int year) {
        ReportingPeriod period = ReportingPeriod.custom(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                "Năm " + year, "Year " + year);
        Report report = new ReportBuilder(runtime.administrativeUnits())
                .addAll(TrainingFixtures.model().indicatorSources(PilotModelContext.of(runtime.administrativeUnits(),
                        runtime.clock())))
                .build(period, ledger.store().readAll());
        return report.total(indicatorId).orElse(IndicatorValue.ZERO);
    }

    private long total(String indicatorId, int year) {
        return value(indicatorId, year).numerator();
    }

    private KetnghiaException assertRefused(Command command, ErrorCode code) {
        long before = ledger.lastSequence();
        List<String> enrolled = records().enrolled(CLASS);
        Map<LocalDate, ?> attendance = records().attendance(CLASS);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ledger.submit(command));
        assertThat(thrown).isInstanceOf(KetnghiaException.class);
        KetnghiaException refusal = (KetnghiaException) thrown;
        assertThat(refusal.has(code)).as("codes %s", refusal.problems()).isTrue();
        assertThat(refusal.messageVi()).isNotBlank().doesNotContain("{0}");
        assertThat(refusal.messageEn()).isNotBlank().doesNotContain("{0}");
        assertThat(ledger.lastSequence()).isEqualTo(before);
        assertThat(records().enrolled(CLASS)).isEqualTo(enrolled);
        assertThat(records().attendance(CLASS)).isEqualTo(attendance);
        return refusal;
    }
}
