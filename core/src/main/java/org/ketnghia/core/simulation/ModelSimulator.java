package org.ketnghia.core.simulation;

import java.util.SplittableRandom;
import org.ketnghia.core.error.KetnghiaException;

/**
 * A pilot model's simulator: runs one replicate of a scenario with its own random stream and
 * reports indicator values per year. The Monte Carlo runner calls it for each replicate, on any
 * thread, so implementations must be thread-safe (keep per-replicate state on the stack).
 * Determinism: the same scenario and the same random stream must give the same values.
 */
public interface ModelSimulator {

    /** The pilot model this simulator belongs to. */
    String modelId();

    /**
     * Runs one replicate.
     *
     * @param scenario what to simulate
     * @param random this replicate's random stream
     * @param recorder receives indicator values per programme year
     */
    void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder);

    /**
     * Runs one replicate in trace mode: as {@link #simulateReplicate}, and in addition submits the
     * commands a real programme would record (groups formed, animals handed over, money spent …)
     * to {@code sink}, dated with the scenario's {@link SimulationClock}, so that reports run on the
     * simulated ledger unchanged. Everything the trace needs from the host (who records, the units in
     * force, the villages, the people) comes from {@code context}; a trace supports every option the
     * simulator supports. A simulator that supports it must draw the same random numbers in
     * the same order as {@link #simulateReplicate}, so replicate {@code i} traced equals replicate
     * {@code i} of a Monte Carlo run.
     *
     * @param scenario what to simulate
     * @param random this replicate's random stream
     * @param recorder receives indicator values per programme year
     * @param context what the host gives a trace: actors, units in force, villages per commune,
     *     programme dates and synthetic participants
     * @param sink receives the commands, in the order they happen
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_NO_TRACE_MODE} by default; a
     *     command rejected by the ledger propagates its own exception
     */
    default void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
            TraceContext context, CommandSink sink) {
        throw KetnghiaException.of(SimulationErrorCode.SIMULATION_NO_TRACE_MODE, "simulator", modelId());
    }
}
