package org.ketnghia.training.simulation;

import java.util.List;
import java.util.SplittableRandom;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.SimulationScenario;

/**
 * The training model's simulator: coverage of officials over time, month by month, for each
 * commune of a {@link CoverageScenario} (read from the {@code coverage} part of the model's {@link
 * TrainingPlan}).
 *
 * <p>Each month, in this order: every official leaves with probability {@code 1 − (1 −
 * annualTurnover)^(1/12)} and is replaced by an untrained newcomer; then the commune holds the
 * classes due that month ({@code classesPerYear} spread evenly); a class takes up to {@code
 * capacity} untrained officials, each of whom completes with {@code completionProbability}.
 *
 * <p>Recorded at the end of each programme year:
 * <ul>
 *   <li>{@code training.sim.coverage.<commune>} and {@code training.sim.coverage}: share trained;</li>
 *   <li>{@code training.sim.target-reached.<commune>}: 1 if the commune has reached the target at
 *       any month end so far, else 0 (its mean over replicates is the chance of having reached it);</li>
 *   <li>{@code training.sim.communes-at-target}: communes that have reached it so far;</li>
 *   <li>{@code training.sim.months-to-target.<commune>} (last year only): the month (1 = the
 *       first) at whose end the commune first reached the target, or {@code months + 1} if it did
 *       not within the horizon.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; deterministic for a given random stream.
 */
public final class CoverageSimulator implements ModelSimulator {

    /** Share of trained officials, all communes. */
    public static final String COVERAGE = "training.sim.coverage";
    /** Prefix of the per-commune coverage. */
    public static final String COVERAGE_OF = "training.sim.coverage.";
    /** Prefix of the per-commune "target reached so far". */
    public static final String TARGET_REACHED_OF = "training.sim.target-reached.";
    /** Communes at target so far. */
    public static final String COMMUNES_AT_TARGET = "training.sim.communes-at-target";
    /** Prefix of the per-commune month the target was first reached. */
    public static final String MONTHS_TO_TARGET_OF = "training.sim.months-to-target.";

    private final String modelId;

    /** A simulator for the model {@code training}. */
    public CoverageSimulator() {
        this("training");
    }

    CoverageSimulator(String modelId) {
        this.modelId = modelId;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    /**
     * The scenario of the plan section, validated.
     *
     * @throws KetnghiaException if the section does not fit, lacks a coverage scenario, or breaks a rule
     */
    public static CoverageScenario scenarioOf(SimulationScenario scenario) {
        TrainingPlan plan = scenario.section().bind(TrainingPlan.class, KetnghiaJson.newObjectMapper());
        Problems problems = plan.validate(scenario.section().location(), new Problems());
        problems.check(plan.coverage().isEmpty(), CoreErrorCode.VALUE_REQUIRED, scenario.section().location() + ".coverage");
        problems.throwIfAny();
        return plan.coverage().orElseThrow();
    }

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        CoverageScenario coverage = scenarioOf(scenario);
        SimulationClock clock = SimulationClock.of(scenario);
        List<CoverageScenario.CommuneOfficials> communes = coverage.communes();
        boolean[][] trained = new boolean[communes.size()][];
        int[] trainedCount = new int[communes.size()];
        int[] reachedMonth = new int[communes.size()];
        int totalOfficials = 0;
        for (int c = 0; c < communes.size(); c++) {
            trained[c] = new boolean[communes.get(c).officials()];
            totalOfficials += communes.get(c).officials();
        }
        double monthlyLeave = 1 - Math.pow(1 - coverage.annualTurnover(), 1.0 / SimulationClock.MONTHS_PER_YEAR);
        for (int month = 0; month < clock.months(); month++) {
            int classesThisMonth = classesDue(coverage.classesPerYear(), month);
            for (int c = 0; c < communes.size(); c++) {
                boolean[] officials = trained[c];
                for (int i = 0; i < officials.length; i++) {
                    if (random.nextDouble() < monthlyLeave && officials[i]) {
                        officials[i] = false;
                        trainedCount[c]--;
                    }
                }
                for (int k = 0; k < classesThisMonth; k++) {
                    int seats = coverage.capacity();
                    for (int i = 0; i < officials.length && seats > 0; i++) {
                        if (!officials[i]) {
                            seats--;
                            if (random.nextDouble() < coverage.completionProbability()) {
                                officials[i] = true;
                                trainedCount[c]++;
                            }
                        }
                    }
                }
                if (reachedMonth[c] == 0 && trainedCount[c] >= coverage.coverageTarget() * officials.length) {
                    reachedMonth[c] = month + 1;
                }
            }
            if (clock.isLastMonthOfYear(month)) {
                int year = clock.programmeYear(month);
                long allTrained = 0;
                int atTarget = 0;
                for (int c = 0; c < communes.size(); c++) {
                    String code = communes.get(c).unitCode();
                    allTrained += trainedCount[c];
                    recorder.record(COVERAGE_OF + code, year, (double) trainedCount[c] / trained[c].length);
                    recorder.record(TARGET_REACHED_OF + code, year, reachedMonth[c] > 0 ? 1 : 0);
                    atTarget += reachedMonth[c] > 0 ? 1 : 0;
                    if (year == clock.years()) {
                        recorder.record(MONTHS_TO_TARGET_OF + code, year,
                                reachedMonth[c] > 0 ? reachedMonth[c] : clock.months() + 1);
                    }
                }
                recorder.record(COVERAGE, year, (double) allTrained / totalOfficials);
                recorder.record(COMMUNES_AT_TARGET, year, atTarget);
            }
        }
    }

    /** How many of {@code perYear} evenly spread classes fall in month {@code month} (0-based). */
    static int classesDue(int perYear, int month) {
        int inYear = month % SimulationClock.MONTHS_PER_YEAR;
        return (inYear + 1) * perYear / SimulationClock.MONTHS_PER_YEAR - inYear * perYear / SimulationClock.MONTHS_PER_YEAR;
    }
}
