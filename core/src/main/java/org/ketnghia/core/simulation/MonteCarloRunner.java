package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.simulation.internal.ReplicateSeeds;
import org.ketnghia.core.simulation.internal.StreamingStatistics;

/**
 * Runs the replicates of a {@link ModelSimulator} over a {@link SimulationScenario} on several
 * threads and summarises them as streaming statistics per indicator and programme year.
 *
 * <p><b>Determinism.</b> Replicate {@code i} draws from {@link ReplicateSeeds#random(long, long)
 * ReplicateSeeds.random(masterSeed, i)}, so its values do not depend on which thread runs it. The
 * values are then added to the statistics strictly in replicate order: a finished replicate waits in
 * a reorder buffer until every replicate before it has been added. Hence the same master seed,
 * scenario and replicate count give a bit-for-bit equal {@link SimulationSummary} with 1, 2 or any
 * number of threads.
 *
 * <p><b>Memory.</b> A thread may start replicate {@code i} only when {@code i < next + window},
 * where {@code next} is the first replicate not yet summarised; so at most {@code window} replicates'
 * values are held at once, and the statistics keep constant memory per (indicator, year) (see
 * {@link StreamingStatistics}). Memory does not grow with the number of replicates.
 *
 * <p>Threads are started per run and stopped at its end. If a replicate throws, the other threads
 * stop claiming work and {@link #run} rethrows the first failure.
 *
 * <p>Immutable and thread-safe; {@link #run} may be called concurrently.
 */
public final class MonteCarloRunner {

    /** The largest thread count accepted. */
    public static final int MAX_THREADS = 1024;

    private final long replicates;
    private final long masterSeed;
    private final int threads;
    private final int window;
    private final ProgressListener progress;

    private MonteCarloRunner(Builder builder) {
        this.replicates = builder.replicates;
        this.masterSeed = builder.masterSeed;
        this.threads = builder.threads;
        this.window = builder.window == 0 ? 16 * builder.threads : builder.window;
        this.progress = builder.progress;
    }

    /** A builder: 1,000 replicates, master seed 0, one thread per available processor. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of replicates a run performs. */
    public long replicates() {
        return replicates;
    }

    /** The master seed. */
    public long masterSeed() {
        return masterSeed;
    }

    /** The number of threads a run uses. */
    public int threads() {
        return threads;
    }

