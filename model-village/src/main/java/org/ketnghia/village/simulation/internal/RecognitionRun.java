package org.ketnghia.village.simulation.internal;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.simulation.CriterionWork;
import org.ketnghia.village.simulation.RecognitionPlan;
import org.ketnghia.village.simulation.VillageSimulator;

/**
 * One replicate of the months-to-recognition simulation: the gap of every criterion of every
 * village, closed month by month as the money allows, and the month each village met its last
 * criterion. One random draw per unmet criterion per month, in plan order; a trace, when there is
 * one, hears of every month and draws nothing. Not thread-safe: one replicate, one thread.
 */
public final class RecognitionRun {

    /** {@link #metMonthOf} of a village that has not met every criterion yet. */
    private static final int NOT_MET = Integer.MIN_VALUE;

    private final RecognitionPlan plan;
    private final SimulationClock clock;
    /** Points still to close, per village and criterion of the plan. */
    private final double[][] gapsOf;
    /** Month index in which a village closed its last gap (−1: before the start), or {@link #NOT_MET}. */
    private final int[] metMonthOf;
    /** What each criterion cost in the current month of the current village. */
    private final long[] spentOn;

    private RecognitionRun(RecognitionPlan plan, SimulationClock clock) {
        this.plan = plan;
        this.clock = clock;
        int villages = plan.villages();
        int criteria = plan.criteria().size();
        this.gapsOf = new double[villages][criteria];
        this.metMonthOf = new int[villages];
        this.spentOn = new long[criteria];
        for (int village = 0; village < villages; village++) {
            for (int criterion = 0; criterion < criteria; criterion++) {
                gapsOf[village][criterion] = plan.criteria().get(criterion).gap();
            }
            metMonthOf[village] = allClosed(gapsOf[village]) ? -1 : NOT_MET;
        }
    }

    /** A replicate of {@code plan} (validated) on {@code clock}, with every village at its starting gaps. */
    public static RecognitionRun of(RecognitionPlan plan, SimulationClock clock) {
        return new RecognitionRun(plan, clock);
    }

    /**
     * Runs every month, recording per programme year the villages recognised and criteria met, and
     * at the end the mean months to recognition (censored at the horizon plus one).
     */
    public void run(SplittableRandom random, ReplicateRecorder recorder) {
        run(random, recorder, null);
    }

    /**
     * {@link #run} in trace mode: first checks the plan against {@code context} and records the start
     * (see {@link VillageTrace}), then records every month's work through {@code sink}; draws the same
     * random numbers as {@link #run}.
     *
     * @throws org.ketnghia.core.error.KetnghiaException listing every problem that stops the trace, or
     *     the ledger's exception if it rejects a command
     */
    public void runTraced(SplittableRandom random, ReplicateRecorder recorder, CriteriaSet criteriaSet,
            TraceContext context, CommandSink sink) {
        run(random, recorder, VillageTrace.start(plan, clock, criteriaSet, context, sink));
    }

    /** The months of the replicate; {@code trace} is told of every month's work, or is {@code null}. */
    private void run(SplittableRandom random, ReplicateRecorder recorder, VillageTrace trace) {
        int villages = plan.villages();
        long budget = plan.fundingPerMonth().dong();
        for (int month = 0; month < clock.months(); month++) {
            for (int village = 0; village < villages; village++) {
                if (metMonthOf[village] != NOT_MET) {
                    continue;
                }
                double[] before = trace == null ? null : gapsOf[village].clone();
                Arrays.fill(spentOn, 0);
                work(plan.criteria(), gapsOf[village], budget, random, spentOn);
                if (allClosed(gapsOf[village])) {
                    metMonthOf[village] = month;
                }
                if (trace != null) {
                    trace.month(village, month, before, gapsOf[village], spentOn);
                    if (metMonthOf[village] == month) {
                        trace.allMet(village, month);
                    }
                }
            }
            if (clock.isLastMonthOfYear(month)) {
                recordYear(clock.programmeYear(month), month, recorder);
            }
        }
        double monthsSum = 0;
        for (int village = 0; village < villages; village++) {
            monthsSum += metMonthOf[village] == NOT_MET ? clock.months() + 1
                    : Math.min(recognitionMonth(metMonthOf[village], plan), clock.months() + 1);
        }
        recorder.record(VillageSimulator.MONTHS_TO_RECOGNITION, clock.years(), monthsSum / villages);
    }

    private void recordYear(int year, int month, ReplicateRecorder recorder) {
        int recognised = 0;
        int met = 0;
        for (int village = 0; village < plan.villages(); village++) {
            if (metMonthOf[village] != NOT_MET && recognitionMonth(metMonthOf[village], plan) <= month + 1) {
                recognised++;
            }
            for (double gap : gapsOf[village]) {
                met += gap <= 0 ? 1 : 0;
            }
        }
        recorder.record(VillageSimulator.RECOGNISED, year, recognised);
        recorder.record(VillageSimulator.CRITERIA_MET, year, met);
    }

    /**
     * Months from the start to recognition of one village under {@code plan} (validated), or empty if
     * not within {@code horizonMonths}; draws from {@code random} as a replicate does.
     */
    public static OptionalInt monthsToRecognition(RecognitionPlan plan, int horizonMonths, SplittableRandom random) {
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
