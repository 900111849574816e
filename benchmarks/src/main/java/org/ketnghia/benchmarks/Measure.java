package org.ketnghia.benchmarks;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Timing helpers: warm-up, repetitions, the best and median of the repetitions. */
final class Measure {

    private Measure() {
    }

    /** Result of timed repetitions: seconds of each run. */
    record Runs(double[] seconds) {
        double best() {
            return Arrays.stream(seconds).min().orElseThrow();
        }

        double median() {
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    /** Runs {@code work} {@code repeats} times; {@code work} returns the nanoseconds of its timed part. */
    static Runs repeat(int repeats, LongSupplier work) {
        double[] seconds = new double[Math.max(1, repeats)];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = work.getAsLong() / 1e9;
        }
        return new Runs(seconds);
    }

    /** Best-effort collection so that one run's garbage does not land in the next run's timing. */
    static void settle() {
        System.gc();
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The growth exponent between two sizes: log(time ratio) / log(size ratio); 1.0 is linear, below
     * 1 sub-linear.
     */
    static double growth(double smallSize, double smallSeconds, double bigSize, double bigSeconds) {
        return Math.log(bigSeconds / smallSeconds) / Math.log(bigSize / smallSize);
    }
}
