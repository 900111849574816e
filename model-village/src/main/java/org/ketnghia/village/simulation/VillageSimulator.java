package org.ketnghia.village.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.village.VillageModel;

/**
 * Months to recognition for planning, on the core's Monte Carlo engine. Each month a village's
 * money goes to its unmet criteria in the order of the plan; a criterion closes {@code
 * improvementPerMonth × (1 + variability × (2u − 1))} points (u uniform in [0, 1)) when funded, or
 * the part the remaining money pays for. When every gap is closed the workflow takes {@code
 * processMonths} more months. Recorded per programme year:
 * <ul>
 *   <li>{@value #RECOGNISED}: villages recognised by the year's end;</li>
 *   <li>{@value #CRITERIA_MET}: criteria met by the year's end, over all villages;</li>
 *   <li>{@value #MONTHS_TO_RECOGNITION} (last year only): months from the start to recognition,
 *       averaged over the villages, a village not recognised within the horizon counting as the
 *       horizon plus one month (censored).</li>
 * </ul>
 * Stateless and thread-safe; one random draw per unmet criterion per month, in plan order. Has a
 * trace mode ({@link #simulateTrace}) that records the same replicate in a ledger.
 */
public final class VillageSimulator implements ModelSimulator {

    /** Villages recognised by the end of a year. */
    public static final String RECOGNISED = "village.villages-recognised";
    /** Criteria met by the end of a year. */
    public static final String CRITERIA_MET = "village.criteria-met";
    /** Months to recognition, censored at the horizon plus one. */
    public static final String MONTHS_TO_RECOGNITION = "village.months-to-recognition";

    private static final int NOT_MET = Integer.MIN_VALUE;

