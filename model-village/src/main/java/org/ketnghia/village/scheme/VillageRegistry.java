package org.ketnghia.village.scheme;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.Criterion;
import org.ketnghia.village.criteria.Reading;

/**
 * The model's projection: adopted criteria sets and the villages in the scheme, with their readings
 * over time, the sponsors' plan and the recognition workflow. Read it with {@code
 * ledger.read(VillageRegistry.class, registry -> …)}; every query returns immutable values.
 * Ignores events it does not know and never throws for accepted ones. Not thread-safe by itself:
 * the ledger guards it with its lock.
 */
public final class VillageRegistry implements Projection {

    private final Map<String, CriteriaSet> sets = new LinkedHashMap<>();
    private final Map<String, VillageState> villages = new LinkedHashMap<>();
    private final Set<String> decisionNumbers = new HashSet<>();

    /** An empty registry; the ledger folds events into it. */
    public VillageRegistry() {
    }

    /** How this registry is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it. */
    public static SnapshotForm<VillageRegistry, ?> snapshotForm() {
        return SnapshotForm.of(VillageRegistryState.class, VillageRegistry::save, VillageRegistry::restore);
    }

    private VillageRegistryState save() {
        return new VillageRegistryState(List.copyOf(sets.values()), villages.values().stream().map(VillageState::save)
                .toList(), new TreeSet<>(decisionNumbers).stream().toList());
    }

    private static VillageRegistry restore(VillageRegistryState state) {
        VillageRegistry registry = new VillageRegistry();
        state.criteriaSets().forEach(set -> registry.sets.put(set.id(), set));
        state.villages().forEach(village -> registry.villages.put(village.code(), new VillageState(village)));
        registry.decisionNumbers.addAll(state.decisionNumbers());
        return registry;
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        LocalDate date = event.occurredOn();
        if (payload instanceof CriteriaSetAdopted adopted) {
            sets.putIfAbsent(adopted.criteriaSet().id(), adopted.criteriaSet());
        } else if (payload instanceof VillageRegistered registered) {
            villages.putIfAbsent(registered.villageCode(), new VillageState(registered, date));
        } else if (payload instanceof BaselineAssessed baseline) {
            withVillage(baseline.villageCode(), village -> {
                village.baselineOn = date;
                village.record(event.sequence(), baseline.readings(), date, false);
                if (village.stage == RecognitionStage.REGISTERED) {
                    village.moveTo(RecognitionStage.IN_PROGRESS, date);
                }
            });
        } else if (payload instanceof IndicatorsMeasured measured) {
            withVillage(measured.villageCode(), village -> {
                village.record(event.sequence(), measured.readings(), date, measured.reassessment());
                if (measured.reassessment()) {
                    village.reassessedOn = date;
                }
            });
        } else if (payload instanceof MeasurementCorrected corrected) {
            withVillage(corrected.villageCode(), village -> village.correct(corrected, event.sequence(), date));
        } else if (payload instanceof CriteriaTakenOn taken) {
            withVillage(taken.villageCode(), village -> taken.criterionIds().forEach(criterionId -> village.assignments
                    .add(new SponsorAssignment(taken.villageCode(), criterionId, taken.sponsorId(), date,
                            taken.planReference()))));
        } else if (payload instanceof RecognitionStepRecorded step) {
            withVillage(step.villageCode(), village -> village.moveTo(switch (step.step()) {
                case SELF_ASSESSMENT -> RecognitionStage.SELF_ASSESSED;
                case COMMUNE_PROPOSAL -> RecognitionStage.PROPOSED;
                case INSPECTION -> step.failed() ? RecognitionStage.IN_PROGRESS : RecognitionStage.INSPECTED;
                case DOSSIER -> RecognitionStage.DOSSIER_SUBMITTED;
            }, date));
        } else if (payload instanceof VillageRecognised recognised) {
            decisionNumbers.add(recognised.decisionNumber());
            withVillage(recognised.villageCode(), village -> {
                village.moveTo(RecognitionStage.RECOGNISED, recognised.decisionDate());
                village.recognitionDecision = recognised.decisionNumber();
                village.recognisedOn = recognised.decisionDate();
                village.reassessedOn = null;
                village.revokedOn = null;
            });
        } else if (payload instanceof RecognitionRevoked revoked) {
            decisionNumbers.add(revoked.decisionNumber());
            withVillage(revoked.villageCode(), village -> {
                village.moveTo(RecognitionStage.REVOKED, date);
                village.revokedOn = date;
            });
        }
    }

