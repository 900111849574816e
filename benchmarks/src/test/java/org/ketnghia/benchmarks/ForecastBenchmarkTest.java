package org.ketnghia.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** B8 at a tiny size: it records the main job, forecasts from its state as of year 4 and prints its lines. Not a measurement. */
class ForecastBenchmarkTest {

    @Test
    void b8AtTinySize_printsItsFigureLines() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Benchmarks.main(new String[] {"B8", "--scale=0.01", "--repeats=1"});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);

        assertThat(Benchmarks.BENCHMARKS).containsKey("B8");
        assertThat(output).containsPattern("(?m)^B8 seconds [0-9.]+$")
                .containsPattern("(?m)^B8 read-state-seconds [0-9.]+$")
                .containsPattern("(?m)^B8 replicates-per-second [0-9.]+$")
                .containsPattern("(?m)^# B8 state as of 2025-01-01: [1-9][0-9]* groups, [1-9][0-9]* animals");
    }
}
