package org.ketnghia.benchmarks;

import java.util.List;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.scenarios.DemographyLevel;
import org.ketnghia.livestock.scenarios.IndicatorResult;
import org.ketnghia.livestock.scenarios.PriceLevel;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioGrid;
import org.ketnghia.livestock.scenarios.ScenarioSweep;
import org.ketnghia.livestock.scenarios.SensitivityEntry;
import org.ketnghia.livestock.scenarios.ShockLevel;
import org.ketnghia.livestock.simulation.Demography;

/**
 * B7: a scenario sweep of the Quảng Nam revolving-livestock plan (the scenario of B1: 150 cattle
 * households × 2, 150 goat households × 5, 10 years, monthly steps) over 48 scenarios — 4 pass-on
 * policies (the three shipped and "second female offspring") × 3 price levels (0.8, 1, 1.2) × 4 shock
 * settings (none, epidemic in year 3 adding 13 % mortality, drought in year 2 at 70 % fertility, both) —
 * with 250 replicates each and common random numbers, on 2 threads, through {@link ScenarioSweep}.
 *
 * <p>A warm-up sweep of a tenth of the replicates, then {@code repeats} timed sweeps; the best counts.
 * Prints {@code B7 seconds} (one sweep) and {@code B7 scenarios-per-second}. {@code --scale} scales the
 * replicates only; the grid is always the 48 scenarios.
 */
final class ScenarioSweepBenchmark {

    static final int REPLICATES = 250;
    static final int THREADS = 2;

    private ScenarioSweepBenchmark() {
    }

    /** The 48-scenario grid. */
    static ScenarioGrid grid() {
        PassOnPolicies shipped = PassOnPolicies.standard();
        PassOnPolicy secondFemale = PassOnPolicy.builder().from(shipped.require(PassOnPolicies.FIRST_FEMALE_OFFSPRING))
                .id("second-female-offspring").nameVi("Chuyển giao con cái thứ hai")
                .nameEn("Second female offspring passed on").offspringOrdinal(2).deadlineMonths(60).build();
        return ScenarioGrid.builder()
                .policies(List.of(shipped.require(PassOnPolicies.FIRST_FEMALE_OFFSPRING),
                        shipped.require(PassOnPolicies.FIRST_CALF_ANY_SEX), shipped.require(PassOnPolicies.MOTHER_RETURNED),
                        secondFemale))
                .priceLevels(List.of(PriceLevel.of("0.8"), PriceLevel.of("1"), PriceLevel.of("1.2")))
                .baselinePrice("1")
                .demographies(List.of(DemographyLevel.assumed(Demography.standard())))
                .shockLevels(ShockLevel.standardSet(List.of(3), 0.13, List.of(2), 0.7))
                .build();
    }

    static void run(Benchmarks.Options options) {
        int replicates = options.size(REPLICATES);
        SimulationScenario scenario = LivestockSimulationBenchmark.scenario();
        ScenarioGrid grid = grid();
        int scenarios = grid.scenarios().size();
        sweep(Math.max(1, replicates / 10)).run(scenario, grid); // warm-up
        double best = Double.MAX_VALUE;
        ScenarioComparison comparison = null;
        for (int r = 0; r < Math.max(1, options.repeats()); r++) {
            Measure.settle();
            long start = System.nanoTime();
            comparison = sweep(replicates).run(scenario, grid);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        options.figure("B7", "seconds", best);
        options.figure("B7", "scenarios-per-second", scenarios / best);
        options.note(scenarios + " scenarios × " + replicates + " replicates × " + LivestockSimulationBenchmark.YEARS
                + " years on " + THREADS + " threads; best of " + Math.max(1, options.repeats()) + " sweeps: " + best
                + " s; available processors " + Runtime.getRuntime().availableProcessors());
        IndicatorResult baseline = comparison.baselineRow().result(comparison.rankingIndicator()).orElseThrow();
        options.note("baseline households reached by year 5: mean " + baseline.mean() + ", p5 " + baseline.p5()
                + ", p95 " + baseline.p95());
        for (SensitivityEntry entry : comparison.sensitivity()) {
            options.note("sensitivity " + entry.rank() + ". " + entry.labelEn() + ": swing " + entry.swing());
        }
    }

    private static ScenarioSweep sweep(int replicates) {
        return ScenarioSweep.builder().replicates(replicates).masterSeed(LivestockSimulationBenchmark.SEED)
                .threads(THREADS).build();
    }
}
