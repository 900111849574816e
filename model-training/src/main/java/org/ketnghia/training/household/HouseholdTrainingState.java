package org.ketnghia.training.household;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole state of {@link HouseholdTraining} as its snapshot saves it: the classes in the order opened with
 * the commune each is held in, and each session's attendance, sorted by class and day, members sorted.
 */
record HouseholdTrainingState(List<HeldClass> classes, List<Attendance> attendance) {

    /** Copies both lists. */
    HouseholdTrainingState {
        classes = List.copyOf(classes);
        attendance = List.copyOf(attendance);
    }

    /** A class as opened and the commune it is held in. */
    record HeldClass(HouseholdClassOpened opened, String unitCode) {
    }

    /** The members present on a session day of a class, sorted. */
    record Attendance(String classId, LocalDate day, List<HouseholdParticipant> participants) {
        Attendance {
            participants = List.copyOf(participants);
        }
    }
}
