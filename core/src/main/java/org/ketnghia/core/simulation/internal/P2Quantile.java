package org.ketnghia.core.simulation.internal;

/**
 * The P² estimator of one quantile (Jain and Chlamtac, 1985): five markers whose heights follow
 * the quantile with constant memory. Started from an exact sorted sample; deterministic for a
 * given sequence of observations.
 *
 * <p>An estimator is {@value #SIZE} doubles at an offset of an array that its owner keeps ({@link
 * StreamingStatistics} keeps its three estimators in one array): the five heights, the five
 * positions and the desired positions of the three middle markers (those of the end markers are
 * never read). The Monte Carlo fold adds every replicate's value to three estimators per indicator
 * and year, about four thousand a replicate, so that what it fetches per value counts. Stateless.
 */
final class P2Quantile {

    /** The doubles of one estimator. */
    static final int SIZE = 13;
    private static final int POSITION = 5;
    private static final int DESIRED = 10 - 1; // marker i's (1 … 3) desired position at DESIRED + i

    private P2Quantile() {
    }

    /**
     * Starts the estimator of quantile {@code p} at {@code at} of {@code markers} from {@code sorted[0 …
     * count-1]} (ascending, {@code count ≥ 5}), placing the markers exactly.
     */
    static void start(double[] markers, int at, double p, double[] sorted, int count) {
        double[] increments = increments(p);
        int previous = 0;
        for (int i = 0; i < 5; i++) {
            double desired = 1 + (count - 1) * increments[i];
            int position = (int) Math.round(desired);
            // markers must stay strictly increasing and within 1 … count
            position = Math.max(position, previous + 1);
            position = Math.min(position, count - (4 - i));
            markers[at + POSITION + i] = position;
            markers[at + i] = sorted[position - 1];
            if (i >= 1 && i <= 3) {
                markers[at + DESIRED + i] = desired;
            }
            previous = position;
        }
    }

    /** How far each marker's desired position moves per value, for quantile {@code p}. */
    static double[] increments(double p) {
        return new double[] {0, p / 2, p, (1 + p) / 2, 1};
    }

    /**
     * Adds {@code x} to the estimator at {@code at} of {@code markers}, whose middle markers' desired positions
     * move by {@code increments[1 … 3]} ({@link #increments}).
     */
    static void add(double[] markers, int at, double[] increments, double x) {
        double[] m = markers;
        // the heights never decrease, so the cell of x (0 … 3, the first or last for x beyond the ends) is the number
        // of middle heights at or below it: counted, and the positions above it moved, by arithmetic rather than by
        // branches on where x falls
        double first = m[at];
        double last = m[at + 4];
        m[at] = x < first ? x : first;
        m[at + 4] = x >= last ? Math.max(last, x) : last;
        int cell = (x >= m[at + 1] ? 1 : 0) + (x >= m[at + 2] ? 1 : 0) + (x >= m[at + 3] ? 1 : 0);
        m[at + POSITION + 1] += cell < 1 ? 1 : 0;
        m[at + POSITION + 2] += cell < 2 ? 1 : 0;
        m[at + POSITION + 3] += cell < 3 ? 1 : 0;
        m[at + POSITION + 4]++;
        for (int i = 1; i <= 3; i++) {
            m[at + DESIRED + i] += increments[i];
        }
        for (int i = 1; i <= 3; i++) {
            double position = m[at + POSITION + i];
            double offset = m[at + DESIRED + i] - position;
            if (offset >= 1 && m[at + POSITION + i + 1] - position > 1
                    || offset <= -1 && m[at + POSITION + i - 1] - position < -1) {
                int step = offset > 0 ? 1 : -1;
                double candidate = parabolic(m, at, i, step);
                if (m[at + i - 1] < candidate && candidate < m[at + i + 1]) {
                    m[at + i] = candidate;
                } else {
                    m[at + i] = m[at + i] + step * (m[at + i + step] - m[at + i]) / (m[at + POSITION + i + step] - position);
                }
                m[at + POSITION + i] += step;
            }
        }
    }

    /** The estimate of the estimator at {@code at} of {@code markers}: the middle marker's height. */
    static double estimate(double[] markers, int at) {
        return markers[at + 2];
    }

    private static double parabolic(double[] m, int at, int i, int step) {
        double below = m[at + POSITION + i - 1];
        double position = m[at + POSITION + i];
        double above = m[at + POSITION + i + 1];
        double low = m[at + i - 1];
        double height = m[at + i];
        double high = m[at + i + 1];
        return height + step / (above - below)
                * ((position - below + step) * (high - height) / (above - position)
                + (above - position - step) * (height - low) / (position - below));
    }
}
