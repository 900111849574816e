package org.ketnghia.core.simulation;

/**
 * The distribution of one indicator in one programme year over the replicates of a Monte Carlo
 * run: how many replicates reported it, their mean and sample standard deviation, extremes and
 * the 5th, 50th (median) and 95th percentiles. Percentiles are exact up to {@value
 * StreamingStatistics#EXACT_SAMPLE} replicates and P² estimates beyond (see {@link
 * StreamingStatistics}).
 *
 * <p>Immutable and thread-safe; {@code equals} compares the doubles bit for bit.
 *
 * @param count number of replicates that reported a value
 * @param mean arithmetic mean
 * @param standardDeviation sample standard deviation (n − 1), 0 for a single value
 * @param min smallest value
 * @param max largest value
 * @param p5 5th percentile
 * @param p50 median
 * @param p95 95th percentile
 */
public record IndicatorStatistics(long count, double mean, double standardDeviation, double min, double max,
        double p5, double p50, double p95) {
}