    @Override
    public String modelId() {
        return VillageModel.ID;
    }

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        run(scenario, random, recorder, null);
    }

    /**
     * The replicate in trace mode: the same random draws and recorded values as {@link
     * #simulateReplicate}, and through {@code sink} what the provincial new-rural office and the
     * commune officers would record for the plan's {@link RecognitionPlan#villageCodes() villages}:
     * the criteria set adopted (unless the ledger already has it), registration and baseline at
     * the start, sponsors taking on the criteria with a gap, a measurement at the end of every month
     * in which a gap shrank, the recognition steps once every criterion is met and the decision
     * {@code processMonths} later, and each month's spending on a criterion as a core expenditure
     * where the commune holds money for it (spending the ledger refuses, e.g. without funds, is left
     * out). See {@link VillageTrace} for the dates and readings.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the plan has no village codes, names a
     *     criterion the criteria set lacks, or the ledger rejects a command of the workflow
     */
    @Override
    public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            CommandSink sink) {
        requireNonNull(sink, "sink");
        run(scenario, random, recorder, sink);
    }

    private static void run(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            CommandSink sink) {
        requireNonNull(recorder, "recorder");
        RecognitionPlan plan = requireNonNull(scenario, "scenario").section()
                .bind(RecognitionPlan.class, KetnghiaJson.newObjectMapper());
        plan.validate();
        SimulationClock clock = SimulationClock.of(scenario);
        int villages = plan.villages();
        int criteria = plan.criteria().size();
        double[][] gaps = new double[villages][criteria];
        int[] metMonth = new int[villages];
        for (int v = 0; v < villages; v++) {
            for (int c = 0; c < criteria; c++) {
                gaps[v][c] = plan.criteria().get(c).gap();
            }
            metMonth[v] = allClosed(gaps[v]) ? -1 : NOT_MET;
        }
        VillageTrace trace = sink == null ? null : VillageTrace.start(plan, clock, sink);
        long[] spent = new long[criteria];
        double monthsSum = 0;
        for (int month = 0; month < clock.months(); month++) {
            for (int v = 0; v < villages; v++) {
                if (metMonth[v] == NOT_MET) {
                    double[] before = trace == null ? null : gaps[v].clone();
                    java.util.Arrays.fill(spent, 0);
                    work(plan.criteria(), gaps[v], plan.fundingPerMonth().dong(), random, spent);
                    if (allClosed(gaps[v])) {
                        metMonth[v] = month;
                    }
                    if (trace != null) {
                        trace.month(v, month, before, gaps[v], spent);
                        if (metMonth[v] == month) {
                            trace.allMet(v, month);
                        }
                    }
                }
            }
            if (clock.isLastMonthOfYear(month)) {
                int year = clock.programmeYear(month);
                int recognised = 0;
                int met = 0;
                for (int v = 0; v < villages; v++) {
                    if (metMonth[v] != NOT_MET && recognitionMonth(metMonth[v], plan) <= month + 1) {
                        recognised++;
                    }
                    for (double gap : gaps[v]) {
                        met += gap <= 0 ? 1 : 0;
                    }
                }
                recorder.record(RECOGNISED, year, recognised);
                recorder.record(CRITERIA_MET, year, met);
            }
        }
        for (int v = 0; v < villages; v++) {
            int months = metMonth[v] == NOT_MET ? clock.months() + 1
                    : Math.min(recognitionMonth(metMonth[v], plan), clock.months() + 1);
            monthsSum += months;
        }
        recorder.record(MONTHS_TO_RECOGNITION, scenario.years(), monthsSum / villages);
    }

    /**
     * Months from the start to recognition of one village under {@code plan}, or empty if not
     * within {@code horizonMonths}; uses {@code random} as {@link #simulateReplicate} does.
     */
    public OptionalInt monthsToRecognition(RecognitionPlan plan, int horizonMonths, SplittableRandom random) {
        requireNonNull(plan, "plan").validate();
        requireNonNull(random, "random");
        double[] gaps = plan.criteria().stream().mapToDouble(CriterionWork::gap).toArray();
        int metMonth = allClosed(gaps) ? -1 : NOT_MET;
        for (int month = 0; month < horizonMonths && metMonth == NOT_MET; month++) {
            work(plan.criteria(), gaps, plan.fundingPerMonth().dong(), random, null);
            if (allClosed(gaps)) {
                metMonth = month;
            }
        }
        int months = metMonth == NOT_MET ? Integer.MAX_VALUE : recognitionMonth(metMonth, plan);
        return months <= horizonMonths ? OptionalInt.of(months) : OptionalInt.empty();
    }

    /** Month count at recognition when the last gap closed during month index {@code metMonth} (−1: before the start). */
    static int recognitionMonth(int metMonth, RecognitionPlan plan) {
        return metMonth + 1 + plan.processMonths();
    }

    /** One month's work; adds what each criterion cost to {@code spent} when not null. */
    private static void work(List<CriterionWork> criteria, double[] gaps, long budget, SplittableRandom random,
            long[] spent) {
        long left = budget;
        for (int c = 0; c < criteria.size(); c++) {
            if (gaps[c] <= 0) {
                continue;
            }
            CriterionWork work = criteria.get(c);
            double factor = Math.max(0, 1 + work.variability() * (2 * random.nextDouble() - 1));
            double wanted = Math.min(gaps[c], work.improvementPerMonth() * factor);
            long costPerPoint = work.costPerPoint().dong();
            double done;
            if (costPerPoint == 0) {
                done = wanted;
            } else {
                double affordable = (double) left / costPerPoint;
                done = Math.min(wanted, affordable);
                long cost = Math.min(left, (long) Math.ceil(done * costPerPoint));
                left -= cost;
                if (spent != null) {
                    spent[c] += cost;
                }
            }
            gaps[c] = gaps[c] - done <= 1e-9 ? 0 : gaps[c] - done;
        }
    }

    private static boolean allClosed(double[] gaps) {
        for (double gap : gaps) {
            if (gap > 0) {
                return false;
            }
        }
        return true;
    }
}
