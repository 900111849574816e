package org.ketnghia.core.simulation;

import java.util.SplittableRandom;

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
}
