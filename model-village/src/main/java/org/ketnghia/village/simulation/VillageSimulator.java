package org.ketnghia.village.simulation;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.village.VillageModel;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.simulation.internal.RecognitionRun;

/**
 * Months to recognition for planning (<i>dự báo thời gian đạt chuẩn</i>), on the core's Monte Carlo
 * engine; the scenario's section is a {@link RecognitionPlan}. Each month a village's money goes to
 * its unmet criteria in the order of the plan; a criterion closes {@code improvementPerMonth × (1 +
 * variability × (2u − 1))} points (u uniform in [0, 1)) when funded, or the part the remaining money
 * pays for. When every gap is closed the workflow takes {@code processMonths} more months. Recorded
 * per programme year:
 * <ul>
 *   <li>{@value #RECOGNISED}: villages recognised by the year's end;</li>
 *   <li>{@value #CRITERIA_MET}: criteria met by the year's end, over all villages;</li>
 *   <li>{@value #MONTHS_TO_RECOGNITION} (last year only): months from the start to recognition,
 *       averaged over the villages, a village not recognised within the horizon counting as the
 *       horizon plus one month (censored).</li>
 * </ul>
 * Immutable and thread-safe; one random draw per unmet criterion per month, in plan order. Its trace
 * mode ({@link #simulateTrace}) records the same replicate in a ledger against the criteria set it
 * was built with.
 */
public final class VillageSimulator implements ModelSimulator {

    /** Villages recognised by the end of a year. */
    public static final String RECOGNISED = "village.villages-recognised";
    /** Criteria met by the end of a year. */
    public static final String CRITERIA_MET = "village.criteria-met";
    /** Months to recognition, censored at the horizon plus one. */
    public static final String MONTHS_TO_RECOGNITION = "village.months-to-recognition";

    private final CriteriaSet criteriaSet;

    /**
     * A simulator whose trace registers villages against {@code criteriaSet} (the province's set, or
     * {@link CriteriaSets#sample()} named explicitly); Monte Carlo runs do not use it.
     */
    public VillageSimulator(CriteriaSet criteriaSet) {
        this.criteriaSet = requireNonNull(criteriaSet, "criteriaSet");
    }

    @Override
    public String modelId() {
        return VillageModel.ID;
    }

    /**
     * Runs one replicate.
     *
     * @throws KetnghiaException if the scenario's section is not a valid {@link RecognitionPlan}
     */
    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        RecognitionRun.of(plan(scenario), SimulationClock.of(scenario)).run(random, recorder);
    }

    /**
     * The replicate in trace mode: the same random draws and recorded values as {@link
     * #simulateReplicate}, and through {@code sink} what the provincial new-rural coordination office
     * and the commune officers would record for the first {@link RecognitionPlan#villages()} villages
     * the context names for the plan's commune ({@link RecognitionPlan#unitCode()}): the criteria set
     * adopted (unless the ledger already has it), registration and baseline at the start (readings
     * at the thresholds of each village's zone in the context's units), sponsors taking on the
     * criteria with a gap (a sponsor the ledger finds not twinned with the village's commune is left
     * out), a measurement at the end of every month in which a gap shrank, the recognition steps
     * once every criterion is met and the decision {@code processMonths} later, and each month's
     * spending on a criterion as a core expenditure of the commune (its successor after a merger)
     * where the commune holds money for it (spending the ledger refuses is left out).
     *
     * <p>Who records — what the host should set in the context:
     * <ul>
     *   <li>{@code context.actorFor(provinceCode)}: the provincial new-rural coordination office
     *       (<i>Văn phòng Điều phối nông thôn mới tỉnh</i>), role {@code PROVINCIAL_COMMITTEE} or
     *       {@code SYSTEM}: adoption of the set, inspection, dossier and the recognition decision,
     *       for the province of the village that day (set it for a merged province's successor too);</li>
     *   <li>{@code context.actorFor(communeCode)}: the commune people's committee (<i>UBND xã</i>):
     *       registration, baseline, the sponsors' plan, measurements, self-assessment and proposal,
     *       for the village's commune that day, and spending, for the commune holding the fund;</li>
     *   <li>{@code context.actor()} for any unit without an actor of its own.</li>
     * </ul>
     *
     * @throws KetnghiaException listing every problem if the plan has no commune, names a criterion
     *     the criteria set lacks, the context names fewer villages of the commune than the plan
     *     simulates, a village has no zone or the commune no province at the start; or the ledger's
     *     exception if it rejects a command of the workflow
     */
    @Override
    public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            TraceContext context, CommandSink sink) {
        requireNonNull(random, "random");
        requireNonNull(recorder, "recorder");
        requireNonNull(context, "context");
        requireNonNull(sink, "sink");
        RecognitionRun.of(plan(scenario), SimulationClock.of(scenario))
                .runTraced(random, recorder, criteriaSet, context, sink);
    }

    /**
     * Months from the start to recognition of one village under {@code plan}, or empty if not
     * within {@code horizonMonths}; uses {@code random} as {@link #simulateReplicate} does.
     *
     * @throws KetnghiaException listing every problem of the plan
     */
    public OptionalInt monthsToRecognition(RecognitionPlan plan, int horizonMonths, SplittableRandom random) {
        requireNonNull(plan, "plan").validate();
        requireNonNull(random, "random");
        return RecognitionRun.monthsToRecognition(plan, horizonMonths, random);
    }

    private static RecognitionPlan plan(SimulationScenario scenario) {
        RecognitionPlan plan = requireNonNull(scenario, "scenario").section()
                .bind(RecognitionPlan.class, KetnghiaJson.newObjectMapper());
        plan.validate();
        return plan;
    }
}
