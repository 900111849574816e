package org.ketnghia.training.course;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.money.Money;

/**
 * The training record of the programme (<i>sổ theo dõi bồi dưỡng</i>): classes, enrolments,
 * attendance per session day, test scores, certificates and costs, folded from the training events.
 *
 * <p>Read it through {@code ledger.read(TrainingRecords.class, records -> …)} or, in a handler,
 * {@code state.projection(TrainingRecords.class)}. Queries return immutable values; "not found" is
 * an empty {@link Optional}. Ignores unknown events, never throws. Not thread-safe by itself.
 */
public final class TrainingRecords implements Projection {

    private final Map<String, TrainingClass> classes = new LinkedHashMap<>();
    private final Map<String, Set<String>> enrolled = new HashMap<>();
    private final Map<String, Set<String>> classesOfPerson = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Set<String>>> attendance = new HashMap<>();
    private final Map<String, Map<ScoreTest, Map<String, Integer>>> scores = new HashMap<>();
    private final Map<String, Map<String, String>> certificates = new HashMap<>();
    private final Set<String> certificateNumbers = new HashSet<>();
    private final Map<String, List<ClassCostRecorded>> costs = new HashMap<>();
    private final Set<String> costIds = new HashSet<>();
    private final Map<String, List<Withdrawal>> withdrawals = new HashMap<>();
    private final Map<String, List<ClassRescheduled>> reschedules = new HashMap<>();
    private final Map<String, LocalDate> cancelledOn = new HashMap<>();
    private final Map<String, List<ScoreCorrected>> scoreCorrections = new HashMap<>();

    /** An empty record; the ledger fills it. */
    public TrainingRecords() {
    }

    /** How this record is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it. */
    public static SnapshotForm<TrainingRecords, ?> snapshotForm() {
        // a rescheduled class is rebuilt through TrainingClass's generated builder: its checks shape the state
        return SnapshotForm.of(TrainingRecordsState.class, TrainingRecords::save, TrainingRecords::restore)
                .covering(TrainingClass.class);
    }

    private TrainingRecordsState save() {
        List<TrainingRecordsState.People> people = new ArrayList<>();
        new TreeMap<>(enrolled).forEach((classId, ids) -> people.add(new TrainingRecordsState.People(classId,
                List.copyOf(ids))));
        List<TrainingRecordsState.Classes> classesOf = new ArrayList<>();
        new TreeMap<>(classesOfPerson).forEach((personId, ids) -> classesOf.add(new TrainingRecordsState.Classes(personId,
                List.copyOf(ids))));
        List<TrainingRecordsState.Attendance> days = new ArrayList<>();
        new TreeMap<>(attendance).forEach((classId, byDay) -> byDay.forEach((day, present) -> days.add(
                new TrainingRecordsState.Attendance(classId, day, new TreeSet<>(present).stream().toList()))));
        List<TrainingRecordsState.Score> allScores = new ArrayList<>();
        new TreeMap<>(scores).forEach((classId, byTest) -> new TreeMap<>(byTest).forEach((test, byPerson) -> byPerson
                .forEach((personId, score) -> allScores.add(new TrainingRecordsState.Score(classId, test, personId, score)))));
        List<TrainingRecordsState.Certificate> allCertificates = new ArrayList<>();
        new TreeMap<>(certificates).forEach((classId, byPerson) -> byPerson.forEach((personId, number) ->
                allCertificates.add(new TrainingRecordsState.Certificate(classId, personId, number))));
        List<TrainingRecordsState.Withdrawals> allWithdrawals = new ArrayList<>();
        new TreeMap<>(withdrawals).forEach((classId, list) -> allWithdrawals.add(
                new TrainingRecordsState.Withdrawals(classId, list)));
        List<TrainingRecordsState.Cancellation> cancellations = new ArrayList<>();
        new TreeMap<>(cancelledOn).forEach((classId, day) -> cancellations.add(
                new TrainingRecordsState.Cancellation(classId, day)));
        return new TrainingRecordsState(List.copyOf(classes.values()), people, classesOf, days, allScores,
                allCertificates, new TreeSet<>(certificateNumbers).stream().toList(), grouped(costs), allWithdrawals,
                grouped(reschedules), cancellations, grouped(scoreCorrections));
    }

    private static <T> List<T> grouped(Map<String, List<T>> byClass) {
        List<T> all = new ArrayList<>();
        new TreeMap<>(byClass).values().forEach(all::addAll);
        return all;
    }

