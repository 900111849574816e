package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ketnghia.training.HouseholdTrainingTest.BON;
import static org.ketnghia.training.HouseholdTrainingTest.CLASS;
import static org.ketnghia.training.HouseholdTrainingTest.DAYS;
import static org.ketnghia.training.HouseholdTrainingTest.HOA;
import static org.ketnghia.training.HouseholdTrainingTest.LAN;
import static org.ketnghia.training.HouseholdTrainingTest.OPENED;
import static org.ketnghia.training.TrainingFixtures.A_XAN;
import static org.ketnghia.training.TrainingFixtures.CHOM;
import static org.ketnghia.training.TrainingFixtures.NAM_GIANG;
import static org.ketnghia.training.TrainingFixtures.TAY_GIANG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.InMemorySnapshotStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.LedgerOpening;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.ledger.SnapshotForm;
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
import org.ketnghia.training.household.CancelHouseholdClass;
import org.ketnghia.training.household.HouseholdClassCancelled;
import org.ketnghia.training.household.HouseholdClassRescheduled;
import org.ketnghia.training.household.HouseholdTopic;
import org.ketnghia.training.household.HouseholdTraining;
import org.ketnghia.training.household.OpenHouseholdClass;
import org.ketnghia.training.household.RecordHouseholdAttendance;
import org.ketnghia.training.household.RescheduleHouseholdClass;
import org.ketnghia.training.indicators.TrainingIndicators;

/**
 * Corrections of a technical class for households: a class rescheduled after a flood (held sessions kept, attendance
 * on the new days only) or cancelled at harvest (no attendance afterwards, what was held kept) — each a new event
 * with its reason; refusals naming every problem at once with its code and field; who may record them; the household
 * class count; JSON; a snapshot saved before these corrections existed.
 */
class HouseholdClassCorrectionsTest {