    private void withVillage(String code, java.util.function.Consumer<VillageState> change) {
        VillageState village = villages.get(code);
        if (village != null) {
            change.accept(village);
        }
    }

    // ---------------------------------------------------------------- criteria sets

    /** The adopted set with this id. */
    public Optional<CriteriaSet> criteriaSet(String setId) {
        return Optional.ofNullable(sets.get(requireNonNull(setId, "setId")));
    }

    /** Every adopted set, in the order adopted. */
    public List<CriteriaSet> criteriaSets() {
        return List.copyOf(sets.values());
    }

    // ---------------------------------------------------------------- villages

    /** Whether the village is registered in the scheme. */
    public boolean isRegistered(String villageCode) {
        return villages.containsKey(requireNonNull(villageCode, "villageCode"));
    }

    /** The village's progress, if registered. */
    public Optional<VillageProgress> village(String villageCode) {
        VillageState village = villages.get(requireNonNull(villageCode, "villageCode"));
        return village == null ? Optional.empty() : Optional.of(village.snapshot(sets.get(village.setId)));
    }

    /** Every registered village's progress, in the order registered. */
    public List<VillageProgress> villages() {
        return villages.values().stream().map(village -> village.snapshot(sets.get(village.setId))).toList();
    }

    /**
     * The readings of one indicator of a village over time, in the order recorded, as corrected (the values first
     * recorded are in {@link #corrections(String)}); empty if none.
     */
    public List<DatedReading> history(String villageCode, String indicatorId) {
        VillageState village = villages.get(requireNonNull(villageCode, "villageCode"));
        if (village == null) {
            return List.of();
        }
        return village.readingsInForce().filter(reading -> reading.indicatorId().equals(indicatorId)).toList();
    }

    /**
     * The readings of the measurement recorded as event {@code measurementSequence} of the village (baseline or
     * later measurement), as corrected; empty if the village has no such measurement.
     */
    public List<DatedReading> measurement(String villageCode, long measurementSequence) {
        VillageState village = villages.get(requireNonNull(villageCode, "villageCode"));
        if (village == null || !village.measurements.containsKey(measurementSequence)) {
            return List.of();
        }
        return List.copyOf(village.measurements.get(measurementSequence).values());
    }

    /** Every correction of the village's readings, oldest first, each with the value it replaced; empty if none. */
    public List<ReadingCorrection> corrections(String villageCode) {
        VillageState village = villages.get(requireNonNull(villageCode, "villageCode"));
        return village == null ? List.of() : List.copyOf(village.corrections);
    }

    /** Per criterion id, how many registered villages meet it now (criteria in the order first seen). */
    public Map<String, Long> villagesMeetingEachCriterion() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (VillageProgress village : villages()) {
            village.criteria().forEach((criterionId, status) ->
                    counts.merge(criterionId, status.isMet() ? 1L : 0L, Long::sum));
        }
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** The plan lines of a sponsor across villages, in the order taken on. */
    public List<SponsorAssignment> assignmentsOf(String sponsorId) {
        requireNonNull(sponsorId, "sponsorId");
        List<SponsorAssignment> found = new ArrayList<>();
        for (VillageState village : villages.values()) {
            village.assignments.stream().filter(line -> line.sponsorId().equals(sponsorId)).forEach(found::add);
        }
        return List.copyOf(found);
    }

