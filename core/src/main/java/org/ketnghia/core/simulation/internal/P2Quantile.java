package org.ketnghia.core.simulation.internal;

/**
 * The P² estimator of one quantile (Jain and Chlamtac, 1985): five markers whose heights follow
 * the quantile with constant memory. Started from an exact sorted sample; deterministic for a
 * given sequence of observations. Not thread-safe.
 */
public final class P2Quantile {

    private final double p;
    private final double[] increments;
    private final double[] heights = new double[5];
    private final double[] positions = new double[5];
    private final double[] desired = new double[5];

    /** Starts from {@code sorted[0 … count-1]} (ascending, {@code count ≥ 5}), placing markers exactly. */
    P2Quantile(double p, double[] sorted, int count) {
        this.p = p;
        this.increments = new double[] {0, p / 2, p, (1 + p) / 2, 1};
        int previous = 0;
        for (int i = 0; i < 5; i++) {
            desired[i] = 1 + (count - 1) * increments[i];
            int position = (int) Math.round(desired[i]);
            // markers must stay strictly increasing and within 1 … count
            position = Math.max(position, previous + 1);
            position = Math.min(position, count - (4 - i));
            positions[i] = position;
            heights[i] = sorted[position - 1];
            previous = position;
        }
    }

    void add(double x) {
        int cell;
        if (x < heights[0]) {
            heights[0] = x;
            cell = 0;
        } else if (x >= heights[4]) {
            heights[4] = Math.max(heights[4], x);
            cell = 3;
        } else {
            cell = 0;
            while (cell < 3 && x >= heights[cell + 1]) {
                cell++;
            }
        }
        for (int i = cell + 1; i < 5; i++) {
            positions[i]++;
        }
        for (int i = 0; i < 5; i++) {
            desired[i] += increments[i];
        }
        for (int i = 1; i <= 3; i++) {
            double offset = desired[i] - positions[i];
            if (offset >= 1 && positions[i + 1] - positions[i] > 1 || offset <= -1 && positions[i - 1] - positions[i] < -1) {
                int step = offset > 0 ? 1 : -1;
                double candidate = parabolic(i, step);
                if (heights[i - 1] < candidate && candidate < heights[i + 1]) {
                    heights[i] = candidate;
                } else {
                    heights[i] = heights[i] + step * (heights[i + step] - heights[i]) / (positions[i + step] - positions[i]);
                }
                positions[i] += step;
            }
        }
    }

    double estimate() {
        return heights[2];
    }

    double p() {
        return p;
    }

    private double parabolic(int i, int step) {
        return heights[i] + step / (positions[i + 1] - positions[i - 1])
                * ((positions[i] - positions[i - 1] + step) * (heights[i + 1] - heights[i]) / (positions[i + 1] - positions[i])
                + (positions[i + 1] - positions[i] - step) * (heights[i] - heights[i - 1]) / (positions[i] - positions[i - 1]));
    }
}
