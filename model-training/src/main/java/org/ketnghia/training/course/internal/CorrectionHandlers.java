package org.ketnghia.training.course.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.CancelClass;
import org.ketnghia.training.course.ClassCancelled;
import org.ketnghia.training.course.ClassRescheduled;
import org.ketnghia.training.course.CorrectScore;
import org.ketnghia.training.course.EnrolmentWithdrawn;
import org.ketnghia.training.course.RescheduleClass;
import org.ketnghia.training.course.ScoreCorrected;
import org.ketnghia.training.course.TrainingClass;
import org.ketnghia.training.course.TrainingRecords;
import org.ketnghia.training.course.WithdrawEnrolment;

/**
 * The handlers of the corrections of a class (issue 18): a withdrawn enrolment, a new schedule, a cancellation, a
 * corrected score. Each is a new event with its reason; what was recorded before stays. The roles are the default
 * ones (the committees and the system), as for the commands they correct.
 */
final class CorrectionHandlers {

    private CorrectionHandlers() {
    }

    static final class WithdrawEnrolmentHandler implements CommandHandler<WithdrawEnrolment> {
        @Override
        public Class<WithdrawEnrolment> commandType() {
            return WithdrawEnrolment.class;
        }

        @Override
        public List<EventDraft> handle(WithdrawEnrolment command, LedgerState state) {
            Problems problems = new Problems();
            TrainingClass trainingClass = TrainingHandlers.requireClass(state, command.classId(), command, problems);
            TrainingRecords records = state.projection(TrainingRecords.class);
            if (records.isEnrolled(trainingClass.id(), command.personId())) {
                problems.check(records.certificate(trainingClass.id(), command.personId()).isPresent(),
                        TrainingErrorCode.TRAINING_WITHDRAWAL_CERTIFIED, "personId", command.personId(),
                        trainingClass.id());
            } else {
                TrainingHandlers.checkEnrolled(records, trainingClass.id(), command.personId(), "personId", problems);
            }
            TrainingHandlers.blank(command.reason(), "reason", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, EnrolmentWithdrawn.builder().classId(trainingClass.id())
                    .personId(command.personId()).reason(command.reason()).build()));
        }
    }

    static final class RescheduleClassHandler implements CommandHandler<RescheduleClass> {
        @Override
        public Class<RescheduleClass> commandType() {
            return RescheduleClass.class;
        }

        @Override
        public List<EventDraft> handle(RescheduleClass command, LedgerState state) {
            Problems problems = new Problems();
            TrainingClass trainingClass = TrainingHandlers.requireClass(state, command.classId(), command, problems);
            TrainingRecords records = state.projection(TrainingRecords.class);
            int certified = records.certificates(trainingClass.id()).size();
            problems.check(certified > 0, TrainingErrorCode.TRAINING_CLASS_CERTIFIED, "classId", trainingClass.id(),
                    certified, "đổi lịch học", "rescheduled");
            problems.check(command.sessionDays().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "sessionDays");
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < command.sessionDays().size(); i++) {
                LocalDate day = command.sessionDays().get(i);
                String field = "sessionDays[" + i + "]";
                problems.check(!seen.add(day), CoreErrorCode.VALUE_DUPLICATE, field, day);
                problems.check(!trainingClass.sessionDays().contains(day) && day.isBefore(command.occurredOn()),
                        TrainingErrorCode.TRAINING_SESSION_BEFORE_CHANGE, field, trainingClass.id(), day,
                        command.occurredOn());
            }
            for (LocalDate held : records.attendance(trainingClass.id()).keySet()) {
                problems.check(!seen.contains(held), TrainingErrorCode.TRAINING_SESSION_ALREADY_HELD, "sessionDays",
                        trainingClass.id(), held);
            }
            List<LocalDate> days = new ArrayList<>(seen);
            days.sort(LocalDate::compareTo);
            problems.check(days.equals(trainingClass.sessionDays()), TrainingErrorCode.TRAINING_SCHEDULE_UNCHANGED,
                    "sessionDays", trainingClass.id());
            TrainingHandlers.blank(command.reason(), "reason", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ClassRescheduled.builder().classId(trainingClass.id())
                    .sessionDays(days).previousSessionDays(trainingClass.sessionDays()).reason(command.reason())
                    .build()));
        }
    }

    static final class CancelClassHandler implements CommandHandler<CancelClass> {
        @Override
        public Class<CancelClass> commandType() {
            return CancelClass.class;
        }

        @Override
        public List<EventDraft> handle(CancelClass command, LedgerState state) {
            Problems problems = new Problems();
            TrainingClass trainingClass = TrainingHandlers.requireClass(state, command.classId(), command, problems);
            TrainingRecords records = state.projection(TrainingRecords.class);
            int certified = records.certificates(trainingClass.id()).size();
            problems.check(certified > 0, TrainingErrorCode.TRAINING_CLASS_CERTIFIED, "classId", trainingClass.id(),
                    certified, "hủy lớp", "cancelled");
            TrainingHandlers.blank(command.reason(), "reason", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ClassCancelled.builder().classId(trainingClass.id())
                    .reason(command.reason()).sessionsHeld(records.attendance(trainingClass.id()).size()).build()));
        }
    }

    static final class CorrectScoreHandler implements CommandHandler<CorrectScore> {
        @Override
        public Class<CorrectScore> commandType() {
            return CorrectScore.class;
        }

        @Override
        public List<EventDraft> handle(CorrectScore command, LedgerState state) {
            Problems problems = new Problems();
            TrainingClass trainingClass = TrainingHandlers.requireClass(state, command.classId(), command, problems);
            TrainingRecords records = state.projection(TrainingRecords.class);
            var recorded = records.score(trainingClass.id(), command.test(), command.personId());
            if (recorded.isEmpty()) {
                problems.add(TrainingErrorCode.TRAINING_SCORE_NOT_RECORDED, "personId", command.personId(),
                        trainingClass.id(), command.test().label().vi());
            } else {
                problems.check(recorded.get() == command.score(), TrainingErrorCode.TRAINING_SCORE_UNCHANGED, "score",
                        command.personId(), trainingClass.id(), command.test().label().vi(), command.score());
            }
            problems.check(!trainingClass.scoreScale().contains(command.score()),
                    TrainingErrorCode.TRAINING_SCORE_OUT_OF_SCALE, "score", command.personId(), command.score(),
                    trainingClass.scoreScale().min(), trainingClass.scoreScale().max());
            TrainingHandlers.blank(command.reason(), "reason", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ScoreCorrected.builder().classId(trainingClass.id())
                    .test(command.test()).personId(command.personId()).previousScore(recorded.orElseThrow())
                    .score(command.score()).reason(command.reason()).build()));
        }
    }
}
