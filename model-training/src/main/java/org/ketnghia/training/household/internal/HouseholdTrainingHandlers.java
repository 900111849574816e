package org.ketnghia.training.household.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.TrainingRecords;
import org.ketnghia.training.household.HouseholdAttendanceRecorded;
import org.ketnghia.training.household.HouseholdClassFacts;
import org.ketnghia.training.household.HouseholdClassOpened;
import org.ketnghia.training.household.HouseholdParticipant;
import org.ketnghia.training.household.HouseholdTraining;
import org.ketnghia.training.household.OpenHouseholdClass;
import org.ketnghia.training.household.RecordHouseholdAttendance;

/**
 * The handlers of the households' technical training: opening a class (district offices, the province, the system),
 * recording a session's attendance (those and the commune committee), and rescheduling or cancelling a class (those
 * who open classes, see {@link HouseholdCorrectionHandlers}). Stateless and thread-safe.
 */
public final class HouseholdTrainingHandlers {

    private HouseholdTrainingHandlers() {
    }

    /** One handler per command. */
    public static List<CommandHandler<?>> all() {
        return List.of(new OpenHouseholdClassHandler(), new RecordHouseholdAttendanceHandler(),
                new HouseholdCorrectionHandlers.RescheduleHouseholdClassHandler(),
                new HouseholdCorrectionHandlers.CancelHouseholdClassHandler());
    }