    /** Whether a recognition or revocation decision number has been used. */
    public boolean isDecisionNumberUsed(String decisionNumber) {
        return decisionNumbers.contains(requireNonNull(decisionNumber, "decisionNumber"));
    }

    /**
     * A reading of an indicator on a date, as recorded. Immutable.
     *
     * @param indicatorId the indicator
     * @param measuredOn the date
     * @param reading the value
     * @param evidence the evidence
     * @param reassessment whether it came from a re-assessment after recognition
     * @param measurementSequence the ledger sequence of the baseline or measurement event that recorded it (the
     *     number a correction names)
     * @param corrected whether the value is a correction of the one first recorded
     */
    public record DatedReading(String indicatorId, LocalDate measuredOn, Reading reading, String evidence,
            boolean reassessment, long measurementSequence, boolean corrected) {
    }

    /**
     * A correction of one reading (<i>đính chính</i>), with the value it replaced: the history the registry keeps.
     * Immutable.
     *
     * @param indicatorId the indicator
     * @param measurementSequence the ledger sequence of the measurement corrected
     * @param measuredOn the date of that measurement
     * @param before the value in force before the correction
     * @param after the corrected value
     * @param evidence the evidence of the correction
     * @param reason why
     * @param correctedOn the day of the correction
     * @param correctionSequence the ledger sequence of the correction
     */
    public record ReadingCorrection(String indicatorId, long measurementSequence, LocalDate measuredOn, Reading before,
            Reading after, String evidence, String reason, LocalDate correctedOn, long correctionSequence) {
    }

    // ---------------------------------------------------------------- internals

    private static final class VillageState {
        final String code;
        final String communeCode;
        final String setId;
        final int zone;
        final LocalDate registeredOn;
        RecognitionStage stage = RecognitionStage.REGISTERED;
        LocalDate stageSince;
        LocalDate baselineOn;
        LocalDate lastMeasuredOn;
        /** Per measurement event, in the order recorded, its readings in force (corrections applied). */
        final Map<Long, Map<String, DatedReading>> measurements = new LinkedHashMap<>();
        final List<ReadingCorrection> corrections = new ArrayList<>();
        final List<SponsorAssignment> assignments = new ArrayList<>();
        String recognitionDecision;
        LocalDate recognisedOn;
        LocalDate reassessedOn;
        LocalDate revokedOn;

        VillageState(VillageRegistered registered, LocalDate date) {
            this.code = registered.villageCode();
            this.communeCode = registered.communeCode();
            this.setId = registered.criteriaSetId();
            this.zone = registered.zone();
            this.registeredOn = date;
            this.stageSince = date;
        }

        VillageState(VillageRegistryState.Village saved) {
            this.code = saved.code();
            this.communeCode = saved.communeCode();
            this.setId = saved.setId();
            this.zone = saved.zone();
            this.registeredOn = saved.registeredOn();
            this.stage = saved.stage();
            this.stageSince = saved.stageSince();
            this.baselineOn = saved.baselineOn().orElse(null);
            this.lastMeasuredOn = saved.lastMeasuredOn().orElse(null);
            for (VillageRegistryState.Measurement measurement : saved.measurements()) {
                Map<String, DatedReading> readings = new LinkedHashMap<>();
                measurement.readings().forEach(reading -> readings.put(reading.indicatorId(), reading));
                measurements.put(measurement.sequence(), readings);
            }
            corrections.addAll(saved.corrections());
            assignments.addAll(saved.assignments());
            this.recognitionDecision = saved.recognitionDecision().orElse(null);
            this.recognisedOn = saved.recognisedOn().orElse(null);
            this.reassessedOn = saved.reassessedOn().orElse(null);
            this.revokedOn = saved.revokedOn().orElse(null);
        }

