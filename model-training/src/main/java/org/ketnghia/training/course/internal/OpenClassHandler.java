package org.ketnghia.training.course.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.core.twinning.TwinningRegistry;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.ClassFacts;
import org.ketnghia.training.course.ClassOpened;
import org.ketnghia.training.course.OpenClass;
import org.ketnghia.training.course.TrainingClass;
import org.ketnghia.training.course.TrainingRecords;

/** Handles {@link OpenClass}. */
final class OpenClassHandler implements CommandHandler<OpenClass> {
    private final TopicCatalogue catalogue;

    OpenClassHandler(TopicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Class<OpenClass> commandType() {
        return OpenClass.class;
    }

    @Override
    public List<EventDraft> handle(OpenClass command, LedgerState state) {
        Problems problems = new Problems();
        TrainingRecords records = state.projection(TrainingRecords.class);
        if (!TrainingHandlers.blank(command.classId(), "classId", problems)) {
            problems.check(records.trainingClass(command.classId()).isPresent(),
                    TrainingErrorCode.TRAINING_CLASS_ID_IN_USE, "classId", command.classId());
        }
        TrainingHandlers.blank(command.title(), "title", problems);
        TrainingHandlers.blank(command.venue(), "venue", problems);
        command.sponsorId().ifPresent(sponsor -> problems.check(
                state.projection(TwinningRegistry.class).sponsor(sponsor).isEmpty(),
                TrainingErrorCode.TRAINING_SPONSOR_UNKNOWN, "sponsorId", sponsor));
        problems.check(!command.localityOrganises() && command.sponsorId().isEmpty(),
                TrainingErrorCode.TRAINING_ORGANISER_MISSING, "sponsorId");
        checkLevelRule(command, state, problems);
        if (state.administrativeUnits().unitAsOf(command.unitCode(), command.occurredOn()).isPresent()) {
            ProgrammeScope.of(state).ifPresent(scope -> scope.checkDistricts(problems, "unitCode", command.unitCode(),
                    command.occurredOn()));
        }
        problems.check(command.topicIds().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "topicIds");
        for (String topic : command.topicIds()) {
            problems.check(!catalogue.contains(topic), TrainingErrorCode.TRAINING_TOPIC_UNKNOWN, "topicIds", topic);
        }
        problems.check(command.sessionDays().isEmpty(), TrainingErrorCode.TRAINING_NO_SESSIONS, "sessionDays");
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < command.sessionDays().size(); i++) {
            LocalDate day = command.sessionDays().get(i);
            problems.check(!seen.add(day), TrainingErrorCode.TRAINING_SESSION_DUPLICATE, "sessionDays[" + i + "]", day);
            problems.check(day.isBefore(command.occurredOn()), TrainingErrorCode.TRAINING_SESSION_BEFORE_OPENING,
                    "sessionDays[" + i + "]", day, command.occurredOn());
        }
        problems.check(command.capacity() <= 0, TrainingErrorCode.TRAINING_CAPACITY_NOT_POSITIVE, "capacity",
                command.capacity());
        problems.check(command.completionThresholdPercent() < 1 || command.completionThresholdPercent() > 100,
                TrainingErrorCode.TRAINING_THRESHOLD_OUT_OF_RANGE, "completionThresholdPercent",
                command.completionThresholdPercent());
        problems.check(command.scoreScale().max() <= command.scoreScale().min(), TrainingErrorCode.TRAINING_SCALE_INVALID,
                "scoreScale", command.scoreScale().min(), command.scoreScale().max());
        command.plannedBudget().ifPresent(budget -> problems.check(!budget.isPositive(),
                TrainingErrorCode.TRAINING_AMOUNT_NOT_POSITIVE, "plannedBudget", budget));
        command.levelExceptionReason().ifPresent(reason -> TrainingHandlers.blank(reason, "levelExceptionReason", problems));
        problems.throwIfAny();
        TrainingClass trainingClass = TrainingClass.builder().from((ClassFacts) command).id(command.classId())
                .sessionDays(command.sessionDays().stream().sorted().toList()).build();
        return List.of(EventDraft.of(command, ClassOpened.builder().trainingClass(trainingClass).build()));
    }

    /** Districts train district officials, communes commune and village officials; the province any. */
    private static void checkLevelRule(OpenClass command, LedgerState state, Problems problems) {
        Optional<String> level = state.administrativeUnits().unitAsOf(command.unitCode(), command.occurredOn())
                .map(unit -> unit.levelId());
        if (level.isEmpty()) {
            return; // the ledger reports an unknown unit itself
        }
        String unitLevel = level.get();
        boolean follows;
        switch (unitLevel) {
            case AdminLevel.PROVINCE -> follows = true;
            case AdminLevel.DISTRICT -> follows = command.targetLevel() == OfficialLevel.DISTRICT;
            case AdminLevel.COMMUNE -> follows = command.targetLevel() != OfficialLevel.DISTRICT;
            default -> {
                problems.add(TrainingErrorCode.TRAINING_ORGANISER_NOT_A_LOCALITY, "unitCode", command.unitCode(),
                        command.occurredOn());
                return;
            }
        }
        boolean hasReason = command.levelExceptionReason().filter(reason -> !reason.isBlank()).isPresent();
        problems.check(!follows && !hasReason, TrainingErrorCode.TRAINING_LEVEL_RULE_BROKEN, "targetLevel",
                command.unitCode(), unitLevel, command.targetLevel().adminLevelId());
    }
}
