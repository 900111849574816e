package org.ketnghia.training.household;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole state of {@link HouseholdTraining} as its snapshot saves it: the classes in the order opened, each as
 * it stands (its session days after any reschedule) with the commune it is held in and the day it was opened; each
 * session's attendance, sorted by class and day, members sorted; the reschedules, by class then in the order
 * recorded; the cancellations, by class.
 *
 * <p>A state saved before household classes could be rescheduled or cancelled lacks the opening days and both
 * lists: it carries another code fingerprint, so the ledger replays the projection instead of restoring it, and
 * were it read anyway it would be refused as unreadable (the parts are required) rather than restored without them.
 */
record HouseholdTrainingState(List<HeldClass> classes, List<Attendance> attendance,
        List<HouseholdClassRescheduled> reschedules, List<Cancellation> cancellations) {

    /** Copies every list; none may be missing. */
    HouseholdTrainingState {
        classes = List.copyOf(classes);
        attendance = List.copyOf(attendance);
        reschedules = List.copyOf(reschedules);
        cancellations = List.copyOf(cancellations);
    }

    /** A class as it stands, the commune it is held in and the day it was opened. */
    record HeldClass(HouseholdClassOpened opened, String unitCode, LocalDate openedOn) {
        HeldClass {
            requireNonNull(opened, "opened");
            requireNonNull(unitCode, "unitCode");
            requireNonNull(openedOn, "openedOn");
        }
    }

    /** The members present on a session day of a class, sorted. */
    record Attendance(String classId, LocalDate day, List<HouseholdParticipant> participants) {
        Attendance {
            participants = List.copyOf(participants);
        }
    }

    /** The day a class was cancelled. */
    record Cancellation(String classId, LocalDate cancelledOn) {
    }
}
