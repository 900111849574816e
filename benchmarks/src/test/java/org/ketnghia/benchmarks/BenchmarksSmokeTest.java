package org.ketnghia.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every benchmark at a tiny size: it must finish and print its figure lines. Not a measurement. */
class BenchmarksSmokeTest {

    private static final Map<String, String[]> FIGURES = Map.of(
            "B1", new String[] {"B1 animal-months-per-second ", "B1 replicates-per-second ", "B1 speedup-2-threads "},
            "B2", new String[] {"B2 append-events-per-second ", "B2 replay-events-per-second ",
                "B2 h2-append-events-per-second ", "B2 h2-batch-append-events-per-second "},
            "B3", new String[] {"B3 seconds ", "B3 peak-heap-mb "},
            "B4", new String[] {"B4 households-per-second "},
            "B5", new String[] {"B5 events-per-second ", "B5 events-per-second-1-thread "},
            "B6", new String[] {"B6 json-bytes-per-event ", "B6 disk-bytes-per-event ", "B6 h2-disk-to-json-ratio "});

    @ParameterizedTest
    @ValueSource(strings = {"B1", "B2", "B3", "B4", "B5", "B6"})
    void benchmarkAtTinySize_printsItsFigureLines(String id) {
        String output = run(id, "--scale=0.001", "--repeats=1", "--quiet");

        for (String figure : FIGURES.get(id)) {
            assertThat(output).containsPattern("(?m)^" + figure + "[0-9.]+$");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"B1", "B2", "B3", "B4", "B5", "B6"})
    void everyBenchmarkOfThisModule_isDispatchedById(String id) {
        assertThat(Benchmarks.BENCHMARKS).containsKey(id);
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Benchmarks.main(args);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);
        return output;
    }
}
