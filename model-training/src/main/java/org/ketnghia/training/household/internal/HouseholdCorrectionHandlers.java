package org.ketnghia.training.household.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.household.CancelHouseholdClass;
import org.ketnghia.training.household.HouseholdClassCancelled;
import org.ketnghia.training.household.HouseholdClassOpened;
import org.ketnghia.training.household.HouseholdClassRescheduled;
import org.ketnghia.training.household.HouseholdTraining;
import org.ketnghia.training.household.RescheduleHouseholdClass;

/**
 * The handlers of the corrections of a technical class for households: a new schedule and a cancellation, each a new
 * event with its reason, what was recorded before kept. They follow the officials' corrections ({@code
 * org.ketnghia.training.course.internal.CorrectionHandlers}) with the same codes; where they differ (no certificates,
 * the opening day, the roles) the commands' javadoc says why.
 */
final class HouseholdCorrectionHandlers {

    private HouseholdCorrectionHandlers() {
    }

    static final class RescheduleHouseholdClassHandler implements CommandHandler<RescheduleHouseholdClass> {
        @Override
        public Class<RescheduleHouseholdClass> commandType() {
            return RescheduleHouseholdClass.class;
        }

        @Override
        public List<EventDraft> handle(RescheduleHouseholdClass command, LedgerState state) {
            Problems problems = new Problems();
            HouseholdTraining training = state.projection(HouseholdTraining.class);
            HouseholdClassOpened householdClass = HouseholdTrainingHandlers.requireClass(training, command.classId(),
                    command, problems);
            String classId = householdClass.classId();
            LocalDate openedOn = training.openedOn(classId).orElseThrow();
            problems.check(command.sessionDays().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "sessionDays");
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < command.sessionDays().size(); i++) {
                LocalDate day = command.sessionDays().get(i);
                String field = "sessionDays[" + i + "]";
                problems.check(!seen.add(day), CoreErrorCode.VALUE_DUPLICATE, field, day);
                if (!householdClass.sessionDays().contains(day)) {
                    if (day.isBefore(command.occurredOn())) {
                        problems.add(TrainingErrorCode.TRAINING_SESSION_BEFORE_CHANGE, field, classId, day,
                                command.occurredOn());
                    } else {
                        // only a change dated before the opening gets here with a day before it
                        problems.check(day.isBefore(openedOn), TrainingErrorCode.TRAINING_SESSION_BEFORE_OPENING,
                                field, day, openedOn);
                    }
                }
            }
            for (LocalDate held : training.attendance(classId).keySet()) {
                problems.check(!seen.contains(held), TrainingErrorCode.TRAINING_SESSION_ALREADY_HELD, "sessionDays",
                        classId, held);
            }
            List<LocalDate> days = new ArrayList<>(seen);
            days.sort(LocalDate::compareTo);
            problems.check(days.equals(householdClass.sessionDays()), TrainingErrorCode.TRAINING_SCHEDULE_UNCHANGED,
                    "sessionDays", classId);
            HouseholdTrainingHandlers.blank(command.reason(), "reason", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, HouseholdClassRescheduled.builder().classId(classId).sessionDays(days)
                    .previousSessionDays(householdClass.sessionDays()).reason(command.reason()).build()));
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return HouseholdTrainingHandlers.organisers();
        }
    }

    static final class CancelHouseholdClassHandler implements CommandHandler<CancelHouseholdClass> {
        @Override
        public Class<CancelHouseholdClass> commandType() {
            return CancelHouseholdClass.class;
        }

        @Override
        public List<EventDraft> handle(CancelHouseholdClass command, LedgerState state) {
            Problems problems = new Problems();
            HouseholdTraining training = state.projection(HouseholdTraining.class);
            HouseholdClassOpened householdClass = HouseholdTrainingHandlers.requireClass(training, command.classId(),
                    command, problems);
            HouseholdTrainingHandlers.blank(command.reason(), "reason", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, HouseholdClassCancelled.builder().classId(householdClass.classId())
                    .reason(command.reason()).sessionsHeld(training.attendance(householdClass.classId()).size())
                    .build()));
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return HouseholdTrainingHandlers.organisers();
        }
    }
}
