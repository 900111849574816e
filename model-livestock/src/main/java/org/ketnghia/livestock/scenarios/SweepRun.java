package org.ketnghia.livestock.scenarios;

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
 * One sweep: the (replicate, scenario) tasks, the worker threads and the kept values {@code
 * values[scenario][indicator][replicate]}. Each task writes its own cells only; the threads are
 * joined before the values are read.
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

    SweepRun(SimulationScenario scenario, List<Scenario> scenarios, List<ScenarioIndicator> indicators,
            SimulationSettings base, long replicates, long masterSeed, int threads, ProgressListener progress) {
        this.scenario = scenario;
        this.simulators = new LivestockSimulator[scenarios.size()];
        for (int s = 0; s < simulators.length; s++) {
            simulators[s] = new LivestockSimulator(scenarios.get(s).settings(base));
        }
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
        while (failure == null) {
            long task = nextTask.getAndIncrement();
            if (task >= total) {
                return;
            }
            int replicate = (int) (task / simulators.length);
            int scenarioIndex = (int) (task % simulators.length);
            try {
                streams.replicate(new Capture(simulators[scenarioIndex], values[scenarioIndex], replicate), scenario,
                        replicate);
                synchronized (progressLock) {
                    done++;
                    progress.onProgress(done, total);
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

    /** Runs a scenario's simulator on the stream the runner hands it and keeps the chosen values of one replicate. */
    private final class Capture implements ModelSimulator {
        private final LivestockSimulator simulator;
        private final double[][] byIndicator;
        private final int replicate;

        Capture(LivestockSimulator simulator, double[][] byIndicator, int replicate) {
            this.simulator = simulator;
            this.byIndicator = byIndicator;
            this.replicate = replicate;
        }

        @Override
        public String modelId() {
            return simulator.modelId();
        }

        @Override
        public void simulateReplicate(SimulationScenario ignored, SplittableRandom random, ReplicateRecorder unused) {
            simulator.simulateReplicate(scenario, random, (indicatorId, year, value) -> {
                int[] byYear = slots.get(indicatorId);
                if (byYear != null && year >= 1 && year < byYear.length && byYear[year] >= 0) {
                    byIndicator[byYear[year]][replicate] = value;
                }
            });
        }
    }
}