    private static TrainingRecords restore(TrainingRecordsState state) {
        TrainingRecords records = new TrainingRecords();
        state.classes().forEach(trainingClass -> records.classes.put(trainingClass.id(), trainingClass));
        state.enrolled().forEach(entry -> records.enrolled.put(entry.classId(), new LinkedHashSet<>(entry.personIds())));
        state.classesOfPerson().forEach(entry -> records.classesOfPerson.put(entry.personId(),
                new LinkedHashSet<>(entry.classIds())));
        state.attendance().forEach(entry -> records.attendance.computeIfAbsent(entry.classId(), id -> new TreeMap<>())
                .put(entry.day(), Set.copyOf(entry.presentPersonIds())));
        state.scores().forEach(entry -> records.scores.computeIfAbsent(entry.classId(), id -> new EnumMap<>(ScoreTest.class))
                .computeIfAbsent(entry.test(), test -> new LinkedHashMap<>()).put(entry.personId(), entry.score()));
        state.certificates().forEach(entry -> records.certificates.computeIfAbsent(entry.classId(),
                id -> new LinkedHashMap<>()).put(entry.personId(), entry.number()));
        records.certificateNumbers.addAll(state.certificateNumbers());
        state.costs().forEach(cost -> {
            records.costs.computeIfAbsent(cost.classId(), id -> new ArrayList<>()).add(cost);
            records.costIds.add(cost.costId());
        });
        state.withdrawals().forEach(entry -> records.withdrawals.put(entry.classId(), new ArrayList<>(entry.withdrawals())));
        state.reschedules().forEach(rescheduled -> records.reschedules
                .computeIfAbsent(rescheduled.classId(), id -> new ArrayList<>()).add(rescheduled));
        state.cancellations().forEach(entry -> records.cancelledOn.put(entry.classId(), entry.cancelledOn()));
        state.scoreCorrections().forEach(corrected -> records.scoreCorrections
                .computeIfAbsent(corrected.classId(), id -> new ArrayList<>()).add(corrected));
        return records;
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof ClassOpened opened) {
            classes.put(opened.trainingClass().id(), opened.trainingClass());
        } else if (payload instanceof OfficialEnrolled enrolment) {
            enrolled.computeIfAbsent(enrolment.classId(), id -> new LinkedHashSet<>()).add(enrolment.personId());
            classesOfPerson.computeIfAbsent(enrolment.personId(), id -> new LinkedHashSet<>()).add(enrolment.classId());
        } else if (payload instanceof AttendanceRecorded recorded) {
            attendance.computeIfAbsent(recorded.classId(), id -> new TreeMap<>())
                    .put(event.occurredOn(), Set.copyOf(recorded.presentPersonIds()));
        } else if (payload instanceof ScoresRecorded recorded) {
            scores.computeIfAbsent(recorded.classId(), id -> new EnumMap<>(ScoreTest.class))
                    .computeIfAbsent(recorded.test(), test -> new LinkedHashMap<>()).putAll(recorded.scores());
        } else if (payload instanceof CertificateIssued issued) {
            certificates.computeIfAbsent(issued.classId(), id -> new LinkedHashMap<>())
                    .put(issued.personId(), issued.certificateNumber());
            certificateNumbers.add(issued.certificateNumber());
        } else if (payload instanceof EnrolmentWithdrawn withdrawn) {
            enrolled.getOrDefault(withdrawn.classId(), new HashSet<>()).remove(withdrawn.personId());
            classesOfPerson.getOrDefault(withdrawn.personId(), new HashSet<>()).remove(withdrawn.classId());
            withdrawals.computeIfAbsent(withdrawn.classId(), id -> new ArrayList<>())
                    .add(new Withdrawal(withdrawn.personId(), event.occurredOn(), withdrawn.reason()));
        } else if (payload instanceof ClassRescheduled rescheduled) {
            TrainingClass before = classes.get(rescheduled.classId());
            if (before != null) {
                classes.put(before.id(), TrainingClass.builder().from(before).sessionDays(rescheduled.sessionDays())
                        .build());
                reschedules.computeIfAbsent(before.id(), id -> new ArrayList<>()).add(rescheduled);
            }
        } else if (payload instanceof ClassCancelled cancelled) {
            cancelledOn.putIfAbsent(cancelled.classId(), event.occurredOn());
        } else if (payload instanceof ScoreCorrected corrected) {
            scores.computeIfAbsent(corrected.classId(), id -> new EnumMap<>(ScoreTest.class))
                    .computeIfAbsent(corrected.test(), test -> new LinkedHashMap<>())
                    .put(corrected.personId(), corrected.score());
            scoreCorrections.computeIfAbsent(corrected.classId(), id -> new ArrayList<>()).add(corrected);
        } else if (payload instanceof ClassCostRecorded cost) {
            costs.computeIfAbsent(cost.classId(), id -> new ArrayList<>()).add(cost);
            costIds.add(cost.costId());
        }
    }

    /** The class with the given id. */
    public Optional<TrainingClass> trainingClass(String classId) {
        return Optional.ofNullable(classes.get(requireNonNull(classId, "classId")));
    }

    /** Every class, in the order opened; immutable. */
    public List<TrainingClass> classes() {
        return List.copyOf(classes.values());
    }

    /** The officials enrolled in the class, in the order enrolled; immutable. */
    public List<String> enrolled(String classId) {
        return List.copyOf(enrolled.getOrDefault(requireNonNull(classId, "classId"), Set.of()));
    }

    /** Whether the official is enrolled in the class. */
    public boolean isEnrolled(String classId, String personId) {
        return enrolled.getOrDefault(requireNonNull(classId, "classId"), Set.of()).contains(personId);
    }

    /** The classes the official is enrolled in, in the order enrolled; immutable. */
    public List<TrainingClass> classesOf(String personId) {
        List<TrainingClass> found = new ArrayList<>();
        for (String classId : classesOfPerson.getOrDefault(requireNonNull(personId, "personId"), Set.of())) {
            found.add(classes.get(classId));
        }
        return List.copyOf(found);
    }

    /** The session days whose attendance is recorded, with the officials present; immutable. */
    public Map<LocalDate, Set<String>> attendance(String classId) {
        return Collections.unmodifiableMap(new TreeMap<>(
                attendance.getOrDefault(requireNonNull(classId, "classId"), new TreeMap<>())));
    }

    /** Whether the attendance of that session day is recorded. */
    public boolean isAttendanceRecorded(String classId, LocalDate day) {
        return attendance.getOrDefault(requireNonNull(classId, "classId"), new TreeMap<>()).containsKey(day);
    }

    /** The number of sessions of the class the official attended. */
    public int sessionsAttended(String classId, String personId) {
        int count = 0;
        for (Set<String> present : attendance.getOrDefault(requireNonNull(classId, "classId"), new TreeMap<>()).values()) {
            if (present.contains(personId)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the official attended at least the class's completion threshold of its sessions. */
    public boolean meetsCompletionThreshold(String classId, String personId) {
        TrainingClass trainingClass = classes.get(requireNonNull(classId, "classId"));
        return trainingClass != null && isEnrolled(classId, personId)
                && trainingClass.completesWith(sessionsAttended(classId, personId));
    }

    /** The score of the official in the class's test, if recorded. */
    public Optional<Integer> score(String classId, ScoreTest test, String personId) {
        return Optional.ofNullable(scores.getOrDefault(requireNonNull(classId, "classId"), Map.of())
                .getOrDefault(requireNonNull(test, "test"), Map.of()).get(personId));
    }

    /** The certificate number the official received for the class, if any. */
    public Optional<String> certificate(String classId, String personId) {
        return Optional.ofNullable(certificates.getOrDefault(requireNonNull(classId, "classId"), Map.of())
                .get(requireNonNull(personId, "personId")));
    }

    /** The certificates of the class: number by official, in the order issued; immutable. */
    public Map<String, String> certificates(String classId) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(
                certificates.getOrDefault(requireNonNull(classId, "classId"), Map.of())));
    }

    /** Whether a certificate with that number was issued. */
    public boolean isCertificateNumberUsed(String number) {
        return certificateNumbers.contains(requireNonNull(number, "number"));
    }

    /** The withdrawals of enrolments in the class, in the order recorded; immutable. */
    public List<Withdrawal> withdrawals(String classId) {
        return List.copyOf(withdrawals.getOrDefault(requireNonNull(classId, "classId"), List.of()));
    }

    /** The changes of the class's schedule, oldest first, each with the days before and after; immutable. */
    public List<ClassRescheduled> reschedules(String classId) {
        return List.copyOf(reschedules.getOrDefault(requireNonNull(classId, "classId"), List.of()));
    }

    /** The day the class was cancelled, if it was. */
    public Optional<LocalDate> cancelledOn(String classId) {
        return Optional.ofNullable(cancelledOn.get(requireNonNull(classId, "classId")));
    }

    /** The corrections of the class's scores, oldest first, each naming the score it replaced; immutable. */
    public List<ScoreCorrected> scoreCorrections(String classId) {
        return List.copyOf(scoreCorrections.getOrDefault(requireNonNull(classId, "classId"), List.of()));
    }

    /**
     * A withdrawn enrolment (<i>rút tên</i>). Immutable.
     *
     * @param personId the official
     * @param withdrawnOn the day
     * @param reason why
     */
    public record Withdrawal(String personId, LocalDate withdrawnOn, String reason) {

        /** Checks that no part is missing. */
        public Withdrawal {
            requireNonNull(personId, "personId");
            requireNonNull(withdrawnOn, "withdrawnOn");
            requireNonNull(reason, "reason");
        }
    }

    /** Whether a cost with that id was recorded. */
    public boolean isCostIdUsed(String costId) {
        return costIds.contains(requireNonNull(costId, "costId"));
    }

    /** The costs recorded for the class; immutable. */
    public List<ClassCostRecorded> costs(String classId) {
        return List.copyOf(costs.getOrDefault(requireNonNull(classId, "classId"), List.of()));
    }

    /** What the class cost so far. */
    public Money totalCost(String classId) {
        return Money.sum(costs(classId).stream().map(ClassCostRecorded::amount).toList());
    }
}
