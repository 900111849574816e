package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * values are then added to the statistics of each (indicator, year) strictly in replicate order: a
 * finished replicate waits in a reorder buffer until every replicate before it has been added.
 * Hence the same master seed, scenario and replicate count give a bit-for-bit equal {@link
 * SimulationSummary} with 1, 2 or any number of threads.
 *
 * <p><b>Parallel fold.</b> With several threads the (indicator, year) statistics are split into
 * shards, each folded under its own lock: a shard adds replicate {@code r}'s values once it has
 * added replicate {@code r − 1}'s. Every statistic therefore sees its values in replicate order, as
 * with one thread, while the threads fold different shards at once, so that a run recording many
 * indicators (a forecast following thousands of households) is not limited by one serial fold. A
 * worker folds once {@value #FOLD_BATCH} finished replicates wait (sooner when every replicate is
 * claimed or the window is nearly full), and a shard adds the waiting replicates' values statistic by
 * statistic: a statistic's state is fetched once for all of them instead of once per replicate, which
 * matters once the statistics outgrow the processor's caches (B1's 1,210 per replicate), and more so
 * when two threads fold them in turn. Each statistic still sees its values in replicate order.
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
    /**
     * How many finished replicates wait before a worker folds them (unless the run is ending or the window is
     * nearly full): folded together, statistic by statistic, each statistic's state is fetched once for them all.
     */
    private static final int FOLD_BATCH = 8;

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

    /**
     * One run. The claim counter, the window, progress and the first failure are guarded by {@code lock};
     * the fold is sharded: each (indicator, year) slot belongs to one shard, and each shard, under its own
     * lock, adds the values of replicate {@code r} to its slots once it has added those of {@code r − 1}.
     * So every slot still sees its values in replicate order, while different shards fold at once on
     * different threads. A worker that finishes a replicate publishes it in {@code finished} and then
     * folds every shard it can lock; a shard's holder re-checks for newly published work after
     * releasing it, so no published replicate is left unfolded.
     */
    private final class Run {
        private final ModelSimulator simulator;
        private final SimulationScenario scenario;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition windowOpened = lock.newCondition();
        /** Finished replicates not yet fully folded: replicate {@code r} at {@code r % window}. */
        private final AtomicReferenceArray<FoldingRecorder> finished;
        private final Shard[] shards;
        private final AtomicInteger slotsCreated = new AtomicInteger();
        /**
         * The statistics per indicator id, one slot per year (index = year); a worker resolves the slots of
         * the values it records (lock-free reads), the fold only adds to them, under the slot's shard lock.
         */
        private final ConcurrentHashMap<String, Slot[]> statistics = new ConcurrentHashMap<>();
        /** The most values a replicate has put in one shard so far: the next recorders' initial capacity. */
        private volatile int valuesPerShard = 64;
        /** Written under {@code lock}; read without it to decide whether to fold now. */
        private volatile long nextToClaim;
        private volatile long nextToFold;
        /** Replicates finished and published for the fold. */
        private final AtomicLong published = new AtomicLong();
        private volatile Throwable failure;

        Run(ModelSimulator simulator, SimulationScenario scenario) {
            this.simulator = simulator;
            this.scenario = scenario;
            this.finished = new AtomicReferenceArray<>(window);
            this.shards = new Shard[threads == 1 ? 1 : Math.min(4 * threads, 64)];
            for (int i = 0; i < shards.length; i++) {
                shards[i] = new Shard(window);
            }
        }

        void work() {
            Trail trail = new Trail();
            while (true) {
                long index;
                lock.lock();
                try {
                    boolean foldedFirst = false;
                    while (failure == null && nextToClaim < replicates && nextToClaim >= nextToFold + window) {
                        if (!foldedFirst) {
                            // the window is full: fold what is finished before waiting for the rest
                            foldedFirst = true;
                            lock.unlock();
                            try {
                                foldAll();
                            } finally {
                                lock.lock();
                            }
                            continue;
                        }
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
                FoldingRecorder recorder = new FoldingRecorder(index, scenario.years(), shards.length, this, trail);
                try {
                    simulator.simulateReplicate(scenario, ReplicateSeeds.random(masterSeed, index), recorder);
                } catch (Throwable replicateFailure) {
                    fail(replicateFailure);
                    return;
                }
                // the window guarantees that replicate index − window, the cell's last occupant, is fully folded
                finished.set((int) (index % window), recorder);
                long unfolded = published.incrementAndGet() - nextToFold;
                if (unfolded >= FOLD_BATCH || nextToClaim >= replicates || nextToClaim + threads >= nextToFold + window) {
                    try {
                        foldAll();
                    } catch (Throwable foldFailure) {
                        fail(foldFailure);
                        return;
                    }
                }
            }
        }

        /** Folds every shard it can lock ({@link #foldShard}), from the one after the last replicate's. */
        private void foldAll() {
            int first = (int) (nextToFold % shards.length);
            for (int i = 0; i < shards.length && failure == null; i++) {
                foldShard((first + i) % shards.length);
            }
        }

        /** Folds, in replicate order, every finished replicate shard {@code k} has not folded yet, if it can lock it. */
        private void foldShard(int k) {
            Shard shard = shards[k];
            while (failure == null) {
                if (!shard.lock.tryLock()) {
                    return; // its holder re-checks for work after releasing it
                }
                try {
                    int count = 0;
                    FoldingRecorder next;
                    while (count < shard.batch.length && (next = finishedReplicate(shard.next + count)) != null) {
                        shard.batch[count++] = next;
                    }
                    if (failure == null && count > 0) {
                        FoldingRecorder.fold(shard.batch, count, k);
                        for (int b = 0; b < count; b++) {
                            FoldingRecorder folded = shard.batch[b];
                            shard.batch[b] = null;
                            shard.next++;
                            if (folded.shardsToFold.decrementAndGet() == 0) {
                                replicateFolded(folded.replicate);
                            }
                        }
                    }
                } finally {
                    shard.lock.unlock();
                }
                if (finishedReplicate(shard.next) == null) {
                    return;
                }
            }
        }

        private FoldingRecorder finishedReplicate(long replicate) {
            if (replicate >= replicates) {
                return null;
            }
            FoldingRecorder recorder = finished.get((int) (replicate % window));
            return recorder != null && recorder.replicate == replicate ? recorder : null;
        }

        /**
         * Every shard has folded {@code replicate}, hence every replicate before it: reports progress in order,
         * once per replicate, and opens the window.
         */
        private void replicateFolded(long replicate) {
            lock.lock();
            try {
                while (failure == null && nextToFold <= replicate) {
                    nextToFold++;
                    progress.onProgress(nextToFold, replicates);
                }
                windowOpened.signalAll();
            } catch (Throwable progressFailure) {
                // e.g. a progress listener that throws: stop every worker rather than leave them waiting
                failLocked(progressFailure);
            } finally {
                lock.unlock();
            }
        }

        Slot[] newSlots(int years) {
            Slot[] perYear = new Slot[years + 1];
            for (int year = 1; year <= years; year++) {
                perYear[year] = new Slot(slotsCreated.getAndIncrement() % shards.length);
            }
            return perYear;
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

    /** A part of the fold: the replicate it folds next, guarded by its lock (read without it to re-check). */
    private static final class Shard {
        final ReentrantLock lock = new ReentrantLock();
        volatile long next;
        /** The finished replicates it folds together, under its lock. */
        final FoldingRecorder[] batch;

        Shard(int window) {
            batch = new FoldingRecorder[window];
        }
    }

    private record Key(String indicatorId, int year) {
    }

    /** The statistics of one (indicator, year), its fold shard, and the last replicate folded into them. */
    private static final class Slot {
        final StreamingStatistics stats = new StreamingStatistics();
        final int shard;
        long lastReplicate = -1;

        Slot(int shard) {
            this.shard = shard;
        }
    }

    /**
     * The (indicator, year) slots a worker's last replicate recorded into, in the order recorded: a simulator
     * records the same indicators in the same order replicate after replicate, so the next replicate on the
     * worker finds each value's slot here (the same id object and year at the same place) without looking its id
     * up; a value recorded otherwise is looked up and takes that place. Confined to its worker.
     */
    private static final class Trail {
        String[] ids = new String[64];
        int[] years = new int[64];
        Slot[] slots = new Slot[64];
    }

    /**
     * Collects one replicate's values for {@link #run}, checking each as it comes: the statistics slot each
     * value goes to (resolved here, on the worker's thread, through the worker's {@link Trail}) and the value,
     * in parallel arrays per fold shard; no key object and no boxing per value.
     */
    private static final class FoldingRecorder implements ReplicateRecorder {
        final long replicate;
        /** How many shards have still to fold this replicate. */
        final AtomicInteger shardsToFold;
        private final int years;
        private final Run run;
        private final Trail trail;
        private final Slot[][] slots;
        private final double[][] values;
        private final int[] counts;
        /** The values recorded so far: the place in the trail of the next one. */
        private int recorded;

        FoldingRecorder(long replicate, int years, int shards, Run run, Trail trail) {
            this.replicate = replicate;
            this.shardsToFold = new AtomicInteger(shards);
            this.years = years;
            this.run = run;
            this.trail = trail;
            this.slots = new Slot[shards][];
            this.values = new double[shards][];
            this.counts = new int[shards];
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
            Trail t = trail;
            int at = recorded++;
            Slot slot;
            if (at < t.ids.length && t.ids[at] == indicatorId && t.years[at] == year) {
                slot = t.slots[at];
            } else {
                slot = resolve(indicatorId, year, at);
            }
            int shard = slot.shard;
            int count = counts[shard];
            if (slots[shard] == null) {
                int capacity = run.valuesPerShard;
                slots[shard] = new Slot[capacity];
                values[shard] = new double[capacity];
            } else if (count == values[shard].length) {
                slots[shard] = Arrays.copyOf(slots[shard], count * 2);
                values[shard] = Arrays.copyOf(values[shard], count * 2);
                if (count * 2 > run.valuesPerShard) {
                    run.valuesPerShard = count * 2; // a benign race: only a capacity hint
                }
            }
            slots[shard][count] = slot;
            values[shard][count] = value;
            counts[shard] = count + 1;
        }

        /** The slot of {@code indicatorId} in {@code year}, looked up by id; it takes place {@code at} of the trail. */
        private Slot resolve(String indicatorId, int year, int at) {
            Slot[] perYear = run.statistics.get(indicatorId);
            if (perYear == null) {
                perYear = run.statistics.computeIfAbsent(indicatorId, id -> run.newSlots(years));
            }
            Slot slot = perYear[year];
            Trail t = trail;
            if (at >= t.ids.length) {
                int length = Math.max(at + 1, t.ids.length * 2);
                t.ids = Arrays.copyOf(t.ids, length);
                t.years = Arrays.copyOf(t.years, length);
                t.slots = Arrays.copyOf(t.slots, length);
            }
            t.ids[at] = indicatorId;
            t.years[at] = year;
            t.slots[at] = slot;
            return slot;
        }

        /**
         * Adds the values of shard {@code shard} of {@code count} consecutive replicates of {@code batch} to their
         * statistics (under the shard's lock), each statistic's in replicate order; a value recorded twice for the
         * same indicator and year counts once, the last one, as a replicate's values map keeps it. Replicates that
         * recorded the same statistics in the same order (a simulator's are, replicate after replicate) are added
         * statistic by statistic, so that each statistic is fetched once for all of them rather than once each.
         */
        static void fold(FoldingRecorder[] batch, int count, int shard) {
            int from = 0;
            while (from < count) {
                int to = from + 1;
                while (to < count && batch[to].sameStatistics(batch[from], shard)) {
                    to++;
                }
                Slot[] shardSlots = batch[from].slots[shard];
                for (int i = batch[from].counts[shard] - 1; i >= 0; i--) {
                    Slot slot = shardSlots[i];
                    for (int b = from; b < to; b++) {
                        long replicate = batch[b].replicate;
                        if (slot.lastReplicate < replicate) {
                            slot.lastReplicate = replicate;
                            slot.stats.add(batch[b].values[shard][i]);
                        }
                    }
                }
                for (int b = from; b < to; b++) {
                    // the values are no longer needed once folded
                    batch[b].slots[shard] = null;
                    batch[b].values[shard] = null;
                }
                from = to;
            }
        }

        /** Whether this replicate recorded into the same statistics of shard {@code shard}, in the same order, as {@code other}. */
        private boolean sameStatistics(FoldingRecorder other, int shard) {
            int count = counts[shard];
            return count == other.counts[shard]
                    && (count == 0 || Arrays.equals(slots[shard], 0, count, other.slots[shard], 0, count));
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
