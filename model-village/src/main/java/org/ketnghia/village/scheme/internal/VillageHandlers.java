package org.ketnghia.village.scheme.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.twinning.ModelPlanRegistry;
import org.ketnghia.core.twinning.TwinningRegistry;
import org.ketnghia.village.VillageErrorCode;
import org.ketnghia.village.VillageModel;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.scheme.AdoptCriteriaSet;
import org.ketnghia.village.scheme.AssessBaseline;
import org.ketnghia.village.scheme.BaselineAssessed;
import org.ketnghia.village.scheme.CorrectMeasurement;
import org.ketnghia.village.scheme.CriteriaSetAdopted;
import org.ketnghia.village.scheme.CriteriaTakenOn;
import org.ketnghia.village.scheme.IndicatorReading;
import org.ketnghia.village.scheme.IndicatorsMeasured;
import org.ketnghia.village.scheme.MeasurementCorrected;
import org.ketnghia.village.scheme.RecogniseVillage;
import org.ketnghia.village.scheme.RecognitionRevoked;
import org.ketnghia.village.scheme.RecognitionStage;
import org.ketnghia.village.scheme.RecognitionStep;
import org.ketnghia.village.scheme.RecognitionStepFacts;
import org.ketnghia.village.scheme.RecognitionStepRecorded;
import org.ketnghia.village.scheme.RecordMeasurement;
import org.ketnghia.village.scheme.RecordRecognitionStep;
import org.ketnghia.village.scheme.RegisterVillage;
import org.ketnghia.village.scheme.RevokeRecognition;
import org.ketnghia.village.scheme.TakeOnCriteria;
import org.ketnghia.village.scheme.VillageProgress;
import org.ketnghia.village.scheme.VillageRecognised;
import org.ketnghia.village.scheme.VillageRegistered;
import org.ketnghia.village.scheme.VillageRegistry;

/**
 * The command handlers of the model new-rural village (not API: reach them through {@code
 * VillageModel.commandHandlers}). Each validates against the projections, lists every problem at
 * once and appends nothing when it refuses. Stateless and thread-safe.
 */
public final class VillageHandlers {

    private VillageHandlers() {
    }

    /** One handler per command of the model. */
    public static List<CommandHandler<?>> all() {
        return List.of(new AdoptCriteriaSetHandler(), new RegisterVillageHandler(), new AssessBaselineHandler(),
                new TakeOnCriteriaHandler(), new RecordMeasurementHandler(), new RecordRecognitionStepHandler(),
                new RecogniseVillageHandler(), new RevokeRecognitionHandler(), new CorrectMeasurementHandler());
    }

    // ------------------------------------------------------------------ shared checks

    /** The village's progress, or a refusal if it is not registered (thrown at once: nothing else can be checked). */
    private static VillageProgress requireVillage(LedgerState state, String villageCode) {
        return state.projection(VillageRegistry.class).village(villageCode).orElseThrow(
                () -> KetnghiaException.of(VillageErrorCode.VILLAGE_NOT_REGISTERED, "unitCode", villageCode));
    }

    private static CriteriaSet setOf(LedgerState state, VillageProgress village) {
        return state.projection(VillageRegistry.class).criteriaSet(village.criteriaSetId()).orElseThrow(
                () -> KetnghiaException.of(VillageErrorCode.VILLAGE_SET_UNKNOWN, "criteriaSetId", village.criteriaSetId()));
    }

    private static void checkText(String value, String field, Problems problems) {
        problems.check(value.isBlank(), CoreErrorCode.VALUE_BLANK, field);
    }