        VillageRegistryState.Village save() {
            List<VillageRegistryState.Measurement> saved = new ArrayList<>();
            measurements.forEach((sequence, readings) -> saved.add(new VillageRegistryState.Measurement(sequence,
                    List.copyOf(readings.values()))));
            return new VillageRegistryState.Village(code, communeCode, setId, zone, registeredOn, stage, stageSince,
                    Optional.ofNullable(baselineOn), Optional.ofNullable(lastMeasuredOn), saved, corrections,
                    assignments, Optional.ofNullable(recognitionDecision), Optional.ofNullable(recognisedOn),
                    Optional.ofNullable(reassessedOn), Optional.ofNullable(revokedOn));
        }

        void moveTo(RecognitionStage next, LocalDate on) {
            stage = next;
            stageSince = on;
        }

        void record(long sequence, List<IndicatorReading> readings, LocalDate date, boolean reassessment) {
            if (lastMeasuredOn == null || date.isAfter(lastMeasuredOn)) {
                lastMeasuredOn = date;
            }
            Map<String, DatedReading> measurement = new LinkedHashMap<>();
            for (IndicatorReading reading : readings) {
                measurement.put(reading.indicatorId(), new DatedReading(reading.indicatorId(), date, reading.reading(),
                        reading.evidence(), reassessment, sequence, false));
            }
            measurements.put(sequence, measurement);
        }

        void correct(MeasurementCorrected corrected, long sequence, LocalDate correctedOn) {
            Map<String, DatedReading> measurement = measurements.get(corrected.measurementSequence());
            if (measurement == null) {
                return;
            }
            for (IndicatorReading reading : corrected.readings()) {
                DatedReading before = measurement.get(reading.indicatorId());
                if (before != null) {
                    measurement.put(reading.indicatorId(), new DatedReading(reading.indicatorId(), before.measuredOn(),
                            reading.reading(), reading.evidence(), before.reassessment(), before.measurementSequence(),
                            true));
                    corrections.add(new ReadingCorrection(reading.indicatorId(), before.measurementSequence(),
                            before.measuredOn(), before.reading(), reading.reading(), reading.evidence(),
                            corrected.reason(), correctedOn, sequence));
                }
            }
        }

        /** Every reading in force, measurement by measurement in the order recorded. */
        java.util.stream.Stream<DatedReading> readingsInForce() {
            return measurements.values().stream().flatMap(measurement -> measurement.values().stream());
        }

        /** The latest reading of each indicator: the latest date, and on one date the one recorded last. */
        Map<String, DatedReading> latest() {
            Map<String, DatedReading> latest = new TreeMap<>();
            readingsInForce().forEach(dated -> {
                DatedReading before = latest.get(dated.indicatorId());
                if (before == null || !dated.measuredOn().isBefore(before.measuredOn())) {
                    latest.put(dated.indicatorId(), dated);
                }
            });
            return latest;
        }

        VillageProgress snapshot(CriteriaSet set) {
            Map<String, Reading> readings = new LinkedHashMap<>();
            latest().forEach((id, dated) -> readings.put(id, dated.reading()));
            Map<String, CriterionStatus> statuses = new LinkedHashMap<>();
            boolean reverified = stage == RecognitionStage.RECOGNISED && reassessedOn != null;
            if (set != null) {
                for (Criterion criterion : set.criteria()) {
                    boolean met = baselineOn != null && set.isMet(criterion, zone, readings);
                    statuses.put(criterion.id(), !met ? CriterionStatus.NOT_MET
                            : reverified ? CriterionStatus.RE_VERIFIED : CriterionStatus.MET);
                }
            }
            return new VillageProgress(code, communeCode, setId, zone, registeredOn, stage,
                    Optional.ofNullable(baselineOn), statuses, readings, Optional.ofNullable(recognitionDecision),
                    Optional.ofNullable(recognisedOn), Optional.ofNullable(reassessedOn),
                    Optional.ofNullable(revokedOn), assignments, stageSince, Optional.ofNullable(lastMeasuredOn));
        }
    }
}
