package org.ketnghia.livestock.simulation;

import java.util.Locale;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;

/**
 * Not a test: a small timing of B1's setting (the Quảng Nam plan, ten years, default settings) to compare a
 * change before and after on the same machine. {@code java -cp <test classpath>
 * org.ketnghia.livestock.simulation.SimulatorTiming [replicates] [repeats]}. Prints animal-months per second with
 * 1 and 2 threads (best of the repeats) and households reached by year 10. The benchmark B1 gives the figures.
 */
public final class SimulatorTiming {

    private SimulatorTiming() {
    }

    /** Runs the timing. */
    public static void main(String[] args) {
        int replicates = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SimulationScenario scenario = Scenarios.quangNam(10);
        LivestockSimulator simulator = new LivestockSimulator();
        if (args.length > 2 && args[2].equals("figures")) { // means of the main figures, years 5 and 10
            SimulationSummary figures = runner(replicates, 2).run(simulator, scenario);
            for (String id : java.util.List.of(SimulationIndicators.HOUSEHOLDS, SimulationIndicators.HOUSEHOLDS_ROUND_2,
                    SimulationIndicators.HOUSEHOLDS_ROUND_3_PLUS, SimulationIndicators.CATTLE_FEMALES,
                    SimulationIndicators.GOAT_FEMALES, SimulationIndicators.BIRTHS_ID, SimulationIndicators.DEATHS_ID,
                    SimulationIndicators.SALES_ID, SimulationIndicators.PASS_ONS_DONE_ID,
                    SimulationIndicators.PASS_ONS_OVERDUE_ID, SimulationIndicators.HERD_VALUE_ID,
                    SimulationIndicators.ANIMAL_MONTHS_ID)) {
                for (int year : new int[] {5, 10}) {
                    IndicatorStatistics stats = figures.statistics(id, year).orElseThrow();
                    System.out.printf(Locale.ROOT, "%s year %d: mean %.1f p5 %.1f p95 %.1f%n", id, year, stats.mean(),
                            stats.p5(), stats.p95());
                }
            }
            return;
        }
        if (args.length > 2 && args[2].equals("count")) { // what one replicate does, summed over the years
            java.util.Map<String, Double> sums = new java.util.TreeMap<>();
            simulator.simulateReplicate(scenario, new java.util.SplittableRandom(1), (id, year, value) -> {
                if (id.indexOf('/') < 0) {
                    sums.merge(id, value, Double::sum);
                }
            });
            sums.forEach((id, value) -> System.out.println(id + " " + value));
            return;
        }
        if (args.length > 2) { // the simulator alone, one thread, values thrown away
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < replicates; i++) {
                    simulator.simulateReplicate(scenario, new java.util.SplittableRandom(i), (id, year, value) -> { });
                }
                System.out.printf(Locale.ROOT, "simulator alone: %.3f ms per replicate (thread CPU %.3f ms)%n",
                        (System.nanoTime() - start) / 1e6 / replicates,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / replicates);
            }
            return;
        }
        runner(replicates, 2).run(simulator, scenario);
        double best1 = Double.MAX_VALUE;
        double best2 = Double.MAX_VALUE;
        SimulationSummary summary = null;
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            runner(replicates, 1).run(simulator, scenario);
            best1 = Math.min(best1, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            summary = runner(replicates, 2).run(simulator, scenario);
            best2 = Math.min(best2, (System.nanoTime() - start) / 1e9);
        }
        double animalMonths = 0;
        for (int year = 1; year <= 10; year++) {
            IndicatorStatistics stats = summary.statistics(SimulationIndicators.ANIMAL_MONTHS_ID, year).orElseThrow();
            animalMonths += stats.mean() * stats.count();
        }
        IndicatorStatistics reached = summary.statistics(SimulationIndicators.HOUSEHOLDS, 10).orElseThrow();
        System.out.printf(Locale.ROOT, "replicates %d: animal-months %.0f; 1 thread %.3f s = %.0f /s; 2 threads %.3f s"
                + " = %.0f /s; speedup %.2f; households reached year 10 mean %.1f p5 %.1f p95 %.1f%n", replicates,
                animalMonths, best1, animalMonths / best1, best2, animalMonths / best2, best1 / best2, reached.mean(),
                reached.p5(), reached.p95());
    }

    private static MonteCarloRunner runner(int replicates, int threads) {
        return MonteCarloRunner.builder().replicates(replicates).masterSeed(20210701L).threads(threads).build();
    }
}
