package org.ketnghia.benchmarks;

import java.time.LocalDate;
import org.ketnghia.benchmarks.Benchmarks.Options;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.LivestockSimulator;
import org.ketnghia.livestock.simulation.SimulationIndicators;

/**
 * B1: Monte Carlo of the Quảng Nam revolving-livestock plan (150 cattle households × 2, 150 goat
 * households × 5), default demography and pass-on policy ("first female offspring"), 10 years,
 * monthly steps, 1,000 replicates, through the core {@link MonteCarloRunner}.
 *
 * <p>Warm-up, then {@code repeats} timed runs with 1 thread and with 2 threads (alternating, so that
 * noise from other processes hits both alike); the best run of each counts. Animal-months are the
 * simulator's own count ({@link SimulationIndicators#ANIMAL_MONTHS_ID}: animals alive at the start of
 * each simulated month, summed over replicates). Also checks that both thread counts give the same
 * summary, and runs 1/10 of the replicates for the cost-growth exponent.
 */
final class LivestockSimulationBenchmark {

    static final int REPLICATES = 1_000;
    static final int YEARS = 10;
    static final long SEED = 20210701L;

    private LivestockSimulationBenchmark() {
    }

    static SimulationScenario scenario() {
        return new SimulationScenario(LocalDate.of(2021, 7, 1), YEARS, new PlanSection(LivestockModel.ID,
                "models.livestock", KetnghiaJson.newObjectMapper().valueToTree(LivestockProgramme.quangNam2021())));
    }

    static void run(Options options) {
        int replicates = options.size(REPLICATES);
        int tenth = Math.max(1, replicates / 10);
        SimulationScenario scenario = scenario();
        LivestockSimulator simulator = new LivestockSimulator();
        for (int i = 0; i < 3; i++) { // warm-up
            runner(Math.max(1, replicates / 5), 2).run(simulator, scenario);
        }
        double best1 = Double.MAX_VALUE;
        double best2 = Double.MAX_VALUE;
        SimulationSummary one = null;
        SimulationSummary two = null;
        for (int r = 0; r < Math.max(1, options.repeats()); r++) {
            Measure.settle();
            long start = System.nanoTime();
            one = runner(replicates, 1).run(simulator, scenario);
            best1 = Math.min(best1, (System.nanoTime() - start) / 1e9);
            Measure.settle();
            start = System.nanoTime();
            two = runner(replicates, 2).run(simulator, scenario);
            best2 = Math.min(best2, (System.nanoTime() - start) / 1e9);
        }
        Measure.settle();
        long start = System.nanoTime();
        runner(tenth, 2).run(simulator, scenario);
        double tenthSeconds = (System.nanoTime() - start) / 1e9;
        double animalMonths = animalMonths(two);
        options.figure("B1", "animal-months-per-second", animalMonths / best2);
        options.figure("B1", "replicates-per-second", replicates / best2);
        options.figure("B1", "speedup-2-threads", best1 / best2);
        options.figure("B1", "animal-months-per-second-1-thread", animalMonths / best1);
        if (replicates > tenth) {
            options.figure("B1", "cost-growth-exponent", Measure.growth(tenth, tenthSeconds, replicates, best2));
        }
        options.note("animal-months simulated per run: " + String.format(java.util.Locale.ROOT, "%.0f", animalMonths)
                + "; best seconds 1 thread " + best1 + ", 2 threads " + best2 + "; available processors "
                + Runtime.getRuntime().availableProcessors());
        options.note("same summary with 1 and 2 threads: " + one.equals(two));
        if (!one.equals(two)) {
            throw new IllegalStateException("B1: the summary differs between 1 and 2 threads");
        }
        IndicatorStatistics households = two.statistics(SimulationIndicators.HOUSEHOLDS, YEARS).orElseThrow();
        options.note("households reached by year " + YEARS + ": mean " + households.mean() + ", p5 " + households.p5()
                + ", p95 " + households.p95());
    }

    private static MonteCarloRunner runner(int replicates, int threads) {
        return MonteCarloRunner.builder().replicates(replicates).masterSeed(SEED).threads(threads).build();
    }

    private static double animalMonths(SimulationSummary summary) {
        double total = 0;
        for (int year = 1; year <= summary.years(); year++) {
            IndicatorStatistics stats = summary.statistics(SimulationIndicators.ANIMAL_MONTHS_ID, year).orElseThrow();
            total += stats.mean() * stats.count();
        }
        return total;
    }
}
