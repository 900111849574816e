package org.ketnghia.examples.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ketnghia.examples.KetnghiaCli;

/**
 * One run of the main job (the shipped Quảng Nam plan, 20 replicates) whose site the site tests
 * share, written once per test JVM into {@code target/site-run} so a reviewer can open it too; then,
 * as a planner would, two forecasts from its ledger (the later date first) and a scenario comparison
 * calibrated on it, which put their pages into the site.
 */
final class SiteRun {

    static final Path OUTPUT = Path.of("target", "site-run").toAbsolutePath();

    /** The forecast run first, with {@code --by}. */
    static final LocalDate FORECAST_AS_OF = LocalDate.of(2025, 1, 1);
    /** The date of the first forecast's {@code --by}. */
    static final LocalDate FORECAST_BY = LocalDate.of(2026, 6, 30);
    /** The forecast run second, as of an earlier date. */
    static final LocalDate EARLIER_AS_OF = LocalDate.of(2024, 1, 1);
    /** The date the comparison's demography is calibrated to. */
    static final LocalDate CALIBRATED_AS_OF = LocalDate.of(2025, 12, 31);

    private static String printed;
    private static final List<String> PLANNERS_PRINTED = new java.util.ArrayList<>();

    private SiteRun() {
    }

    /** The output folder of the run, running it on first use. */
    static synchronized Path output() {
        if (printed == null) {
            delete(OUTPUT);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = KetnghiaCli.execute(new String[] {"run", "--output", OUTPUT.toString(), "--replicates", "20", "--threads", "2"},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            if (code != 0) {
                throw new IllegalStateException("the main job failed, exit " + code + "\n" + out + "\n" + err);
            }
            printed = out.toString();
            planner("forecast", "--output", OUTPUT.toString(), "--as-of", FORECAST_AS_OF.toString(), "--by",
                    FORECAST_BY.toString(), "--replicates", "20", "--threads", "2");
            planner("forecast", "--output", OUTPUT.toString(), "--as-of", EARLIER_AS_OF.toString(), "--replicates", "20",
                    "--threads", "2");
            planner("compare", "--output", OUTPUT.toString(), "--calibrate-as-of", CALIBRATED_AS_OF.toString(),
                    "--replicates", "3", "--seed", "7", "--years", "3", "--threads", "2", "--policies",
                    "first-female-offspring", "--price-levels", "1", "--shocks", "none,drought");
        }
        return OUTPUT;
    }

    private static void planner(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KetnghiaCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed, exit " + code + "\n" + out + "\n" + err);
        }
        PLANNERS_PRINTED.add(out.toString());
    }

    /** What the planners' commands printed, in the order they ran: the two forecasts, then the comparison. */
    static synchronized List<String> plannersPrinted() {
        output();
        return List.copyOf(PLANNERS_PRINTED);
    }

    /** The pages the planners' commands added to the run's site, in the order they wrote them. */
    static List<String> planningPages() {
        return List.of(SitePaths.forecast(FORECAST_AS_OF), SitePaths.forecast(EARLIER_AS_OF), SitePaths.COMPARISON);
    }

    /** What the run printed (not the planners' commands). */
    static synchronized String printed() {
        output();
        return printed;
    }

    /** Every HTML page of the site, relative to the output folder: the index, summary.html and the pages folder. */
    static List<String> pages() {
        Path output = output();
        try (Stream<Path> files = Files.list(output.resolve(SitePaths.PAGES))) {
            return Stream.concat(Stream.of(SitePaths.INDEX, "summary.html"),
                    files.map(file -> SitePaths.PAGES + "/" + file.getFileName()).sorted()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String page) {
        try {
            return Files.readString(output().resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
