package org.ketnghia.benchmarks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Entry point of {@code benchmarks.jar}: {@code java -jar benchmarks.jar B2} runs benchmark B2 of
 * PERFORMANCE.md and prints its lines {@code <id> <figure> <value>}.
 *
 * <p>Arguments after the id are passed to the benchmark; {@code --scale=0.001} shrinks every size
 * (used by the smoke test). To add a benchmark, write a class with a {@code run(Options)} method and
 * add ONE line to {@link #BENCHMARKS} below.
 */
public final class Benchmarks {

    /**
     * Benchmarks by id. To add one (e.g. B1, livestock simulation), add a single line here:
     * {@code BENCHMARKS.put("B1", LivestockSimulationBenchmark::run);}
     */
    static final Map<String, Consumer<Options>> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("B1", LivestockSimulationBenchmark::run);
        BENCHMARKS.put("B2", LedgerBenchmark::run);
        BENCHMARKS.put("B3", ReportingBenchmark::run);
        BENCHMARKS.put("B4", EligibilityBenchmark::run);
        BENCHMARKS.put("B5", CodecBenchmark::run);
        BENCHMARKS.put("B6", DiskBenchmark::run);
        BENCHMARKS.put("B7", ScenarioSweepBenchmark::run);
        BENCHMARKS.put("B8", ForecastBenchmark::run);
    }

    private Benchmarks() {
    }

    /**
     * Runs the benchmark named by the first argument.
     *
     * @param args {@code <id> [--scale=<factor>] [--repeats=<n>] [--quiet] [--encrypted]}
     */
    public static void main(String[] args) {
        if (args.length == 0 || !BENCHMARKS.containsKey(args[0].toUpperCase(Locale.ROOT))) {
            System.err.println("usage: java -jar benchmarks.jar <id> [--scale=<factor>] [--repeats=<n>] [--quiet] [--encrypted]; ids: "
                    + BENCHMARKS.keySet());
            System.exit(2);
            return;
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // Flyway's INFO lines
        }
        Options options = Options.parse(args);
        BENCHMARKS.get(args[0].toUpperCase(Locale.ROOT)).accept(options);
    }

    /**
     * Options shared by every benchmark.
     *
     * @param encrypted whether people's personal fields are stored encrypted ({@code --encrypted}, issue 22): the
     *     ledgers of B2 and B5 then run with personal-data protection, and every figure's name ends in {@code
     *     -encrypted}
     */
    public record Options(double scale, int repeats, boolean quiet, boolean encrypted) {

        static Options parse(String[] args) {
            double scale = 1.0;
            int repeats = 3;
            boolean quiet = false;
            boolean encrypted = false;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("--scale=")) {
                    scale = Double.parseDouble(a.substring("--scale=".length()));
                } else if (a.startsWith("--repeats=")) {
                    repeats = Integer.parseInt(a.substring("--repeats=".length()));
                } else if (a.equals("--quiet")) {
                    quiet = true;
                } else if (a.equals("--encrypted")) {
                    encrypted = true;
                } else {
                    throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return new Options(scale, repeats, quiet, encrypted);
        }

        /** A size scaled by {@link #scale()}, at least 1. */
        public int size(int full) {
            return Math.max(1, (int) Math.round(full * scale));
        }

        /** Prints a figure line {@code <id> <figure> <value>}. */
        public void figure(String id, String figure, double value) {
            System.out.println(id + " " + figure + (encrypted ? "-encrypted" : "") + " " + format(value));
        }

        /** Prints a side note (prefixed with #, so figure lines stay greppable). */
        public void note(String text) {
            if (!quiet) {
                System.out.println("# " + text);
            }
        }

        static String format(double value) {
            if (value >= 100) {
                return String.format(Locale.ROOT, "%.0f", value);
            }
            return String.format(Locale.ROOT, "%.3f", value);
        }
    }
}