    private static void checkReadings(CriteriaSet set, List<IndicatorReading> readings, Problems problems) {
        problems.check(readings.isEmpty(), VillageErrorCode.VILLAGE_NO_READINGS, "readings");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < readings.size(); i++) {
            IndicatorReading reading = readings.get(i);
            String field = "readings[" + i + "]";
            problems.addAll(CriteriaSets.checkReading(set, reading.indicatorId(), reading.reading(), field));
            problems.check(!seen.add(reading.indicatorId()), CoreErrorCode.VALUE_DUPLICATE, field + ".indicatorId",
                    reading.indicatorId());
            checkText(reading.evidence(), field + ".evidence", problems);
        }
    }

    private static void checkAllMet(VillageProgress village, Problems problems) {
        for (String criterionId : village.unmetCriteria()) {
            problems.add(VillageErrorCode.VILLAGE_CRITERION_NOT_MET, "criteria." + criterionId, village.villageCode(),
                    criterionId);
        }
    }

    private static void checkDecisionNumber(LedgerState state, String number, Problems problems) {
        if (!number.isBlank()) {
            problems.check(state.projection(VillageRegistry.class).isDecisionNumberUsed(number),
                    VillageErrorCode.VILLAGE_DECISION_IN_USE, "decisionNumber", number);
        } else {
            problems.add(CoreErrorCode.VALUE_BLANK, "decisionNumber");
        }
    }

    // ------------------------------------------------------------------ handlers

    static final class AdoptCriteriaSetHandler implements CommandHandler<AdoptCriteriaSet> {
        @Override
        public Class<AdoptCriteriaSet> commandType() {
            return AdoptCriteriaSet.class;
        }

        @Override
        public List<EventDraft> handle(AdoptCriteriaSet command, LedgerState state) {
            Problems problems = new Problems();
            for (Problem problem : CriteriaSets.validate(command.criteriaSet())) {
                problems.add(new Problem(problem.code(), "criteriaSet." + problem.field(), problem.arguments()));
            }
            problems.check(state.projection(VillageRegistry.class).criteriaSet(command.criteriaSet().id()).isPresent(),
                    VillageErrorCode.VILLAGE_SET_ALREADY_ADOPTED, "criteriaSet.id", command.criteriaSet().id());
            problems.throwIfAny();
            return List.of(EventDraft.of(command, CriteriaSetAdopted.builder().criteriaSet(command.criteriaSet()).build()));
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE);
        }
    }

    static final class RegisterVillageHandler implements CommandHandler<RegisterVillage> {
        @Override
        public Class<RegisterVillage> commandType() {
            return RegisterVillage.class;
        }

        @Override
        public List<EventDraft> handle(RegisterVillage command, LedgerState state) {
            VillageRegistry registry = state.projection(VillageRegistry.class);
            AdministrativeRegistry units = state.administrativeUnits();
            String code = command.unitCode();
            LocalDate date = command.occurredOn();
            Problems problems = new Problems();
            Optional<AdministrativeUnit> unit = units.unitAsOf(code, date);
            boolean village = unit.map(found -> AdminLevel.VILLAGE.equals(found.levelId())).orElse(false);
            problems.check(!village, VillageErrorCode.VILLAGE_NOT_A_VILLAGE, "unitCode", code, date);
            problems.check(registry.isRegistered(code), VillageErrorCode.VILLAGE_ALREADY_REGISTERED, "unitCode", code);
            checkText(command.reference(), "reference", problems);
            Optional<CriteriaSet> set = registry.criteriaSet(command.criteriaSetId());
            if (set.isEmpty()) {
                problems.add(VillageErrorCode.VILLAGE_SET_UNKNOWN, "criteriaSetId", command.criteriaSetId());
            } else {
                problems.check(!set.get().isInForce(date), VillageErrorCode.VILLAGE_SET_NOT_IN_FORCE, "criteriaSetId",
                        command.criteriaSetId(), date);
            }
            OptionalInt zone = village ? units.modelVillageZoneAsOf(code, date) : OptionalInt.empty();
            Optional<AdministrativeUnit> commune = village ? units.ancestorAtLevel(code, AdminLevel.COMMUNE, date)
                    : Optional.empty();
            if (village) {
                problems.check(zone.isEmpty(), VillageErrorCode.VILLAGE_ZONE_UNKNOWN, "unitCode", code, date);
                problems.check(commune.isEmpty(), VillageErrorCode.VILLAGE_NOT_A_VILLAGE, "unitCode", code, date);
                ProcessRules.checkPilotCommune(state, code, date, problems);
                // a commune with a model plan recorded registers villages only under an approved village plan
                commune.ifPresent(found -> ModelPlanRegistry.checkApprovedPlan(state, found.code(), VillageModel.ID,
                        date, VillageErrorCode.VILLAGE_NO_APPROVED_PLAN, "unitCode", problems));
            }
            if (zone.isPresent() && set.isPresent()) {
                problems.check(!set.get().zones().contains(zone.getAsInt()), VillageErrorCode.VILLAGE_ZONE_NOT_IN_SET,
                        "unitCode", code, zone.getAsInt(), set.get().id());
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, VillageRegistered.builder().villageCode(code)
                    .communeCode(commune.orElseThrow().code()).criteriaSetId(command.criteriaSetId())
                    .zone(zone.getAsInt()).reference(command.reference()).build()));
        }
    }

    static final class AssessBaselineHandler implements CommandHandler<AssessBaseline> {
        @Override
        public Class<AssessBaseline> commandType() {
            return AssessBaseline.class;
        }

        @Override
        public List<EventDraft> handle(AssessBaseline command, LedgerState state) {
            VillageProgress village = requireVillage(state, command.unitCode());
            CriteriaSet set = setOf(state, village);
            Problems problems = new Problems();
            problems.check(village.baselineOn().isPresent(), VillageErrorCode.VILLAGE_BASELINE_ALREADY_ASSESSED,
                    "unitCode", village.villageCode());
            checkReadings(set, command.readings(), problems);
            Set<String> given = new HashSet<>();
            command.readings().forEach(reading -> given.add(reading.indicatorId()));
            for (String indicatorId : set.measuredIndicators().keySet()) {
                problems.check(!given.contains(indicatorId), VillageErrorCode.VILLAGE_BASELINE_INCOMPLETE, "readings",
                        indicatorId);
            }
            problems.check(command.occurredOn().isBefore(village.registeredOn()),
                    VillageErrorCode.VILLAGE_MEASUREMENT_BEFORE_BASELINE, "occurredOn", village.villageCode(),
                    command.occurredOn(), village.registeredOn());
            problems.throwIfAny();
            return List.of(EventDraft.of(command, BaselineAssessed.builder().villageCode(village.villageCode())
                    .readings(command.readings()).build()));
        }
    }

    static final class TakeOnCriteriaHandler implements CommandHandler<TakeOnCriteria> {
        @Override
        public Class<TakeOnCriteria> commandType() {
            return TakeOnCriteria.class;
        }

        @Override
        public List<EventDraft> handle(TakeOnCriteria command, LedgerState state) {
            VillageProgress village = requireVillage(state, command.unitCode());
            CriteriaSet set = setOf(state, village);
            TwinningRegistry twinning = state.projection(TwinningRegistry.class);
            AdministrativeRegistry units = state.administrativeUnits();
            LocalDate date = command.occurredOn();
            Problems problems = new Problems();
            String commune = units.ancestorAtLevel(village.villageCode(), AdminLevel.COMMUNE, date)
                    .map(AdministrativeUnit::code).orElse(village.communeCodeAtRegistration());
            ProcessRules.checkPlanAfterBaseline(village, date, problems);
            ProcessRules.checkPilotCommune(state, village.villageCode(), date, problems);
            Optional<String> sponsorId = command.sponsorId();
            if (sponsorId.isEmpty() || sponsorId.get().isBlank()) {
                problems.add(CoreErrorCode.VALUE_REQUIRED, "sponsorId");
            } else if (twinning.sponsor(sponsorId.get()).isEmpty()) {
                problems.add(VillageErrorCode.VILLAGE_UNKNOWN_SPONSOR, "sponsorId", sponsorId.get());
            } else {
                boolean twinned = twinning.agreementsCovering(commune, date, units).stream()
                        .anyMatch(agreement -> agreement.sponsorIds().contains(sponsorId.get()));
                problems.check(!twinned, VillageErrorCode.VILLAGE_SPONSOR_NOT_TWINNED, "sponsorId", sponsorId.get(),
                        commune, village.villageCode(), date);
            }
            problems.check(command.criterionIds().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "criterionIds");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < command.criterionIds().size(); i++) {
                String criterionId = command.criterionIds().get(i);
                String field = "criterionIds[" + i + "]";
                if (set.criterion(criterionId).isEmpty()) {
                    problems.add(VillageErrorCode.VILLAGE_UNKNOWN_CRITERION, field, criterionId, set.id());
                } else if (!seen.add(criterionId)) {
                    problems.add(CoreErrorCode.VALUE_DUPLICATE, field, criterionId);
                } else if (sponsorId.isPresent()) {
                    boolean taken = village.assignments().stream().anyMatch(line -> line.criterionId().equals(criterionId)
                            && line.sponsorId().equals(sponsorId.get()));
                    problems.check(taken, VillageErrorCode.VILLAGE_CRITERION_ALREADY_TAKEN, field, sponsorId.get(),
                            criterionId, village.villageCode());
                }
            }
            checkText(command.planReference(), "planReference", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, CriteriaTakenOn.builder().villageCode(village.villageCode())
                    .sponsorId(sponsorId.orElseThrow()).communeCode(commune).criterionIds(command.criterionIds())
                    .planReference(command.planReference()).build()));
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
                    ActorRole.COMMUNE_COMMITTEE, ActorRole.SPONSOR);
        }
    }

    static final class RecordMeasurementHandler implements CommandHandler<RecordMeasurement> {
        @Override
        public Class<RecordMeasurement> commandType() {
            return RecordMeasurement.class;
        }

        @Override
        public List<EventDraft> handle(RecordMeasurement command, LedgerState state) {
            VillageProgress village = requireVillage(state, command.unitCode());
            CriteriaSet set = setOf(state, village);
            Problems problems = new Problems();
            if (village.baselineOn().isEmpty()) {
                problems.add(VillageErrorCode.VILLAGE_BASELINE_MISSING, "unitCode", village.villageCode());
            } else {
                problems.check(command.occurredOn().isBefore(village.baselineOn().get()),
                        VillageErrorCode.VILLAGE_MEASUREMENT_BEFORE_BASELINE, "occurredOn", village.villageCode(),
                        command.occurredOn(), village.baselineOn().get());
            }
            if (command.reassessment()) {
                if (!village.isRecognised()) {
                    problems.add(VillageErrorCode.VILLAGE_NOT_RECOGNISED, "reassessment", village.villageCode());
                } else {
                    ProcessRules.checkReassessmentAfterRecognition(village, command.occurredOn(), problems);
                }
            }
            checkReadings(set, command.readings(), problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, IndicatorsMeasured.builder().villageCode(village.villageCode())
                    .readings(command.readings()).reassessment(command.reassessment()).build()));
        }
    }

    static final class RecordRecognitionStepHandler implements CommandHandler<RecordRecognitionStep> {
        @Override
        public Class<RecordRecognitionStep> commandType() {
            return RecordRecognitionStep.class;
        }

        @Override
        public List<EventDraft> handle(RecordRecognitionStep command, LedgerState state) {
            VillageProgress village = requireVillage(state, command.unitCode());
            Problems problems = new Problems();
            RecognitionStep step = command.step();
            Set<RecognitionStage> from = switch (step) {
                case SELF_ASSESSMENT -> EnumSet.of(RecognitionStage.IN_PROGRESS, RecognitionStage.REVOKED);
                case COMMUNE_PROPOSAL -> EnumSet.of(RecognitionStage.SELF_ASSESSED);
                case INSPECTION -> EnumSet.of(RecognitionStage.PROPOSED);
                case DOSSIER -> EnumSet.of(RecognitionStage.INSPECTED);
            };
            problems.check(!from.contains(village.stage()), VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER, "step",
                    village.villageCode(), village.stage(), step);
            ProcessRules.checkNotBeforeStage(village, step.name(), command.occurredOn(), problems);
            if (step == RecognitionStep.SELF_ASSESSMENT) {
                ProcessRules.checkSelfAssessmentAfterMeasurement(village, command.occurredOn(), problems);
            }
            problems.check(command.failed() && step != RecognitionStep.INSPECTION, VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER,
                    "failed", village.villageCode(), village.stage(), step);
            if (!command.failed()) {
                checkAllMet(village, problems);
            }
            checkText(command.documentReference(), "documentReference", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, RecognitionStepRecorded.builder()
                    .from((RecognitionStepFacts) command).villageCode(village.villageCode()).build()));
        }
    }

    static final class RecogniseVillageHandler implements CommandHandler<RecogniseVillage> {
        @Override
        public Class<RecogniseVillage> commandType() {
            return RecogniseVillage.class;
        }

        @Override
        public List<EventDraft> handle(RecogniseVillage command, LedgerState state) {
            VillageProgress village = requireVillage(state, command.unitCode());
            Problems problems = new Problems();
            problems.check(village.stage() != RecognitionStage.DOSSIER_SUBMITTED, VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER,
                    "unitCode", village.villageCode(), village.stage(), "RECOGNITION");
            ProcessRules.checkNotBeforeStage(village, "RECOGNITION", command.occurredOn(), problems);
            checkAllMet(village, problems);
            checkDecisionNumber(state, command.decisionNumber(), problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, VillageRecognised.builder().villageCode(village.villageCode())
                    .decisionNumber(command.decisionNumber()).decisionDate(command.occurredOn()).build()));
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
                    ActorRole.COMMUNE_COMMITTEE);
        }
    }

    static final class RevokeRecognitionHandler implements CommandHandler<RevokeRecognition> {
        @Override
        public Class<RevokeRecognition> commandType() {
            return RevokeRecognition.class;
        }

        @Override
        public List<EventDraft> handle(RevokeRecognition command, LedgerState state) {
            VillageProgress village = requireVillage(state, command.unitCode());
            Problems problems = new Problems();
            if (!village.isRecognised()) {
                problems.add(VillageErrorCode.VILLAGE_NOT_RECOGNISED, "unitCode", village.villageCode());
            } else if (village.reassessedOn().isEmpty()) {
                problems.add(VillageErrorCode.VILLAGE_NO_REASSESSMENT, "unitCode", village.villageCode());
            } else {
                problems.check(village.allCriteriaMet(), VillageErrorCode.VILLAGE_REASSESSMENT_PASSED, "unitCode",
                        village.villageCode());
                ProcessRules.checkRevocationAfterReassessment(village, command.occurredOn(), problems);
            }
            checkDecisionNumber(state, command.decisionNumber(), problems);
            checkText(command.reason(), "reason", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, RecognitionRevoked.builder().villageCode(village.villageCode())
                    .decisionNumber(command.decisionNumber())
                    .revokedDecisionNumber(village.recognitionDecision().orElseThrow()).reason(command.reason()).build()));
        }
    }

    /**
     * Corrects readings of a recorded measurement: the measurement must be the village's, each corrected indicator
     * one it read, the value valid for the set and different from the value in force, the date not before the
     * measurement's, the reason given. The same roles as for recording a measurement.
     */
    static final class CorrectMeasurementHandler implements CommandHandler<CorrectMeasurement> {
        @Override
        public Class<CorrectMeasurement> commandType() {
            return CorrectMeasurement.class;
        }

        @Override
        public List<EventDraft> handle(CorrectMeasurement command, LedgerState state) {
            VillageProgress village = requireVillage(state, command.unitCode());
            CriteriaSet set = setOf(state, village);
            VillageRegistry registry = state.projection(VillageRegistry.class);
            List<VillageRegistry.DatedReading> measurement = registry.measurement(village.villageCode(),
                    command.measurementSequence());
            Problems problems = new Problems();
            checkReadings(set, command.readings(), problems);
            checkText(command.reason(), "reason", problems);
            if (measurement.isEmpty()) {
                problems.add(VillageErrorCode.VILLAGE_MEASUREMENT_UNKNOWN, "measurementSequence", village.villageCode(),
                        command.measurementSequence());
                problems.throwIfAny();
            }
            LocalDate measuredOn = measurement.get(0).measuredOn();
            problems.check(command.occurredOn().isBefore(measuredOn), VillageErrorCode.VILLAGE_CORRECTION_BEFORE_MEASUREMENT,
                    "occurredOn", village.villageCode(), command.occurredOn(), measuredOn);
            for (int i = 0; i < command.readings().size(); i++) {
                IndicatorReading reading = command.readings().get(i);
                String field = "readings[" + i + "].indicatorId";
                Optional<VillageRegistry.DatedReading> inForce = measurement.stream()
                        .filter(dated -> dated.indicatorId().equals(reading.indicatorId())).findFirst();
                if (inForce.isEmpty()) {
                    problems.add(VillageErrorCode.VILLAGE_READING_NOT_IN_MEASUREMENT, field, village.villageCode(),
                            command.measurementSequence(), reading.indicatorId());
                } else {
                    problems.check(inForce.get().reading().equals(reading.reading()),
                            VillageErrorCode.VILLAGE_CORRECTION_UNCHANGED, field, village.villageCode(),
                            command.measurementSequence(), reading.indicatorId());
                }
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, MeasurementCorrected.builder().villageCode(village.villageCode())
                    .measurementSequence(command.measurementSequence()).measuredOn(measuredOn)
                    .readings(command.readings()).reason(command.reason()).build()));
        }
    }
}