    /** Those who organise household classes: they open them, and reschedule or cancel them. */
    static Set<ActorRole> organisers() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE);
    }

    static boolean blank(String value, String field, Problems problems) {
        return problems.check(value.isBlank(), CoreErrorCode.VALUE_BLANK, field);
    }

    /**
     * The class as it stands, checked to be recorded for its commune and not to be cancelled (a cancelled class
     * records nothing more); throws at once when unknown.
     */
    static HouseholdClassOpened requireClass(HouseholdTraining training, String classId, Command command,
            Problems problems) {
        HouseholdClassOpened opened = training.householdClass(classId).orElseThrow(() -> KetnghiaException
                .of(TrainingErrorCode.TRAINING_HOUSEHOLD_CLASS_UNKNOWN, "classId", classId));
        String commune = training.unitOf(classId).orElseThrow();
        problems.check(!commune.equals(command.unitCode()), TrainingErrorCode.TRAINING_CLASS_OTHER_UNIT, "unitCode",
                classId, commune, command.unitCode());
        training.cancelledOn(classId).ifPresent(cancelled -> problems.add(TrainingErrorCode.TRAINING_CLASS_CANCELLED,
                "classId", classId, cancelled));
        return opened;
    }

    static final class OpenHouseholdClassHandler implements CommandHandler<OpenHouseholdClass> {
        @Override
        public Class<OpenHouseholdClass> commandType() {
            return OpenHouseholdClass.class;
        }

        @Override
        public List<EventDraft> handle(OpenHouseholdClass command, LedgerState state) {
            Problems problems = new Problems();
            if (!blank(command.classId(), "classId", problems)) {
                boolean used = state.projection(HouseholdTraining.class).householdClass(command.classId()).isPresent()
                        || state.projection(TrainingRecords.class).trainingClass(command.classId()).isPresent();
                problems.check(used, TrainingErrorCode.TRAINING_CLASS_ID_IN_USE, "classId", command.classId());
            }
            blank(command.title(), "title", problems);
            blank(command.venue(), "venue", problems);
            boolean commune = state.administrativeUnits().unitAsOf(command.unitCode(), command.occurredOn())
                    .map(unit -> AdminLevel.COMMUNE.equals(unit.levelId())).orElse(false);
            problems.check(!commune, TrainingErrorCode.TRAINING_HOUSEHOLD_CLASS_NOT_IN_COMMUNE, "unitCode",
                    command.unitCode(), command.occurredOn());
            if (commune) {
                ProgrammeScope.of(state).ifPresent(scope -> scope.checkDistricts(problems, "unitCode",
                        command.unitCode(), command.occurredOn()));
            }
            problems.check(command.topics().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "topics");
            command.modelId().ifPresent(model -> blank(model, "modelId", problems));
            problems.check(command.trainers().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "trainers");
            problems.check(command.sessionDays().isEmpty(), TrainingErrorCode.TRAINING_NO_SESSIONS, "sessionDays");
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < command.sessionDays().size(); i++) {
                LocalDate day = command.sessionDays().get(i);
                String field = "sessionDays[" + i + "]";
                problems.check(!seen.add(day), TrainingErrorCode.TRAINING_SESSION_DUPLICATE, field, day);
                problems.check(day.isBefore(command.occurredOn()), TrainingErrorCode.TRAINING_SESSION_BEFORE_OPENING,
                        field, day, command.occurredOn());
            }
            problems.check(command.capacity() <= 0, TrainingErrorCode.TRAINING_CAPACITY_NOT_POSITIVE, "capacity",
                    command.capacity());
            problems.throwIfAny();
            return List.of(EventDraft.of(command, HouseholdClassOpened.builder().from((HouseholdClassFacts) command)
                    .sessionDays(command.sessionDays().stream().sorted().toList()).build()));
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return organisers();
        }
    }

    static final class RecordHouseholdAttendanceHandler implements CommandHandler<RecordHouseholdAttendance> {
        @Override
        public Class<RecordHouseholdAttendance> commandType() {
            return RecordHouseholdAttendance.class;
        }

        @Override
        public List<EventDraft> handle(RecordHouseholdAttendance command, LedgerState state) {
            Problems problems = new Problems();
            HouseholdTraining training = state.projection(HouseholdTraining.class);
            HouseholdClassOpened opened = requireClass(training, command.classId(), command, problems);
            String commune = training.unitOf(opened.classId()).orElseThrow();
            LocalDate day = command.occurredOn();
            problems.check(!opened.sessionDays().contains(day), TrainingErrorCode.TRAINING_SESSION_UNKNOWN, "occurredOn",
                    opened.classId(), day);
            problems.check(training.attendance(opened.classId()).containsKey(day),
                    TrainingErrorCode.TRAINING_ATTENDANCE_ALREADY_RECORDED, "occurredOn", opened.classId(), day);
            problems.check(command.participants().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "participants");
            problems.check(command.participants().size() > opened.capacity(), TrainingErrorCode.TRAINING_CAPACITY_EXCEEDED,
                    "participants", opened.classId(), opened.capacity(), 0, command.participants().size());
            ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
            Set<HouseholdParticipant> seen = new HashSet<>();
            for (int i = 0; i < command.participants().size(); i++) {
                HouseholdParticipant participant = command.participants().get(i);
                String field = "participants[" + i + "]";
                problems.check(!seen.add(participant), CoreErrorCode.VALUE_DUPLICATE, field,
                        participant.householdId() + " / " + participant.memberName());
                Optional<Household> household = registry.household(participant.householdId());
                if (household.isEmpty()) {
                    problems.add(TrainingErrorCode.TRAINING_HOUSEHOLD_UNKNOWN, field + ".householdId",
                            participant.householdId());
                    continue;
                }
                boolean member = household.get().members().stream()
                        .anyMatch(person -> person.fullName().equals(participant.memberName()));
                problems.check(!member, TrainingErrorCode.TRAINING_NOT_A_HOUSEHOLD_MEMBER, field + ".memberName",
                        participant.householdId(), participant.memberName());
                boolean inCommune = state.administrativeUnits().isWithin(household.get().villageCode(), commune, day);
                problems.check(!inCommune, TrainingErrorCode.TRAINING_HOUSEHOLD_OUTSIDE_COMMUNE, field + ".householdId",
                        participant.householdId(), household.get().villageCode(), commune, day);
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, HouseholdAttendanceRecorded.builder().classId(opened.classId())
                    .participants(command.participants()).build()));
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
                    ActorRole.COMMUNE_COMMITTEE);
        }
    }
}