    /**
     * Runs every replicate and summarises them.
     *
     * @throws KetnghiaException if a replicate records a year outside the scenario or a value that
     *     is not finite ({@link SimulationErrorCode}), or {@link
     *     SimulationErrorCode#SIMULATION_INTERRUPTED} if the calling thread is interrupted; any
     *     other exception a replicate throws is rethrown as is
     */
    public SimulationSummary run(ModelSimulator simulator, SimulationScenario scenario) {
        requireNonNull(simulator, "simulator");
        requireNonNull(scenario, "scenario");
        Run run = new Run(simulator, scenario);
        if (threads == 1) {
            run.work();
        } else {
            Thread[] workers = new Thread[threads];
            for (int i = 0; i < threads; i++) {
                workers[i] = new Thread(run::work, "ketnghia-monte-carlo-" + i);
                workers[i].setDaemon(true);
                workers[i].start();
            }
            for (Thread worker : workers) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    run.fail(KetnghiaException.of(SimulationErrorCode.SIMULATION_INTERRUPTED, "", run.folded()));
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return run.summary();
    }

    /** Runs replicate {@code replicateIndex} alone, with the same random stream it gets in {@link #run}. */
    public ReplicateValues replicate(ModelSimulator simulator, SimulationScenario scenario, long replicateIndex) {
        requireNonNull(simulator, "simulator");
        requireNonNull(scenario, "scenario");
        ValuesRecorder recorder = new ValuesRecorder(scenario.years());
        simulator.simulateReplicate(scenario, ReplicateSeeds.random(masterSeed, replicateIndex), recorder);
        return recorder.toValues(replicateIndex);
    }

    /**
     * Runs replicate {@code replicateIndex} in trace mode: its commands go to {@code sink} (e.g. a
     * {@link LedgerCommandSink}), with the same random stream the replicate gets in {@link #run}, and
     * what the host knows of the programme in {@code context}.
     *
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_NO_TRACE_MODE} if the simulator
     *     has no trace mode, or the ledger's exception if it rejects a command
     */
    public ReplicateValues trace(ModelSimulator simulator, SimulationScenario scenario, long replicateIndex,
            TraceContext context, CommandSink sink) {
        requireNonNull(simulator, "simulator");
        requireNonNull(scenario, "scenario");
        requireNonNull(context, "context");
        requireNonNull(sink, "sink");
        ValuesRecorder recorder = new ValuesRecorder(scenario.years());
        simulator.simulateTrace(scenario, ReplicateSeeds.random(masterSeed, replicateIndex), recorder, context, sink);
        return recorder.toValues(replicateIndex);
    }

    /** One run: the shared work counter, reorder buffer and statistics, guarded by one lock. */
    private final class Run {
        private final ModelSimulator simulator;
        private final SimulationScenario scenario;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition windowOpened = lock.newCondition();
        private final Map<Long, FoldingRecorder> pending = new HashMap<>();
        /**
         * The statistics per indicator id, one slot per year (index = year); a worker resolves the slots of
         * the values it records (lock-free reads), the fold only adds to them, under the lock.
         */
        private final ConcurrentHashMap<String, Slot[]> statistics = new ConcurrentHashMap<>();
        private long nextToClaim;
        private long nextToFold;
        private Throwable failure;

        Run(ModelSimulator simulator, SimulationScenario scenario) {
            this.simulator = simulator;
            this.scenario = scenario;
        }

        void work() {
            while (true) {
                long index;
                lock.lock();
                try {
                    while (failure == null && nextToClaim < replicates && nextToClaim >= nextToFold + window) {
                        windowOpened.await();
                    }
                    if (failure != null || nextToClaim >= replicates) {
                        return;
                    }
                    index = nextToClaim++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failLocked(KetnghiaException.of(SimulationErrorCode.SIMULATION_INTERRUPTED, "", nextToFold));
                    return;
                } finally {
                    lock.unlock();
                }
                FoldingRecorder recorder = new FoldingRecorder(scenario.years(), statistics);
                try {
                    simulator.simulateReplicate(scenario, ReplicateSeeds.random(masterSeed, index), recorder);
                } catch (Throwable replicateFailure) {
                    fail(replicateFailure);
                    return;
                }
                lock.lock();
                try {
                    pending.put(index, recorder);
                    FoldingRecorder next;
                    while (failure == null && (next = pending.remove(nextToFold)) != null) {
                        next.fold(nextToFold);
                        nextToFold++;
                        progress.onProgress(nextToFold, replicates);
                    }
                    windowOpened.signalAll();
                } catch (Throwable foldFailure) {
                    // e.g. a progress listener that throws: stop every worker rather than leave them waiting
                    failLocked(foldFailure);
                    return;
                } finally {
                    lock.unlock();
                }
            }
        }

        void fail(Throwable cause) {
            lock.lock();
            try {
                failLocked(cause);
            } finally {
                lock.unlock();
            }
        }

        private void failLocked(Throwable cause) {
            if (failure == null) {
                failure = cause;
            }
            windowOpened.signalAll();
        }

        long folded() {
            lock.lock();
            try {
                return nextToFold;
            } finally {
                lock.unlock();
            }
        }

        SimulationSummary summary() {
            lock.lock();
            try {
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failure instanceof Error error) {
                    throw error;
                }
                if (failure != null) {
                    throw new IllegalStateException("a replicate failed", failure);
                }
                Map<String, Map<Integer, IndicatorStatistics>> byIndicator = new TreeMap<>();
                statistics.forEach((id, slots) -> {
                    for (int year = 1; year < slots.length; year++) {
                        if (slots[year].stats.count() > 0) {
                            byIndicator.computeIfAbsent(id, k -> new TreeMap<>()).put(year, slots[year].stats.snapshot());
                        }
                    }
                });
                return new SimulationSummary(simulator.modelId(), masterSeed, replicates, scenario.years(), byIndicator);
            } finally {
                lock.unlock();
            }
        }
    }

    private record Key(String indicatorId, int year) {
    }

    /** The statistics of one (indicator, year), and the last replicate folded into them. */
    private static final class Slot {
        final StreamingStatistics stats = new StreamingStatistics();
        long lastReplicate = -1;
    }

    /**
     * Collects one replicate's values for {@link #run}, checking each as it comes: the statistics slot each
     * value goes to (resolved here, on the worker's thread) and the value, in parallel arrays; no key object
     * and no boxing per value.
     */
    private static final class FoldingRecorder implements ReplicateRecorder {
        private final int years;
        private final ConcurrentHashMap<String, Slot[]> statistics;
        private Slot[] slots = new Slot[256];
        private double[] values = new double[256];
        private int count;

        FoldingRecorder(int years, ConcurrentHashMap<String, Slot[]> statistics) {
            this.years = years;
            this.statistics = statistics;
        }

