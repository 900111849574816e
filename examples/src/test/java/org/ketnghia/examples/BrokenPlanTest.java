package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed or inconsistent programme file: every problem with its line, a non-zero exit, no outputs. */
class BrokenPlanTest {

    @TempDir
    Path temp;

    private static String shipped() throws IOException {
        try (InputStream in = BrokenPlanTest.class.getResourceAsStream(ProgrammeFile.SHIPPED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void truncatedJson_isASyntaxError_withLineAndColumn() throws Exception {
        String text = shipped();
        Path file = write("cut.json", text.substring(0, text.length() / 2));

        Cli validate = Cli.run("validate", "--plan", file.toString());

        assertThat(validate.exitCode()).isEqualTo(ExitCodes.INVALID_PLAN);
        assertThat(validate.err()).containsPattern("cut\\.json:\\d+:\\d+: \\[PLAN_JSON_SYNTAX\\]");
    }

    @Test
    void inconsistentPlan_listsEveryProblem_withItsLocationInTheFile() throws Exception {
        String text = shipped()
                .replace("\"modelIds\": [\n        \"livestock\",\n        \"startup\",\n        \"training\"\n      ]",
                        "\"modelIds\": [\n        \"livestock\"\n      ]")
                .replace("\"sponsorId\": \"tam-ky\"", "\"sponsorId\": \"khong-co\"")
                .replace("\"targetHead\": 250", "\"targetHead\": -5");
        Path file = write("broken.json", text);

        Cli validate = Cli.run("validate", "--plan", file.toString());

        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCodes.INVALID_PLAN);
        assertThat(validate.err())
                .containsPattern("broken\\.json:\\d+:\\d+: agreements\\[0\\]\\.modelIds: \\[PLAN_TWO_OF_FOUR\\]")
                .containsPattern("broken\\.json:\\d+:\\d+: pledges\\[\\d+\\]\\.sponsorId: \\[PLAN_UNKNOWN_SPONSOR\\] Không có đơn vị kết nghĩa khong-co")
                .containsPattern("broken\\.json:\\d+:\\d+: models\\.livestock");
        assertThat(validate.err().lines().filter(line -> line.startsWith("  ")).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void wrongType_namesThePathAndLine() throws Exception {
        Path file = write("types.json", shipped().replace("\"years\": 5", "\"years\": \"năm\""));

        Cli budget = Cli.run("budget", "--plan", file.toString());

        assertThat(budget.exitCode()).isEqualTo(ExitCodes.INVALID_PLAN);
        assertThat(budget.err()).containsPattern("types\\.json:\\d+:\\d+: programme\\.years: \\[PLAN_JSON_INVALID\\]");
    }

    @Test
    void run_onABrokenPlan_leavesNoOutputFolder() throws Exception {
        Path file = write("broken.json", shipped().replace("\"QNA.TAY-GIANG.A-XAN\"", "\"QNA.KHONG-CO\""));
        Path output = temp.resolve("output");

        Cli run = Cli.run("run", "--plan", file.toString(), "--output", output.toString(), "--replicates", "5");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INVALID_PLAN);
        assertThat(run.err()).contains("QNA.KHONG-CO");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("broken.json");
        }
    }

    @Test
    void missingFile_isReported() {
        Cli validate = Cli.run("validate", "--plan", temp.resolve("khong-co.json").toString());

        assertThat(validate.exitCode()).isEqualTo(ExitCodes.INVALID_PLAN);
        assertThat(validate.err()).contains("PLAN_FILE_MISSING");
    }
}
