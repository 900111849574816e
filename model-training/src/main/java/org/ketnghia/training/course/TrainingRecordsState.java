package org.ketnghia.training.course;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole state of {@link TrainingRecords} as its snapshot saves it (<i>ảnh chụp sổ theo dõi bồi dưỡng</i>): the
 * classes in the order opened; everything kept per class or per official as lists sorted by class or official,
 * with the record's own order inside (enrolment, issue, recording order). The cost ids are not saved: they are
 * rebuilt from the costs.
 */
record TrainingRecordsState(
        List<TrainingClass> classes,
        List<People> enrolled,
        List<Classes> classesOfPerson,
        List<Attendance> attendance,
        List<Score> scores,
        List<Certificate> certificates,
        List<String> certificateNumbers,
        List<ClassCostRecorded> costs,
        List<Withdrawals> withdrawals,
        List<ClassRescheduled> reschedules,
        List<Cancellation> cancellations,
        List<ScoreCorrected> scoreCorrections) {

    /** Copies every list. */
    TrainingRecordsState {
        classes = List.copyOf(classes);
        enrolled = List.copyOf(enrolled);
        classesOfPerson = List.copyOf(classesOfPerson);
        attendance = List.copyOf(attendance);
        scores = List.copyOf(scores);
        certificates = List.copyOf(certificates);
        certificateNumbers = List.copyOf(certificateNumbers);
        costs = List.copyOf(costs);
        withdrawals = List.copyOf(withdrawals);
        reschedules = List.copyOf(reschedules);
        cancellations = List.copyOf(cancellations);
        scoreCorrections = List.copyOf(scoreCorrections);
    }

    /** The officials enrolled in a class, in the order enrolled. */
    record People(String classId, List<String> personIds) {
        People {
            personIds = List.copyOf(personIds);
        }
    }

    /** The classes an official is enrolled in, in the order enrolled. */
    record Classes(String personId, List<String> classIds) {
        Classes {
            classIds = List.copyOf(classIds);
        }
    }

    /** The officials present on a session day of a class, sorted. */
    record Attendance(String classId, LocalDate day, List<String> presentPersonIds) {
        Attendance {
            presentPersonIds = List.copyOf(presentPersonIds);
        }
    }

    /** An official's score in a test of a class. */
    record Score(String classId, ScoreTest test, String personId, int score) {
    }

    /** The certificate an official holds for a class. */
    record Certificate(String classId, String personId, String number) {
    }

    /** The withdrawals of enrolments in a class, in the order recorded. */
    record Withdrawals(String classId, List<TrainingRecords.Withdrawal> withdrawals) {
        Withdrawals {
            withdrawals = List.copyOf(withdrawals);
        }
    }

    /** The day a class was cancelled. */
    record Cancellation(String classId, LocalDate cancelledOn) {
    }
}
