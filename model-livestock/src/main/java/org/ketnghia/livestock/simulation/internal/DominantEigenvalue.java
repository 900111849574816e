package org.ketnghia.livestock.simulation.internal;

import static java.util.Objects.requireNonNull;

/**
 * The dominant eigenvalue of a non-negative square matrix, without external numeric libraries.
 *
 * <p>{@link #powerIteration}: start from the vector of ones, repeat {@code x ← A·x / ‖A·x‖₁}; the
 * estimate is {@code λ = ‖A·x‖₁ / ‖x‖₁}. For a primitive non-negative matrix (e.g. a Leslie matrix with
 * two consecutive fertile ages) it converges to the Perron root at the rate of the ratio of the
 * second to the first eigenvalue modulus. It stops when two successive estimates differ by less than
 * the tolerance (relative) for 50 iterations in a row.
 *
 * <p>{@link #leslieRoot}: for a Leslie matrix (fertilities {@code F_i} in the first row, survivals
 * {@code P_i} on the sub-diagonal), the unique positive root of the Euler–Lotka equation {@code
 * 1 = Σ_i F_i · l_i · λ^−(i+1)}, {@code l_0 = 1}, {@code l_i = P_0 ⋯ P_(i−1)}, found by bisection; an
 * independent check of the power iteration.
 *
 * <p>Stateless and thread-safe.
 */
public final class DominantEigenvalue {

    private DominantEigenvalue() {
    }

    /**
     * The dominant eigenvalue of {@code matrix} (rows of equal length, non-negative) by power iteration.
     *
     * @param matrix the square matrix, {@code matrix[row][column]}
     * @param tolerance relative change under which the iteration stops, e.g. {@code 1e-15}
     * @param maxIterations most iterations
     * @throws IllegalArgumentException if the matrix is not square or not non-negative, or the
     *     iteration did not converge
     */
    public static double powerIteration(double[][] matrix, double tolerance, int maxIterations) {
        requireNonNull(matrix, "matrix");
        int n = matrix.length;
        for (double[] row : matrix) {
            if (row.length != n) {
                throw new IllegalArgumentException("matrix is not square");
            }
            for (double v : row) {
                if (!(v >= 0)) {
                    throw new IllegalArgumentException("matrix has a negative or NaN entry");
                }
            }
        }
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        double[] y = new double[n];
        double lambda = 0;
        int stable = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                double[] row = matrix[i];
                for (int j = 0; j < n; j++) {
                    sum += row[j] * x[j];
                }
                y[i] = sum;
                norm += sum;
            }
            if (norm == 0) {
                return 0;
            }
            double next = norm; // ‖x‖₁ = 1
            for (int i = 0; i < n; i++) {
                x[i] = y[i] / norm;
            }
            stable = Math.abs(next - lambda) <= tolerance * next ? stable + 1 : 0;
            lambda = next;
            if (stable >= 50) {
                return lambda;
            }
        }
        throw new IllegalArgumentException("power iteration did not converge in " + maxIterations + " iterations");
    }

    /**
     * The Perron root of the Leslie matrix with first row {@code fertility} and sub-diagonal {@code
     * survival}, solving the Euler–Lotka equation by bisection to machine precision.
     *
     * @param fertility {@code F_0 … F_(n−1)}
     * @param survival {@code P_0 … P_(n−2)}
     */
    public static double leslieRoot(double[] fertility, double[] survival) {
        int n = fertility.length;
        if (survival.length != n - 1) {
            throw new IllegalArgumentException("survival must have one entry fewer than fertility");
        }
        double[] weights = new double[n];
        double l = 1;
        for (int i = 0; i < n; i++) {
            weights[i] = fertility[i] * l;
            if (i < n - 1) {
                l *= survival[i];
            }
        }
        double low = 0;
        double high = 1;
        while (eulerLotka(weights, high) > 1) {
            high *= 2;
        }
        for (int i = 0; i < 2000 && high - low > 0; i++) {
            double mid = 0.5 * (low + high);
            if (mid == low || mid == high) {
                break;
            }
            if (eulerLotka(weights, mid) > 1) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }

    private static double eulerLotka(double[] weights, double lambda) {
        double sum = 0;
        double power = 1;
        for (double w : weights) {
            power /= lambda;
            sum += w * power;
        }
        return sum;
    }
}
