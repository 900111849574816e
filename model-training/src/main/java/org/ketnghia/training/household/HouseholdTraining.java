package org.ketnghia.training.household;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * The record of the technical classes for households (<i>sổ theo dõi tập huấn kỹ thuật cho hộ</i>): the classes,
 * each session's attendance, and the classes' reschedules and cancellations, apart from the officials' training
 * record. A rescheduled class stands with its new session days (the days before each change are kept in {@link
 * #reschedules}); a cancelled class keeps the attendance of the sessions held before. Read it through {@code
 * ledger.read(HouseholdTraining.class, training -> …)}; queries return immutable values; ignores unknown events, never
 * throws. Not thread-safe by itself: the ledger guards it.
 */
public final class HouseholdTraining implements Projection {

    private final Map<String, HouseholdClassOpened> classes = new LinkedHashMap<>();
    private final Map<String, String> unitOfClass = new HashMap<>();
    private final Map<String, LocalDate> openedOn = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Set<HouseholdParticipant>>> attendance = new HashMap<>();
    private final Map<String, List<HouseholdClassRescheduled>> reschedules = new HashMap<>();
    private final Map<String, LocalDate> cancelledOn = new HashMap<>();

    /** An empty record; the ledger fills it. */
    public HouseholdTraining() {
    }

    /**
     * How this record is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it. Its code covers {@link
     * HouseholdParticipant}, whose {@code compareTo} decides which members of a recorded attendance are one and the
     * same (the event's naturally ordered set, and each day's members as saved).
     */
    public static SnapshotForm<HouseholdTraining, ?> snapshotForm() {
        return SnapshotForm.of(HouseholdTrainingState.class, HouseholdTraining::save, HouseholdTraining::restore)
                .covering(HouseholdParticipant.class);
    }

    private HouseholdTrainingState save() {
        List<HouseholdTrainingState.HeldClass> held = new ArrayList<>();
        classes.forEach((classId, opened) -> held.add(new HouseholdTrainingState.HeldClass(opened,
                unitOfClass.get(classId), openedOn.get(classId))));
        List<HouseholdTrainingState.Attendance> days = new ArrayList<>();
        new TreeMap<>(attendance).forEach((classId, byDay) -> byDay.forEach((day, present) -> days.add(
                new HouseholdTrainingState.Attendance(classId, day, new TreeSet<>(present).stream().toList()))));
        List<HouseholdClassRescheduled> changes = new ArrayList<>();
        new TreeMap<>(reschedules).values().forEach(changes::addAll);
        List<HouseholdTrainingState.Cancellation> cancellations = new ArrayList<>();
        new TreeMap<>(cancelledOn).forEach((classId, day) -> cancellations.add(
                new HouseholdTrainingState.Cancellation(classId, day)));
        return new HouseholdTrainingState(held, days, changes, cancellations);
    }

    private static HouseholdTraining restore(HouseholdTrainingState state) {
        HouseholdTraining training = new HouseholdTraining();
        state.classes().forEach(held -> {
            training.classes.put(held.opened().classId(), held.opened());
            training.unitOfClass.put(held.opened().classId(), held.unitCode());
            training.openedOn.put(held.opened().classId(), held.openedOn());
        });
        state.attendance().forEach(entry -> training.attendance.computeIfAbsent(entry.classId(), id -> new TreeMap<>())
                .put(entry.day(), Set.copyOf(entry.participants())));
        state.reschedules().forEach(rescheduled -> training.reschedules
                .computeIfAbsent(rescheduled.classId(), id -> new ArrayList<>()).add(rescheduled));
        state.cancellations().forEach(entry -> training.cancelledOn.put(entry.classId(), entry.cancelledOn()));
        return training;
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof HouseholdClassOpened opened) {
            classes.put(opened.classId(), opened);
            unitOfClass.put(opened.classId(), event.unitCode());
            openedOn.put(opened.classId(), event.occurredOn());
        } else if (payload instanceof HouseholdAttendanceRecorded recorded) {
            attendance.computeIfAbsent(recorded.classId(), id -> new TreeMap<>())
                    .put(event.occurredOn(), Set.copyOf(recorded.participants()));
        } else if (payload instanceof HouseholdClassRescheduled rescheduled) {
            HouseholdClassOpened before = classes.get(rescheduled.classId());
            if (before != null) {
                classes.put(before.classId(), HouseholdClassOpened.builder().from(before)
                        .sessionDays(rescheduled.sessionDays()).build());
                reschedules.computeIfAbsent(before.classId(), id -> new ArrayList<>()).add(rescheduled);
            }
        } else if (payload instanceof HouseholdClassCancelled cancelled) {
            cancelledOn.putIfAbsent(cancelled.classId(), event.occurredOn());
        }
    }

    /** The class with that id, as it stands: its session days are those after its last reschedule. */
    public Optional<HouseholdClassOpened> householdClass(String classId) {
        return Optional.ofNullable(classes.get(requireNonNull(classId, "classId")));
    }

    /** The commune the class is held in. */
    public Optional<String> unitOf(String classId) {
        return Optional.ofNullable(unitOfClass.get(requireNonNull(classId, "classId")));
    }

    /** The day the class was opened. */
    public Optional<LocalDate> openedOn(String classId) {
        return Optional.ofNullable(openedOn.get(requireNonNull(classId, "classId")));
    }

    /** Every class in the order opened, as it stands (cancelled ones included); immutable. */
    public List<HouseholdClassOpened> classes() {
        return List.copyOf(classes.values());
    }

    /** The session days whose attendance is recorded, with the members present; immutable. */
    public Map<LocalDate, Set<HouseholdParticipant>> attendance(String classId) {
        return Collections.unmodifiableMap(new TreeMap<>(attendance.getOrDefault(requireNonNull(classId, "classId"),
                new TreeMap<>())));
    }

    /** The members who attended at least one session of the class, by household then name; immutable. */
    public Set<HouseholdParticipant> participants(String classId) {
        Set<HouseholdParticipant> all = new TreeSet<>();
        attendance(classId).values().forEach(all::addAll);
        return Collections.unmodifiableSet(all);
    }

    /** The changes of the class's schedule, oldest first, each with the days before and after; immutable. */
    public List<HouseholdClassRescheduled> reschedules(String classId) {
        return List.copyOf(reschedules.getOrDefault(requireNonNull(classId, "classId"), List.of()));
    }

    /** The day the class was cancelled, if it was. */
    public Optional<LocalDate> cancelledOn(String classId) {
        return Optional.ofNullable(cancelledOn.get(requireNonNull(classId, "classId")));
    }
}
