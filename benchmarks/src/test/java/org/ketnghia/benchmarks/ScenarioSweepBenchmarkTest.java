package org.ketnghia.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ketnghia.livestock.scenarios.ScenarioDimension;

/** B7 at a tiny size: it must run the 48 scenarios and print its figure lines. Not a measurement. */
class ScenarioSweepBenchmarkTest {

    @Test
    void b7_isDispatchedById_andSweeps48Scenarios() {
        assertThat(Benchmarks.BENCHMARKS).containsKey("B7");
        var grid = ScenarioSweepBenchmark.grid();
        assertThat(grid.scenarios()).hasSize(48);
        assertThat(grid.levelNames(ScenarioDimension.PASS_ON_POLICY)).hasSize(4);
        assertThat(grid.levelNames(ScenarioDimension.PRICE_LEVEL)).containsExactly("0.8", "1", "1.2");
        assertThat(grid.levelNames(ScenarioDimension.SHOCKS)).hasSize(4);
    }

    @Test
    void b7AtTinySize_printsItsFigureLines() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Benchmarks.main(new String[] {"B7", "--scale=0.004", "--repeats=1"});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);

        assertThat(output).containsPattern("(?m)^B7 seconds [0-9.]+$").containsPattern("(?m)^B7 scenarios-per-second [0-9.]+$")
                .contains("# sensitivity 1.");
    }
}