    static final Actor TAY_GIANG_OFFICE = Fixtures.actor(ActorRole.DISTRICT_OFFICE, TAY_GIANG);
    static final Actor A_XAN_COMMITTEE = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN);
    /** The fourth session, cut off by the flood, moved two weeks later; the held days and the third stay. */
    static final List<LocalDate> NEW_DAYS = List.of(DAYS.get(0), DAYS.get(1), DAYS.get(2), LocalDate.of(2024, 9, 25));
    static final String CANCELLED_CLASS = "TG-THUC-AN-2024";
    static final LocalDate CANCELLED_CLASS_OPENED = LocalDate.of(2024, 10, 1);
    static final List<LocalDate> CANCELLED_CLASS_DAYS = List.of(LocalDate.of(2024, 10, 21), LocalDate.of(2024, 10, 22));
    static final LocalDate CANCELLED_ON = LocalDate.of(2024, 10, 14);
    static final ReportingPeriod YEAR_2024 = ReportingPeriod.custom(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
            "Năm 2024", "2024");

    private final KetnghiaRuntime runtime = TrainingFixtures.runtime();
    private final Ledger ledger = runtime.ledger();

    /**
     * After {@link HouseholdTrainingTest#playHouseholdTraining}: the barns class rescheduled after the flood and
     * attended on its new day, and a feed class cancelled at the upland-rice harvest before its first session.
     */
    static void playHouseholdCorrections(CommandSink sink) {
        sink.submit(reschedule(TAY_GIANG_OFFICE, CLASS, DAYS.get(1), NEW_DAYS));
        sink.submit(HouseholdTrainingTest.attendance(A_XAN_COMMITTEE, NEW_DAYS.get(3), HOA, BON));
        sink.submit(feedClass());
        sink.submit(cancel(TAY_GIANG_OFFICE, CANCELLED_CLASS, CANCELLED_ON));
    }

    static OpenHouseholdClass feedClass() {
        return OpenHouseholdClass.builder().from(HouseholdTrainingTest.open(TAY_GIANG_OFFICE, CANCELLED_CLASS))
                .occurredOn(CANCELLED_CLASS_OPENED).title("Tập huấn chế biến, dự trữ thức ăn cho bò mùa rét")
                .topics(List.of(HouseholdTopic.FEED)).sessionDays(CANCELLED_CLASS_DAYS).build();
    }

    static RescheduleHouseholdClass reschedule(Actor actor, String classId, LocalDate on, List<LocalDate> days) {
        return RescheduleHouseholdClass.builder().actor(actor).unitCode(A_XAN).occurredOn(on).classId(classId)
                .sessionDays(days).reason("Lũ cuốn trôi cầu treo vào thôn A Ur").build();
    }

    static CancelHouseholdClass cancel(Actor actor, String classId, LocalDate on) {
        return CancelHouseholdClass.builder().actor(actor).unitCode(A_XAN).occurredOn(on).classId(classId)
                .reason("Vào mùa thu hoạch lúa rẫy, các hộ không tham gia được").build();
    }

    private HouseholdTraining training() {
        return ledger.read(HouseholdTraining.class, training -> training);
    }

    // ---------------------------------------------------------------- reschedule

    @Test
    void aRescheduledClass_takesAttendanceOnItsNewDays_notOnTheDayItLeft_andKeepsItsOldSchedule() {
        HouseholdTrainingTest.playHouseholdTraining(ledger::submit);

        ledger.submit(reschedule(TAY_GIANG_OFFICE, CLASS, DAYS.get(1), NEW_DAYS));

        assertThat(training().householdClass(CLASS).orElseThrow().sessionDays()).isEqualTo(NEW_DAYS);
        assertThat(training().openedOn(CLASS)).contains(OPENED);
        assertThat(training().reschedules(CLASS)).singleElement().satisfies(change -> {
            assertThat(change.previousSessionDays()).isEqualTo(DAYS);
            assertThat(change.sessionDays()).isEqualTo(NEW_DAYS);
        });
        assertRefused(HouseholdTrainingTest.attendance(A_XAN_COMMITTEE, DAYS.get(3), HOA),
                TrainingErrorCode.TRAINING_SESSION_UNKNOWN);
        ledger.submit(HouseholdTrainingTest.attendance(A_XAN_COMMITTEE, NEW_DAYS.get(3), HOA, BON));
        assertThat(training().attendance(CLASS)).containsOnlyKeys(DAYS.get(0), DAYS.get(1), NEW_DAYS.get(3));
        assertThat(training().cancelledOn(CLASS)).isEmpty();
    }

    @Test
    void aNewScheduleDroppingAHeldSession_repeatingADay_withANewDayBeforeTheChange_andNoReason_isRefused_allAtOnce() {
        HouseholdTrainingTest.playHouseholdTraining(ledger::submit);
        RescheduleHouseholdClass broken = RescheduleHouseholdClass.builder()
                .from(reschedule(TAY_GIANG_OFFICE, CLASS, DAYS.get(2),
                        List.of(LocalDate.of(2024, 9, 5), DAYS.get(1), DAYS.get(1), DAYS.get(3))))
                .reason(" ").build();

        KetnghiaException refusal = assertRefused(broken, TrainingErrorCode.TRAINING_SESSION_ALREADY_HELD);

        assertThat(refusal.problems()).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                tuple(TrainingErrorCode.TRAINING_SESSION_BEFORE_CHANGE, "sessionDays[0]"),
                tuple(CoreErrorCode.VALUE_DUPLICATE, "sessionDays[2]"),
                tuple(TrainingErrorCode.TRAINING_SESSION_ALREADY_HELD, "sessionDays"),
                tuple(CoreErrorCode.VALUE_BLANK, "reason"));
    }

    @Test
    void aNewScheduleWithoutDays_withTheDaysInForce_orWithADayBeforeTheOpening_isRefused() {
        HouseholdTrainingTest.playHouseholdTraining(ledger::submit);

        assertThat(fields(assertRefused(reschedule(TAY_GIANG_OFFICE, CLASS, DAYS.get(1), List.of()),
                CoreErrorCode.VALUE_REQUIRED))).contains(tuple(CoreErrorCode.VALUE_REQUIRED, "sessionDays"));
        List<LocalDate> sameDaysShuffled = List.of(DAYS.get(3), DAYS.get(0), DAYS.get(2), DAYS.get(1));
        assertThat(fields(assertRefused(reschedule(TAY_GIANG_OFFICE, CLASS, DAYS.get(1), sameDaysShuffled),
                TrainingErrorCode.TRAINING_SCHEDULE_UNCHANGED)))
                .containsExactly(tuple(TrainingErrorCode.TRAINING_SCHEDULE_UNCHANGED, "sessionDays"));
        // a change dated (wrongly) before the opening: its new day is after the change, yet before the class existed
        List<LocalDate> beforeOpening = List.of(OPENED.minusDays(1), DAYS.get(0), DAYS.get(1));
        assertThat(fields(assertRefused(reschedule(TAY_GIANG_OFFICE, CLASS, OPENED.minusDays(3), beforeOpening),
                TrainingErrorCode.TRAINING_SESSION_BEFORE_OPENING)))
                .containsExactly(tuple(TrainingErrorCode.TRAINING_SESSION_BEFORE_OPENING, "sessionDays[0]"));
    }

    // ---------------------------------------------------------------- cancellation

    @Test
    void aCancelledClass_takesNoAttendance_noNewScheduleAndNoSecondCancellation_andKeepsWhatWasHeld() {
        HouseholdTrainingTest.playHouseholdTraining(ledger::submit);

        ledger.submit(cancel(TAY_GIANG_OFFICE, CLASS, DAYS.get(2)));

        assertThat(training().cancelledOn(CLASS)).contains(DAYS.get(2));
        assertThat(lastEvent().payloadAs(HouseholdClassCancelled.class).orElseThrow().sessionsHeld()).isEqualTo(2);
        assertThat(training().attendance(CLASS)).containsOnlyKeys(DAYS.get(0), DAYS.get(1));
        assertThat(training().participants(CLASS)).containsExactly(HOA, BON, LAN);
        for (Command afterwards : List.of(HouseholdTrainingTest.attendance(A_XAN_COMMITTEE, DAYS.get(2), HOA),
                reschedule(TAY_GIANG_OFFICE, CLASS, DAYS.get(2), NEW_DAYS),
                cancel(TAY_GIANG_OFFICE, CLASS, DAYS.get(3)))) {
            assertThat(fields(assertRefused(afterwards, TrainingErrorCode.TRAINING_CLASS_CANCELLED)))
                    .containsExactly(tuple(TrainingErrorCode.TRAINING_CLASS_CANCELLED, "classId"));
        }
    }

    @Test
    void aCorrectionForAnotherCommune_ofACancelledClass_withoutAReason_isRefused_allAtOnce_anUnknownClassAtOnce() {
        HouseholdTrainingTest.playHouseholdTraining(ledger::submit);
        ledger.submit(cancel(TAY_GIANG_OFFICE, CLASS, DAYS.get(2)));

        CancelHouseholdClass elsewhere = CancelHouseholdClass.builder().from(cancel(TAY_GIANG_OFFICE, CLASS, DAYS.get(3)))
                .unitCode(CHOM).reason("").build();
        assertThat(fields(assertRefused(elsewhere, TrainingErrorCode.TRAINING_CLASS_OTHER_UNIT))).containsExactlyInAnyOrder(
                tuple(TrainingErrorCode.TRAINING_CLASS_OTHER_UNIT, "unitCode"),
                tuple(TrainingErrorCode.TRAINING_CLASS_CANCELLED, "classId"),
                tuple(CoreErrorCode.VALUE_BLANK, "reason"));
        for (Command unknown : List.of(cancel(TAY_GIANG_OFFICE, "KHONG-CO", DAYS.get(3)),
                reschedule(TAY_GIANG_OFFICE, "KHONG-CO", DAYS.get(3), NEW_DAYS))) {
            assertThat(fields(assertRefused(unknown, TrainingErrorCode.TRAINING_HOUSEHOLD_CLASS_UNKNOWN)))
                    .containsExactly(tuple(TrainingErrorCode.TRAINING_HOUSEHOLD_CLASS_UNKNOWN, "classId"));
        }
    }

    // ---------------------------------------------------------------- indicators

    @Test
    void householdClasses_leaveOutAClassCancelledBeforeAnySession_andKeepOneCancelledAfterItsSessions_withItsAttendance() {
        ReportingPeriod year = YEAR_2024;
        HouseholdTrainingTest.playHouseholdTraining(ledger::submit);
        ledger.submit(feedClass());
        assertThat(total(year, TrainingIndicators.HOUSEHOLD_CLASSES)).isEqualTo(2);

        ledger.submit(cancel(TAY_GIANG_OFFICE, CANCELLED_CLASS, CANCELLED_ON));
        ledger.submit(cancel(TAY_GIANG_OFFICE, CLASS, DAYS.get(2)));

        assertThat(total(year, TrainingIndicators.HOUSEHOLD_CLASSES)).isEqualTo(1);
        assertThat(report(year).actual(A_XAN, TrainingIndicators.HOUSEHOLD_CLASSES.id())).contains(IndicatorValue.of(1));
        assertThat(total(year, TrainingIndicators.HOUSEHOLD_PARTICIPANTS)).isEqualTo(3);
        assertThat(total(year, TrainingIndicators.HOUSEHOLD_PERSON_DAYS)).isEqualTo(5);
        assertThat(total(year, TrainingIndicators.CLASSES)).isZero();
    }

    @Test
    void aClassCancelledAfterThePeriodsEnd_standsOpenInThatPeriod_andIsLeftOutOfAPeriodReachingTheCancellation() {
        HouseholdTrainingTest.playHouseholdTraining(ledger::submit);
        ledger.submit(OpenHouseholdClass.builder().from(feedClass()).classId("TG-TET-2025")
                .occurredOn(LocalDate.of(2024, 12, 16)).sessionDays(List.of(LocalDate.of(2025, 1, 13))).build());
        ledger.submit(cancel(TAY_GIANG_OFFICE, "TG-TET-2025", LocalDate.of(2025, 1, 6)));

        ReportingPeriod programmeYear = ReportingPeriod.custom(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30),
                "Năm thực hiện 2024–2025", "Programme year 2024–2025");
        assertThat(total(YEAR_2024, TrainingIndicators.HOUSEHOLD_CLASSES)).isEqualTo(2);
        assertThat(total(programmeYear, TrainingIndicators.HOUSEHOLD_CLASSES)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- permissions

    @Test
    void permissions_thoseWhoOpenHouseholdClasses_rescheduleAndCancelThem_theCommuneAndOthersMayNot() {
        List<Function<Actor, Command>> corrections = List.of(
                actor -> reschedule(actor, CLASS, DAYS.get(1), NEW_DAYS),
                actor -> cancel(actor, CLASS, DAYS.get(2)));
        List<Actor> permitted = List.of(Fixtures.PROVINCE, Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"),
                TAY_GIANG_OFFICE);
        for (Function<Actor, Command> correction : corrections) {
            for (Actor actor : permitted) {
                Ledger fresh = TrainingFixtures.runtime().ledger();
                HouseholdTrainingTest.playHouseholdTraining(fresh::submit);
                long before = fresh.lastSequence();
                fresh.submit(correction.apply(actor));
                assertThat(fresh.lastSequence()).as(actor.role().name()).isEqualTo(before + 1);
            }
        }
        Map<Actor, ErrorCode> refused = Map.of(
                A_XAN_COMMITTEE, LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.DISTRICT_OFFICE, NAM_GIANG), LedgerErrorCode.LEDGER_PERMISSION_SCOPE,
                Actor.forSponsor("so-van-hoa", "Sở Văn hóa", TrainingFixtures.SPONSOR), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                Fixtures.actor(ActorRole.AUDITOR, "QNA"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY,
                Fixtures.actor(ActorRole.PUBLIC, "QNA"), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        HouseholdTrainingTest.playHouseholdTraining(ledger::submit);
        for (Function<Actor, Command> correction : corrections) {
            refused.forEach((actor, code) -> assertRefused(correction.apply(actor), code));
        }
    }

    // ---------------------------------------------------------------- JSON

    @Test
    void theNewCommandsAndEvents_roundTripThroughTheirBaseTypes_toAnEqualValue_andTheSameBytes() throws Exception {
        ObjectMapper mapper = runtime.objectMapper();
        for (Command command : List.of(reschedule(TAY_GIANG_OFFICE, CLASS, DAYS.get(1), NEW_DAYS),
                cancel(Fixtures.PROVINCE, CLASS, DAYS.get(2)))) {
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
        assertThat(mapper.writeValueAsString(sampleEvents().get(0))).isEqualTo(
                "{\"type\":\"training.household-class-rescheduled\",\"classId\":\"TG-CHUONG-TRAI-2024\","
                + "\"previousSessionDays\":[\"2024-09-09\",\"2024-09-10\",\"2024-09-11\",\"2024-09-12\"],"
                + "\"reason\":\"Lũ cuốn trôi cầu treo\","
                + "\"sessionDays\":[\"2024-09-09\",\"2024-09-10\",\"2024-09-11\",\"2024-09-25\"]}");
        assertThat(mapper.writeValueAsString(sampleEvents().get(1))).isEqualTo(
                "{\"type\":\"training.household-class-cancelled\",\"classId\":\"TG-THUC-AN-2024\","
                + "\"reason\":\"Mùa thu hoạch\",\"sessionsHeld\":0}");
    }

    static List<LedgerEvent> sampleEvents() {
        return List.of(HouseholdClassRescheduled.builder().classId(CLASS).sessionDays(NEW_DAYS).previousSessionDays(DAYS)
                        .reason("Lũ cuốn trôi cầu treo").build(),
                HouseholdClassCancelled.builder().classId(CANCELLED_CLASS).reason("Mùa thu hoạch").sessionsHeld(0)
                        .build());
    }

    // ---------------------------------------------------------------- snapshots

    /**
     * The fingerprint and state of {@link HouseholdTraining} as the code before these corrections saved them after
     * {@link HouseholdTrainingTest#playHouseholdTraining} (commit d805887): no opening days, no reschedules, no
     * cancellations.
     */
    static final String OLD_FINGERPRINT = "6529bfc629e4a27c3a2d8ca2262a0fb3c859f7fb3c2bedc919d2a8a5df1b3666";
    static final String OLD_STATE = """
            {"attendance":[{"classId":"TG-CHUONG-TRAI-2024","day":"2024-09-09","participants":[\
            {"householdId":"HH-01","memberName":"Bríu Thị Hoa"},{"householdId":"HH-01","memberName":"Bríu Văn Bốn"},\
            {"householdId":"HH-02","memberName":"Zơrâm Thị Lan"}]},{"classId":"TG-CHUONG-TRAI-2024","day":"2024-09-10",\
            "participants":[{"householdId":"HH-01","memberName":"Bríu Thị Hoa"},\
            {"householdId":"HH-02","memberName":"Zơrâm Thị Lan"}]}],"classes":[{"opened":\
            {"type":"training.household-class-opened","capacity":3,"classId":"TG-CHUONG-TRAI-2024","modelId":"livestock",\
            "sessionDays":["2024-09-09","2024-09-10","2024-09-11","2024-09-12"],\
            "title":"Tập huấn kỹ thuật làm chuồng, tiêm phòng cho bò","topics":["BARNS","VACCINATION"],\
            "trainers":["Trạm Chăn nuôi và Thú y huyện"],"venue":"Nhà văn hóa thôn A Ur"},\
            "unitCode":"QNA.TAY-GIANG.A-XAN"}]}""";

    @Test
    void aSnapshotSavedBeforeTheCorrections_isReplayed_underItsOldFingerprint_orAsUnreadable_neverRestored() {
        for (boolean oldFingerprint : List.of(true, false)) {
            InMemoryEventStore events = new InMemoryEventStore();
            InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
            KetnghiaRuntime first = snapshotting(events, snapshots);
            HouseholdTrainingTest.playHouseholdTraining(first.ledger()::submit);
            LedgerSnapshot honest = first.ledger().saveSnapshot().orElseThrow();
            String type = HouseholdTraining.class.getName();
            List<ProjectionSnapshot> old = new ArrayList<>();
            for (ProjectionSnapshot saved : honest.projections()) {
                old.add(!saved.projectionType().equals(type) ? saved : ProjectionSnapshot.of(type,
                        oldFingerprint ? OLD_FINGERPRINT : saved.fingerprint(), OLD_STATE.getBytes(StandardCharsets.UTF_8)));
            }
            snapshots.save(new LedgerSnapshot(honest.sequence(), honest.eventHash(), honest.savedAt(), old));
            playHouseholdCorrections(first.ledger()::submit);

            KetnghiaRuntime reopened = snapshotting(events, snapshots);

            LedgerOpening opening = reopened.ledger().openedFrom();
            assertThat(opening.snapshotSequence()).contains(honest.sequence());
            assertThat(opening.replayed()).extracting(LedgerOpening.Replayed::projectionType,
                    LedgerOpening.Replayed::reason).contains(tuple(type, oldFingerprint
                            ? LedgerOpening.Reason.CODE_CHANGED : LedgerOpening.Reason.STATE_UNREADABLE));
            assertThat(savedState(reopened)).isEqualTo(savedState(first));
            Optional<LocalDate> cancelled = reopened.ledger().read(HouseholdTraining.class,
                    training -> training.cancelledOn(CANCELLED_CLASS));
            assertThat(cancelled).contains(CANCELLED_ON);
        }
    }

    private static KetnghiaRuntime snapshotting(InMemoryEventStore events, InMemorySnapshotStore snapshots) {
        return KetnghiaRuntime.builder().addModel(TrainingFixtures.model()).administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).eventStore(events).snapshotStore(snapshots).snapshotEvery(0).build();
    }

    private static String savedState(KetnghiaRuntime runtime) {
        return runtime.ledger().read(HouseholdTraining.class,
                training -> write(runtime.objectMapper(), HouseholdTraining.snapshotForm(), training));
    }

    private static <S> String write(ObjectMapper mapper, SnapshotForm<HouseholdTraining, S> form,
            HouseholdTraining training) {
        try {
            return mapper.writeValueAsString(form.save().apply(training));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the household training state does not write", e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private EventEnvelope lastEvent() {
        List<EventEnvelope> events = ledger.store().readAll();
        return events.get(events.size() - 1);
    }

    private Report report(ReportingPeriod period) {
        return new ReportBuilder(runtime.administrativeUnits())
                .addAll(TrainingFixtures.model().indicatorSources(PilotModelContext.of(runtime.administrativeUnits(),
                        runtime.clock())))
                .build(period, ledger.store().readAll());
    }

    private long total(ReportingPeriod period, org.ketnghia.core.reporting.IndicatorDefinition indicator) {
        return report(period).total(indicator.id()).orElse(IndicatorValue.ZERO).numerator();
    }

    private static List<org.assertj.core.groups.Tuple> fields(KetnghiaException refusal) {
        return refusal.problems().stream().map(problem -> tuple(problem.code(), problem.field())).toList();
    }

    private KetnghiaException assertRefused(Command command, ErrorCode code) {
        long before = ledger.lastSequence();
        String state = savedState(runtime);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ledger.submit(command));
        assertThat(thrown).isInstanceOf(KetnghiaException.class);
        KetnghiaException refusal = (KetnghiaException) thrown;
        assertThat(refusal.has(code)).as("codes %s", refusal.problems()).isTrue();
        assertThat(refusal.messageVi()).isNotBlank().doesNotContain("{0}");
        assertThat(refusal.messageEn()).isNotBlank().doesNotContain("{0}");
        assertThat(ledger.lastSequence()).isEqualTo(before);
        assertThat(savedState(runtime)).isEqualTo(state);
        return refusal;
    }
}
