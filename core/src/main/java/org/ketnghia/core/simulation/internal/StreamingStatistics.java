package org.ketnghia.core.simulation.internal;

import java.util.Arrays;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.SimulationErrorCode;

/**
 * Summary statistics of a stream of values in constant memory: count, mean and standard deviation
 * (Welford's online algorithm), minimum, maximum, and the 5th, 50th and 95th percentiles.
 *
 * <p>Percentiles are exact (linear interpolation between order statistics, "type 7") while at most
 * {@value #EXACT_SAMPLE} values have been added; after that the first {@value #EXACT_SAMPLE} values
 * start three P² estimators (Jain and Chlamtac) that follow each percentile with five markers, and
 * the sample is dropped. Memory is therefore bounded whatever the number of values. Results depend
 * on the order of the values, which is why the {@link MonteCarloRunner} adds them in replicate
 * order.
 *
 * <p>Not thread-safe: one thread adds at a time.
 */
public final class StreamingStatistics {

    /** How many values are kept to give exact percentiles before switching to P² estimation. */
    public static final int EXACT_SAMPLE = 128;

    private static final double[] PERCENTILES = {0.05, 0.50, 0.95};
    /** Per percentile, its estimator's increments ({@link P2Quantile#increments}). */
    private static final double[][] INCREMENTS = {P2Quantile.increments(PERCENTILES[0]),
        P2Quantile.increments(PERCENTILES[1]), P2Quantile.increments(PERCENTILES[2])};

    private long count;
    private double mean;
    private double sumOfSquaredDeviations;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double[] sample = new double[16];
    /** The three P² estimators, one after another ({@link P2Quantile#SIZE} each); null while the sample is exact. */
    private double[] estimators;

    /**
     * Adds a value.
     *
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_VALUE_NOT_FINITE} for NaN or
     *     an infinity
     */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            throw KetnghiaException.of(SimulationErrorCode.SIMULATION_VALUE_NOT_FINITE, "value", "?", "?", value);
        }
        count++;
        double delta = value - mean;
        mean += delta / count;
        sumOfSquaredDeviations += delta * (value - mean);
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (estimators != null) {
            double[] markers = estimators;
            P2Quantile.add(markers, 0, INCREMENTS[0], value);
            P2Quantile.add(markers, P2Quantile.SIZE, INCREMENTS[1], value);
            P2Quantile.add(markers, 2 * P2Quantile.SIZE, INCREMENTS[2], value);
        } else if (count <= EXACT_SAMPLE) {
            if (count > sample.length) {
                sample = Arrays.copyOf(sample, Math.min(EXACT_SAMPLE, sample.length * 2));
            }
            sample[(int) count - 1] = value;
        } else {
            double[] sorted = Arrays.copyOf(sample, EXACT_SAMPLE);
            Arrays.sort(sorted);
            estimators = new double[PERCENTILES.length * P2Quantile.SIZE];
            for (int i = 0; i < PERCENTILES.length; i++) {
                P2Quantile.start(estimators, i * P2Quantile.SIZE, PERCENTILES[i], sorted, EXACT_SAMPLE);
                P2Quantile.add(estimators, i * P2Quantile.SIZE, INCREMENTS[i], value);
            }
            sample = null;
        }
    }

    /** How many values were added. */
    public long count() {
        return count;
    }

    /** The current summary; all zeros (count 0) when nothing was added. */
    public IndicatorStatistics snapshot() {
        if (count == 0) {
            return new IndicatorStatistics(0, 0, 0, 0, 0, 0, 0, 0);
        }
        double standardDeviation = count > 1 ? Math.sqrt(sumOfSquaredDeviations / (count - 1)) : 0;
        double[] percentiles = new double[PERCENTILES.length];
        if (estimators != null) {
            for (int i = 0; i < PERCENTILES.length; i++) {
                percentiles[i] = Math.max(min, Math.min(max, P2Quantile.estimate(estimators, i * P2Quantile.SIZE)));
            }
        } else {
            double[] sorted = Arrays.copyOf(sample, (int) count);
            Arrays.sort(sorted);
            for (int i = 0; i < PERCENTILES.length; i++) {
                percentiles[i] = exactQuantile(sorted, PERCENTILES[i]);
            }
        }
        return new IndicatorStatistics(count, mean, standardDeviation, min, max, percentiles[0], percentiles[1],
                percentiles[2]);
    }

    private static double exactQuantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
