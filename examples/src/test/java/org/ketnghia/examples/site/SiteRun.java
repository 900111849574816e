package org.ketnghia.examples.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ketnghia.examples.KetnghiaCli;

/**
 * One run of the main job (the shipped Quảng Nam plan, 20 replicates) whose site the site tests
 * share, written once per test JVM into {@code target/site-run} so a reviewer can open it too.
 */
final class SiteRun {

    static final Path OUTPUT = Path.of("target", "site-run").toAbsolutePath();

    private static String printed;

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
        }
        return OUTPUT;
    }

    /** What the run printed. */
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
