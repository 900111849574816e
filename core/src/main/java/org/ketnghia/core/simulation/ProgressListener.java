package org.ketnghia.core.simulation;

/**
 * Told how far a Monte Carlo run has got, e.g. to draw a progress bar in a command-line tool.
 * Called once per finished replicate with strictly increasing {@code done}, under the runner's
 * lock: implementations must be quick and must not call back into the runner.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports progress.
     *
     * @param done replicates whose results have been summarised so far, 1 … total
     * @param total replicates in the run
     */
    void onProgress(long done, long total);
}
