package org.ketnghia.livestock.simulation.internal;

/**
 * The inverse-CDF searches of the engine (<i>tìm tháng theo hàm phân phối ngược</i>): the first index of
 * a non-increasing table (or product of two) whose value falls below a threshold, started from a guess
 * (the geometric or the cumulative-hazard inverse, one logarithm) and corrected by the same comparisons a
 * binary search makes, so that the result is the binary search's whatever the guess: a good guess costs two
 * or three comparisons instead of seven dependent ones, a bad one a binary search of what is left. Stateless.
 */
final class FirstBelow {

    private static final double LN2 = 0.6931471805599453;

    private FirstBelow() {
    }

    /**
     * The natural logarithm of a normal {@code x > 0}, within about {@code 1e-5}: enough to start a search
     * from (the search's comparisons decide the result, not the guess), at a fraction of {@link Math#log}'s
     * cost — the exponent's bits plus a degree-5 polynomial of the mantissa fitted on {@code [1, 2)}.
     */
    static double roughLog(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) (bits >>> 52) - 1023;
        double t = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L) - 1;
        double mantissaLog = ((((0.03044965816468021 * t - 0.13158456992137285) * t + 0.28527637328427746) * t
                - 0.4902327532286414) * t + 0.9992359203110832) * t + 9.949508032421547e-06;
        return exponent * LN2 + mantissaLog;
    }

    /**
     * The first {@code m} in {@code [low, high]} with {@code table[m + 1] < threshold}, given that
     * {@code table} does not increase and {@code table[high + 1] < threshold}; {@code guess} in {@code
     * [low, high]}.
     */
    static int of(double[] table, double threshold, int low, int guess, int high) {
        if (table[guess + 1] < threshold) {
            if (guess == low || table[guess] >= threshold) {
                return guess;
            }
            if (guess - 1 == low || table[guess - 1] >= threshold) {
                return guess - 1;
            }
            return search(table, threshold, low, guess - 2);
        }
        // guess < high: table[high + 1] is below
        if (table[guess + 2] < threshold) {
            return guess + 1;
        }
        return search(table, threshold, guess + 2, high);
    }

    /** Branchless lower bound: the first {@code m} in {@code [low, high]} with {@code table[m + 1] < threshold}, {@code table[high + 1]} below. */
    static int search(double[] table, double threshold, int low, int high) {
        int at = low;
        for (int n = high - low + 1; n > 1; ) {
            int half = n >>> 1;
            int m = at + half;
            at = table[m + 1] >= threshold ? m : at;
            n -= half;
        }
        return at + (table[at + 1] >= threshold ? 1 : 0);
    }

    /**
     * The first {@code k} in {@code [0, span]} with {@code a[a0 + k + 1] · b[m0 + k + 1] < threshold}, given
     * that neither table increases and {@code k = span} is below; {@code guess} in {@code [0, span]}.
     */
    static int ofProduct(double[] a, int a0, double[] b, int m0, double threshold, int guess, int span) {
        if (a[a0 + guess + 1] * b[m0 + guess + 1] < threshold) {
            if (guess == 0 || a[a0 + guess] * b[m0 + guess] >= threshold) {
                return guess;
            }
            if (guess == 1 || a[a0 + guess - 1] * b[m0 + guess - 1] >= threshold) {
                return guess - 1;
            }
            return searchProduct(a, a0, b, m0, threshold, 0, guess - 2);
        }
        if (a[a0 + guess + 2] * b[m0 + guess + 2] < threshold) {
            return guess + 1;
        }
        return searchProduct(a, a0, b, m0, threshold, guess + 2, span);
    }

    /** Branchless lower bound of {@link #ofProduct} in {@code [low, high]}, {@code k = high} below. */
    static int searchProduct(double[] a, int a0, double[] b, int m0, double threshold, int low, int high) {
        int base = low;
        for (int n = high - low + 1; n > 1; ) {
            int half = n >>> 1;
            int k = base + half;
            base = a[a0 + k + 1] * b[m0 + k + 1] >= threshold ? k : base;
            n -= half;
        }
        return base + (a[a0 + base + 1] * b[m0 + base + 1] >= threshold ? 1 : 0);
    }
}
