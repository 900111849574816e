package org.ketnghia.livestock.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ProgressListener;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.simulation.LivestockSimulator;
import org.ketnghia.livestock.simulation.SimulationSettings;

/**
 * One sweep: the tasks — a replicate of the scenarios priced alike (those differing only in the animals' prices: one
 * run records them all) — the worker threads and the kept values {@code values[scenario][indicator][replicate]}. Each
 * task writes its own cells only; the threads are joined before the values are read.
 */
final class SweepRun {

    private final SimulationScenario scenario;
    private final LivestockSimulator[] simulators;
    private final Map<String, int[]> slots = new HashMap<>();
    private final int indicatorCount;
    private final int replicates;
    private final int threads;
    private final ProgressListener progress;
    private final MonteCarloRunner streams;
    private final AtomicLong nextTask = new AtomicLong();
    private final Object progressLock = new Object();
    private long done;
    private volatile Throwable failure;
    private final double[][][] values;
    /**
     * The scenarios run together, each list headed by the first of its scenarios, in the scenarios' order: those
     * whose settings differ only in the animals' prices ({@link LivestockSimulator#pricedAlike}) have the same herds
     * replicate by replicate, so one run of the first records them all ({@link LivestockSimulator#simulateReplicate(
     * SimulationScenario, SplittableRandom, ReplicateRecorder, List, List)}).
     */
    private final int[][] pricedAlike;

    SweepRun(SimulationScenario scenario, List<Scenario> scenarios, List<ScenarioIndicator> indicators,
            SimulationSettings base, long replicates, long masterSeed, int threads, ProgressListener progress) {
        this.scenario = scenario;
        this.simulators = new LivestockSimulator[scenarios.size()];
        for (int s = 0; s < simulators.length; s++) {
            simulators[s] = new LivestockSimulator(scenarios.get(s).settings(base));
        }
        List<List<Integer>> together = new ArrayList<>();
        for (int s = 0; s < simulators.length; s++) {
            List<Integer> joined = null;
            for (List<Integer> candidate : together) {
                if (LivestockSimulator.pricedAlike(simulators[candidate.get(0)].settings(), simulators[s].settings())) {
                    joined = candidate;
                    break;
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                together.add(joined);
            }
            joined.add(s);
        }
        this.pricedAlike = together.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.indicatorCount = indicators.size();
        for (int k = 0; k < indicators.size(); k++) {
            ScenarioIndicator indicator = indicators.get(k);
            int[] byYear = slots.computeIfAbsent(indicator.indicatorId(), id -> {
                int[] fresh = new int[scenario.years() + 1];
                Arrays.fill(fresh, -1);
                return fresh;
            });
            byYear[indicator.year()] = k;
        }
        this.replicates = Math.toIntExact(replicates);
        this.threads = threads;
        this.progress = progress;
        // a runner only to hand each replicate its Monte Carlo stream; it never runs a whole sweep itself
        this.streams = MonteCarloRunner.builder().replicates(replicates).masterSeed(masterSeed).threads(1).build();
        this.values = new double[simulators.length][indicatorCount][this.replicates];
        for (double[][] byIndicator : values) {
            for (double[] byReplicate : byIndicator) {
                Arrays.fill(byReplicate, Double.NaN);
            }
        }
    }

    /** Runs every task and returns the values. */
    double[][][] run() {
        if (threads == 1) {
            work();
        } else {
            Thread[] workers = new Thread[threads];
            for (int i = 0; i < threads; i++) {
                workers[i] = new Thread(this::work, "ketnghia-scenario-sweep-" + i);
                workers[i].setDaemon(true);
                workers[i].start();
            }
            for (Thread worker : workers) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    fail(KetnghiaException.of(ScenarioErrorCode.SCENARIO_INTERRUPTED, "", nextTask.get()));
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw new IllegalStateException("a scenario replicate failed", failed);
        }
        return values;
    }

    private void work() {
        long total = (long) simulators.length * replicates;
        long tasks = (long) pricedAlike.length * replicates;
        while (failure == null) {
            long task = nextTask.getAndIncrement();
            if (task >= tasks) {
                return;
            }
            int replicate = (int) (task / pricedAlike.length);
            int[] scenarios = pricedAlike[(int) (task % pricedAlike.length)];
            try {
                streams.replicate(new Capture(scenarios, replicate), scenario, replicate);
                synchronized (progressLock) {
                    for (int k = 0; k < scenarios.length; k++) {
                        done++;
                        progress.onProgress(done, total);
                    }
                }
            } catch (Throwable taskFailure) {
                fail(taskFailure);
                return;
            }
        }
    }

    private synchronized void fail(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
    }

    /**
     * Runs the first of scenarios priced alike on the stream the runner hands it and keeps the chosen values of one
     * replicate of each of them.
     */
    private final class Capture implements ModelSimulator {
        private final int[] scenarios;
        private final int replicate;

        Capture(int[] scenarios, int replicate) {
            this.scenarios = scenarios;
            this.replicate = replicate;
        }

        @Override
        public String modelId() {
            return simulators[scenarios[0]].modelId();
        }

        @Override
        public void simulateReplicate(SimulationScenario ignored, SplittableRandom random, ReplicateRecorder unused) {
            List<LivestockSimulator> others = new ArrayList<>(scenarios.length - 1);
            List<ReplicateRecorder> into = new ArrayList<>(scenarios.length - 1);
            for (int k = 1; k < scenarios.length; k++) {
                others.add(simulators[scenarios[k]]);
                into.add(keeper(values[scenarios[k]]));
            }
            simulators[scenarios[0]].simulateReplicate(scenario, random, keeper(values[scenarios[0]]), others, into);
        }

        /** The recorder keeping a scenario's chosen values of this replicate in {@code byIndicator}. */
        private ReplicateRecorder keeper(double[][] byIndicator) {
            return (indicatorId, year, value) -> {
                int[] byYear = slots.get(indicatorId);
                if (byYear != null && year >= 1 && year < byYear.length && byYear[year] >= 0) {
                    byIndicator[byYear[year]][replicate] = value;
                }
            };
        }
    }
}