        @Override
        public void record(String indicatorId, int year, double value) {
            requireNonNull(indicatorId, "indicatorId");
            if (year < 1 || year > years || !Double.isFinite(value)) {
                Problems problems = new Problems();
                problems.check(year < 1 || year > years, SimulationErrorCode.SIMULATION_YEAR_OUT_OF_RANGE, "year",
                        indicatorId, year, years);
                problems.check(!Double.isFinite(value), SimulationErrorCode.SIMULATION_VALUE_NOT_FINITE, "value",
                        indicatorId, year, value);
                problems.throwIfAny();
            }
            Slot[] perYear = statistics.get(indicatorId);
            if (perYear == null) {
                perYear = statistics.computeIfAbsent(indicatorId, id -> newSlots(years));
            }
            if (count == values.length) {
                slots = Arrays.copyOf(slots, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            slots[count] = perYear[year];
            values[count++] = value;
        }

        private static Slot[] newSlots(int years) {
            Slot[] perYear = new Slot[years + 1];
            for (int year = 1; year <= years; year++) {
                perYear[year] = new Slot();
            }
            return perYear;
        }

        /**
         * Adds the values to the statistics (under the run's lock, in replicate order); a value recorded twice
         * for the same indicator and year counts once, the last one, as a replicate's values map keeps it.
         */
        void fold(long replicate) {
            for (int i = count - 1; i >= 0; i--) {
                Slot slot = slots[i];
                if (slot.lastReplicate != replicate) {
                    slot.lastReplicate = replicate;
                    slot.stats.add(values[i]);
                }
            }
        }
    }

    /** Collects one replicate's values, checking each as it comes. */
    private static final class ValuesRecorder implements ReplicateRecorder {
        private final int years;
        private final Map<Key, Double> values = new LinkedHashMap<>();

        ValuesRecorder(int years) {
            this.years = years;
        }

        @Override
        public void record(String indicatorId, int year, double value) {
            requireNonNull(indicatorId, "indicatorId");
            Problems problems = new Problems();
            problems.check(year < 1 || year > years, SimulationErrorCode.SIMULATION_YEAR_OUT_OF_RANGE, "year",
                    indicatorId, year, years);
            problems.check(!Double.isFinite(value), SimulationErrorCode.SIMULATION_VALUE_NOT_FINITE, "value",
                    indicatorId, year, value);
            problems.throwIfAny();
            values.put(new Key(indicatorId, year), value);
        }

        ReplicateValues toValues(long replicateIndex) {
            Map<String, Map<Integer, Double>> nested = new TreeMap<>();
            values.forEach((key, value) -> nested.computeIfAbsent(key.indicatorId(), id -> new TreeMap<>())
                    .put(key.year(), value));
            return new ReplicateValues(replicateIndex, nested);
        }
    }

    /** Builds a {@link MonteCarloRunner}. Not thread-safe. */
    public static final class Builder {
        private long replicates = 1000;
        private long masterSeed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int window;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {
        }

        /** How many replicates to run (at least 1; default 1,000). */
        public Builder replicates(long value) {
            this.replicates = value;
            return this;
        }

        /** The master seed every replicate's stream derives from (default 0). */
        public Builder masterSeed(long value) {
            this.masterSeed = value;
            return this;
        }

        /** How many threads to use (1 – {@value MonteCarloRunner#MAX_THREADS}; default: available processors). */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /**
         * How many replicates may be started ahead of the first one not yet summarised (at least the
         * thread count; default 16 × threads). Bounds memory; does not change results.
         */
        public Builder window(int value) {
            this.window = value;
            return this;
        }

        /** Told after each replicate is summarised (default: nothing). */
        public Builder progress(ProgressListener value) {
            this.progress = requireNonNull(value, "progress");
            return this;
        }

        /**
         * Builds the runner.
         *
         * @throws KetnghiaException listing every setting out of range
         */
        public MonteCarloRunner build() {
            Problems problems = new Problems();
            problems.check(replicates < 1, SimulationErrorCode.SIMULATION_REPLICATES_OUT_OF_RANGE, "replicates",
                    replicates, Long.MAX_VALUE);
            problems.check(threads < 1 || threads > MAX_THREADS, SimulationErrorCode.SIMULATION_THREADS_OUT_OF_RANGE,
                    "threads", threads, MAX_THREADS);
            problems.check(window != 0 && window < Math.max(threads, 1), SimulationErrorCode.SIMULATION_WINDOW_OUT_OF_RANGE,
                    "window", window, threads);
            problems.throwIfAny();
            return new MonteCarloRunner(this);
        }
    }
}
