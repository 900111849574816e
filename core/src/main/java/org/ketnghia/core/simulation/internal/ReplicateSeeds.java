package org.ketnghia.core.simulation.internal;

import java.util.SplittableRandom;

/**
 * Derives each replicate's random stream from the master seed and the replicate's index alone, so
 * that a replicate draws the same numbers whichever thread runs it and whenever it runs.
 *
 * <p>The seed of replicate {@code i} is {@code mix(mix(masterSeed) + γ·(i + 1))}, where {@code mix}
 * is the SplitMix64 finaliser and {@code γ} the golden-ratio constant; the stream is {@code new
 * SplittableRandom(seed)}. Distinct replicates get well-scattered seeds, so their streams do not
 * overlap in practice. The derivation is part of the contract: changing it changes every published
 * simulation result.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReplicateSeeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private ReplicateSeeds() {
    }

    /** The seed of replicate {@code replicateIndex} (0-based) under {@code masterSeed}. */
    public static long seed(long masterSeed, long replicateIndex) {
        return mix(mix(masterSeed) + GOLDEN_GAMMA * (replicateIndex + 1));
    }

    /** A fresh random stream for replicate {@code replicateIndex} (0-based) under {@code masterSeed}. */
    public static SplittableRandom random(long masterSeed, long replicateIndex) {
        return new SplittableRandom(seed(masterSeed, replicateIndex));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
