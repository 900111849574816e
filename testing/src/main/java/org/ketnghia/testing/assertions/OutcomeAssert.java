package org.ketnghia.testing.assertions;

import java.util.Locale;
import java.util.function.DoublePredicate;
import org.assertj.core.api.AbstractAssert;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.testing.outcome.SimulatedOutcome;

/**
 * Statistical assertions on a simulated programme outcome. Each failure message shows the numbers: the mean,
 * its standard error and the replicates, the band, or the count behind a probability, so that a reader can
 * tell a real change from bad luck.
 */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, SimulatedOutcome> {

    OutcomeAssert(SimulatedOutcome actual) {
        super(actual, OutcomeAssert.class);
    }

    private IndicatorStatistics statistics(String indicatorId, int year) {
        isNotNull();
        return actual.statistics(indicatorId, year).orElseThrow(() -> new AssertionError("The simulation recorded no "
                + indicatorId + " in year " + year + "; it recorded " + actual.summary().indicators().keySet()));
    }

    /** The mean of {@code indicatorId} in programme year {@code year}. */
    public MeanAssert meanOf(String indicatorId, int year) {
        return new MeanAssert(indicatorId, year, statistics(indicatorId, year));
    }

    /** The 5th–95th percentile band of {@code indicatorId} in {@code year} lies within [{@code low}, {@code high}]. */
    public OutcomeAssert hasPercentileBandWithin(String indicatorId, int year, double low, double high) {
        IndicatorStatistics s = statistics(indicatorId, year);
        if (s.p5() < low || s.p95() > high) {
            failWithMessage("Expected the p5–p95 band of %s in year %d within [%s, %s] but it is [%s, %s] (mean %s, %d"
                    + " replicates)", indicatorId, year, n(low), n(high), n(s.p5()), n(s.p95()), n(s.mean()), s.count());
        }
        return this;
    }

    /**
     * The share of replicates in which {@code indicatorId} in {@code year} satisfies {@code outcome} (described
     * as {@code description}) is within [{@code low}, {@code high}].
     */
    public OutcomeAssert hasProbability(String indicatorId, int year, DoublePredicate outcome, String description,
            double low, double high) {
        isNotNull();
        double p = actual.probability(indicatorId, year, outcome);
        long n = actual.summary().replicates();
        if (p < low || p > high) {
            failWithMessage("Expected P(%s %s in year %d) within [%s, %s] but it is %s (%d of %d replicates; standard"
                    + " error %s)", indicatorId, description, year, n(low), n(high), n(p), Math.round(p * n), n,
                    n(Math.sqrt(p * (1 - p) / n)));
        }
        return this;
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%,.4f", value);
    }

    /** Assertions on one mean, in units of its standard error. */
    public final class MeanAssert {
        private final String indicatorId;
        private final int year;
        private final IndicatorStatistics statistics;

        private MeanAssert(String indicatorId, int year, IndicatorStatistics statistics) {
            this.indicatorId = indicatorId;
            this.year = year;
            this.statistics = statistics;
        }

        /** The standard error of the mean: standard deviation / √replicates. */
        public double standardError() {
            return statistics.standardDeviation() / Math.sqrt(statistics.count());
        }

        /** |mean − {@code expected}| ≤ {@code k} standard errors. */
        public OutcomeAssert isWithinStandardErrorsOf(double k, double expected) {
            double distance = Math.abs(statistics.mean() - expected);
            if (distance > k * standardError()) {
                failWithMessage("Expected the mean of %s in year %d within %s standard errors of %s but it is %s: %s"
                        + " standard errors away (standard error %s, standard deviation %s, %d replicates)", indicatorId,
                        year, n(k), n(expected), n(statistics.mean()), n(distance / standardError()), n(standardError()),
                        n(statistics.standardDeviation()), statistics.count());
            }
            return OutcomeAssert.this;
        }

        /** The mean lies within [{@code low}, {@code high}]. */
        public OutcomeAssert isBetween(double low, double high) {
            if (statistics.mean() < low || statistics.mean() > high) {
                failWithMessage("Expected the mean of %s in year %d within [%s, %s] but it is %s (standard error %s, %d"
                        + " replicates)", indicatorId, year, n(low), n(high), n(statistics.mean()), n(standardError()),
                        statistics.count());
            }
            return OutcomeAssert.this;
        }

        /**
         * The mean exceeds the mean of the same indicator in {@code other} by more than {@code k} standard errors
         * of the difference.
         */
        public OutcomeAssert isGreaterThanIn(SimulatedOutcome other, double k) {
            IndicatorStatistics theirs = other.statistics(indicatorId, year).orElseThrow(() -> new AssertionError(
                    "The other simulation recorded no " + indicatorId + " in year " + year));
            double se = Math.sqrt(Math.pow(standardError(), 2)
                    + Math.pow(theirs.standardDeviation() / Math.sqrt(theirs.count()), 2));
            double difference = statistics.mean() - theirs.mean();
            if (difference <= k * se) {
                failWithMessage("Expected the mean of %s in year %d (%s) to exceed the other scenario's (%s) by more than"
                        + " %s standard errors of the difference, but the difference is %s = %s standard errors (%s)",
                        indicatorId, year, n(statistics.mean()), n(theirs.mean()), n(k), n(difference),
                        n(se == 0 ? Double.POSITIVE_INFINITY : difference / se), n(se));
            }
            return OutcomeAssert.this;
        }
    }
}
