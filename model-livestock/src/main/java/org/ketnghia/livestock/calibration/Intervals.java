package org.ketnghia.livestock.calibration;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/** Exact 95 % confidence intervals: Garwood for a Poisson count, Clopper–Pearson for a binomial proportion. */
final class Intervals {

    /** Two-sided error: 95 % intervals. */
    static final double ALPHA = 0.05;

    private Intervals() {
    }

    /**
     * Garwood's exact interval for the mean of a Poisson count {@code events}: {@code [χ²(α/2; 2k)/2,
     * χ²(1−α/2; 2k+2)/2]}, the lower end 0 when {@code k = 0}.
     */
    static double[] poissonMean(long events) {
        double lower = events == 0 ? 0
                : new ChiSquaredDistribution(2.0 * events).inverseCumulativeProbability(ALPHA / 2) / 2;
        double upper = new ChiSquaredDistribution(2.0 * events + 2).inverseCumulativeProbability(1 - ALPHA / 2) / 2;
        return new double[] {lower, upper};
    }

    /**
     * The Clopper–Pearson exact interval for a proportion of {@code successes} in {@code trials}: beta
     * quantiles {@code [B(α/2; k, n−k+1), B(1−α/2; k+1, n−k)]}, 0 and 1 at the ends.
     */
    static double[] proportion(long successes, long trials) {
        if (trials <= 0) {
            return new double[] {0, 1};
        }
        double lower = successes == 0 ? 0
                : new BetaDistribution(successes, trials - successes + 1.0).inverseCumulativeProbability(ALPHA / 2);
        double upper = successes == trials ? 1
                : new BetaDistribution(successes + 1.0, trials - successes).inverseCumulativeProbability(1 - ALPHA / 2);
        return new double[] {lower, upper};
    }
}
