package org.ketnghia.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ketnghia.examples.KetnghiaCli;

/**
 * The main job (<i>chương trình mẫu Quảng Nam</i>, the CLI's {@code run}) recorded into a temporary folder for
 * a benchmark that measures its ledger (B6, B8); the folder is deleted afterwards.
 */
final class MainJobRun {

    private MainJobRun() {
    }

    /**
     * Runs the main job with {@code replicates} Monte Carlo replicates into a new temporary folder named after
     * {@code prefix}, passes its output folder (the ledger is in {@code ledger/}) to {@code measure}, then
     * deletes the folder.
     *
     * @throws IllegalStateException with the job's output if it fails
     */
    static void recorded(String prefix, int replicates, Consumer<Path> measure) {
        Path temp;
        try {
            temp = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path output = temp.resolve("output");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = KetnghiaCli.execute(new String[] {"run", "--output", output.toString(), "--replicates",
                    Integer.toString(replicates)}, new PrintWriter(out, true), new PrintWriter(err, true));
            if (exit != 0) {
                throw new IllegalStateException("the main job failed (exit " + exit + "):\n" + out + err);
            }
            measure.accept(output);
        } finally {
            delete(temp);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }
}
