package org.ketnghia.training.course.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.AttendanceRecorded;
import org.ketnghia.training.course.RecordAttendance;
import org.ketnghia.training.course.TrainingClass;
import org.ketnghia.training.course.TrainingRecords;

/** Handles {@link RecordAttendance}. */
final class RecordAttendanceHandler implements CommandHandler<RecordAttendance> {
    @Override
    public Class<RecordAttendance> commandType() {
        return RecordAttendance.class;
    }

    @Override
    public List<EventDraft> handle(RecordAttendance command, LedgerState state) {
        Problems problems = new Problems();
        TrainingClass trainingClass = TrainingHandlers.requireClass(state, command.classId(), command, problems);
        TrainingRecords records = state.projection(TrainingRecords.class);
        LocalDate day = command.occurredOn();
        problems.check(!trainingClass.sessionDays().contains(day), TrainingErrorCode.TRAINING_SESSION_UNKNOWN,
                "occurredOn", trainingClass.id(), day);
        problems.check(records.isAttendanceRecorded(trainingClass.id(), day),
                TrainingErrorCode.TRAINING_ATTENDANCE_ALREADY_RECORDED, "occurredOn", trainingClass.id(), day);
        for (String personId : command.presentPersonIds()) {
            TrainingHandlers.checkEnrolled(records, trainingClass.id(), personId, "presentPersonIds", problems);
        }
        problems.throwIfAny();
        Set<String> absent = new LinkedHashSet<>(records.enrolled(trainingClass.id()));
        absent.removeAll(command.presentPersonIds());
        return List.of(new EventDraft(AttendanceRecorded.builder().classId(trainingClass.id())
                .presentPersonIds(command.presentPersonIds()).absentPersonIds(absent).build(),
                trainingClass.unitCode(), day));
    }
}
