package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.PersonRegistered;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.contract.SnapshotFormCheck;
import org.ketnghia.training.course.CertificateIssued;
import org.ketnghia.training.course.ClassCancelled;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.ClassOpened;
import org.ketnghia.training.course.ClassRescheduled;
import org.ketnghia.training.course.EnrolmentWithdrawn;
import org.ketnghia.training.course.OfficialDeparted;
import org.ketnghia.training.course.OfficialEnrolled;
import org.ketnghia.training.course.OfficialReassigned;
import org.ketnghia.training.course.OfficialRoster;
import org.ketnghia.training.course.ScoreCorrected;
import org.ketnghia.training.course.ScoreTest;
import org.ketnghia.training.course.TrainingRecords;
import org.ketnghia.training.household.HouseholdAttendanceRecorded;
import org.ketnghia.training.household.HouseholdClassCancelled;
import org.ketnghia.training.household.HouseholdClassOpened;
import org.ketnghia.training.household.HouseholdClassRescheduled;
import org.ketnghia.training.household.HouseholdTraining;

/**
 * The snapshot forms of {@link TrainingRecords}, {@link OfficialRoster} and {@link HouseholdTraining}: restored from
 * their saved JSON at every event of the contract's samples, they answer as the folded projections do and, fed the
 * rest of the events, save exactly what a full replay saves.
 */
class SnapshotFormsTest {

    private final TrainingContractTest contract = new TrainingContractTest();
    private final PilotModel model = contract.model();
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(contract.units())
            .addModel(model).clock(Fixtures.CLOCK).build();
    private final List<EventEnvelope> events = recorded();
    private final ObjectMapper mapper = runtime.objectMapper();

    private List<EventEnvelope> recorded() {
        contract.acceptedCommands().forEach(runtime.ledger()::submit);
        return runtime.ledger().store().readAll();
    }

    @Test
    void trainingRecords_restoredAtEveryEvent_continueAsAFullReplay() {
        for (Class<?> type : List.of(EnrolmentWithdrawn.class, ClassRescheduled.class, ClassCancelled.class,
                ScoreCorrected.class, ClassCostRecorded.class, CertificateIssued.class)) {
            assertThat(payloads(type)).as(type.getSimpleName()).isNotEmpty();
        }

        SnapshotFormCheck.of(mapper, model, TrainingRecords.class, this::recordAnswers).checkEveryCut(events);
    }

    @Test
    void officialRoster_restoredAtEveryEvent_continuesAsAFullReplay() {
        assertThat(payloads(OfficialReassigned.class)).isNotEmpty();
        assertThat(payloads(OfficialDeparted.class)).isNotEmpty();

        SnapshotFormCheck.of(mapper, model, OfficialRoster.class, this::rosterAnswers).checkEveryCut(events);
    }

    @Test
    void householdTraining_restoredAtEveryEvent_continuesAsAFullReplay() {
        assertThat(payloads(HouseholdAttendanceRecorded.class)).hasSizeGreaterThan(1);
        assertThat(payloads(HouseholdClassRescheduled.class)).isNotEmpty();
        assertThat(payloads(HouseholdClassCancelled.class)).isNotEmpty();

        SnapshotFormCheck.of(mapper, model, HouseholdTraining.class, this::householdAnswers).checkEveryCut(events);
    }

    private List<Object> recordAnswers(TrainingRecords records) {
        List<Object> answers = new ArrayList<>();
        answers.add(records.classes());
        for (String classId : classIds()) {
            answers.addAll(List.of(records.trainingClass(classId), records.enrolled(classId),
                    records.attendance(classId), records.certificates(classId), records.withdrawals(classId),
                    records.reschedules(classId), records.cancelledOn(classId), records.scoreCorrections(classId),
                    records.costs(classId), records.totalCost(classId)));
            for (LocalDate day : days()) {
                answers.add(records.isAttendanceRecorded(classId, day));
            }
            for (String personId : personIds()) {
                answers.addAll(List.of(records.isEnrolled(classId, personId), records.sessionsAttended(classId, personId),
                        records.meetsCompletionThreshold(classId, personId), records.certificate(classId, personId)));
                for (ScoreTest test : ScoreTest.values()) {
                    answers.add(records.score(classId, test, personId));
                }
            }
        }
        for (String personId : personIds()) {
            answers.add(records.classesOf(personId));
        }
        payloads(CertificateIssued.class).forEach(issued ->
                answers.add(records.isCertificateNumberUsed(issued.certificateNumber())));
        answers.add(records.isCertificateNumberUsed("no-such-number"));
        payloads(ClassCostRecorded.class).forEach(cost -> answers.add(records.isCostIdUsed(cost.costId())));
        answers.add(records.isCostIdUsed("no-such-cost"));
        return answers;
    }

    private List<Object> rosterAnswers(OfficialRoster roster) {
        List<Object> answers = new ArrayList<>();
        answers.add(roster.officialIds());
        for (String personId : personIds()) {
            answers.addAll(List.of(roster.isOfficial(personId), roster.departedOn(personId), roster.postings(personId)));
            for (LocalDate day : days()) {
                answers.addAll(List.of(roster.inServiceOn(personId, day), roster.postingAsOf(personId, day),
                        roster.coverageUnitAsOf(personId, day, contract.units())));
            }
        }
        return answers;
    }

    private List<Object> householdAnswers(HouseholdTraining training) {
        List<Object> answers = new ArrayList<>();
        answers.add(training.classes());
        for (HouseholdClassOpened opened : payloads(HouseholdClassOpened.class)) {
            answers.addAll(List.of(training.householdClass(opened.classId()), training.unitOf(opened.classId()),
                    training.openedOn(opened.classId()), training.attendance(opened.classId()),
                    training.participants(opened.classId()), training.reschedules(opened.classId()),
                    training.cancelledOn(opened.classId())));
        }
        return answers;
    }

    private TreeSet<String> classIds() {
        TreeSet<String> ids = new TreeSet<>();
        payloads(ClassOpened.class).forEach(opened -> ids.add(opened.trainingClass().id()));
        ids.add("no-such-class");
        return ids;
    }

    private TreeSet<String> personIds() {
        TreeSet<String> ids = new TreeSet<>();
        payloads(PersonRegistered.class).forEach(registered -> ids.add(registered.person().id()));
        payloads(OfficialEnrolled.class).forEach(enrolled -> ids.add(enrolled.personId()));
        return ids;
    }

    /** Every day an event happened on, and the day before the first. */
    private TreeSet<LocalDate> days() {
        TreeSet<LocalDate> days = new TreeSet<>();
        events.forEach(event -> days.add(event.occurredOn()));
        days.add(days.first().minusDays(1));
        return days;
    }

    private <T> List<T> payloads(Class<T> type) {
        return events.stream().map(EventEnvelope::payload).filter(type::isInstance).map(type::cast).toList();
    }
}
