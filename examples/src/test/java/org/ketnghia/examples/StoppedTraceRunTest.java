package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.host.Simulations;
import org.ketnghia.examples.output.OutputWriter;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammePlan;
import org.ketnghia.startup.StartupErrorCode;

/**
 * {@code run} on the shipped plan with a start-up norm of one million đồng per project, below every support the
 * start-up trace approves: the ledger refuses the trace's first approval under the norm, and the run says so — a
 * distinct exit code, and on stderr the rule, the trace and the date — while writing the ledger and every output as
 * a run whose traces all finish does.
 */
class StoppedTraceRunTest {

    /** The programme's own start-up norm, replacing the province pack's 100 million đồng per project. */
    private static final String LOW_NORM = "\"norms\": [{\"key\": \"startup.support-per-project\", \"amount\": 1000000,"
            + " \"unit\": \"dự án\", \"legalBasis\": \"định mức thử / a test norm\"}],\n    ";

    @TempDir
    static Path temp;

    static Path output;
    static Cli run;

    @BeforeAll
    static void runAPlanWhoseNormStopsTheStartUpTrace() throws Exception {
        String shipped = Files.readString(Path.of("src/main/resources/org/ketnghia/examples/quang-nam-2021.json"));
        String edited = shipped.replace("\"provincePack\":", LOW_NORM + "\"provincePack\":");
        assertThat(edited).isNotEqualTo(shipped);
        Path plan = Files.writeString(temp.resolve("low-norm.json"), edited);
        output = temp.resolve("output");
        run = Cli.run("run", "--plan", plan.toString(), "--output", output.toString(), "--replicates", "2",
                "--threads", "1");
    }

    @Test
    void aTraceStoppedByARule_exitsWithItsOwnCode_namingTheRuleTheTraceAndTheDateOnStderr() throws Exception {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.TRACE_STOPPED);
        Matcher stop = Pattern.compile("VẾT MÔ PHỎNG BỊ DỪNG / SIMULATED TRACE STOPPED: startup, ngày / on"
                + " (\\d{4}-\\d{2}-\\d{2}), sau / after (\\d+) lệnh đã ghi / commands recorded").matcher(run.err());
        assertThat(stop.find()).as(run.err()).isTrue();
        assertThat(run.err()).contains("quy tắc / rule " + StartupErrorCode.STARTUP_SUPPORT_ABOVE_NORM.name()
                + " (aboveNormJustification)").contains("vượt định mức 1.000.000 ₫").contains("exceeds the norm")
                .contains("exit code " + ExitCodes.TRACE_STOPPED);
        ProgrammePlan.Programme programme = ProgrammeFile.shipped().plan().programme();
        assertThat(LocalDate.parse(stop.group(1))).isBetween(programme.start(), programme.lastDay());
        JsonNode manifest = KetnghiaJson.newObjectMapper().readTree(output.resolve(OutputWriter.RUN_JSON).toFile());
        assertThat(manifest.at("/traces/startup").asText()).startsWith("dừng sau " + stop.group(2) + " lệnh");
        // only the start-up trace met the norm: the others ran to their end
        assertThat(run.err()).containsOnlyOnce("SIMULATED TRACE STOPPED");
    }

    @Test
    void runJson_listsTheStoppedTrace_withItsReplicateDateRuleAndCommandsRecorded_asStderrNamesThem() throws Exception {
        Matcher stop = Pattern.compile("STOPPED: startup, ngày / on (\\d{4}-\\d{2}-\\d{2}), sau / after (\\d+) lệnh")
                .matcher(run.err());
        assertThat(stop.find()).as(run.err()).isTrue();

        JsonNode manifest = KetnghiaJson.newObjectMapper().readTree(output.resolve(OutputWriter.RUN_JSON).toFile());

        JsonNode stopped = manifest.get("stoppedTraces");
        assertThat(stopped).as(manifest.toString()).hasSize(1);
        JsonNode trace = stopped.get(0);
        assertThat(trace.get("model").asText()).isEqualTo("startup");
        assertThat(trace.get("programme").asText()).isEqualTo(ProgrammeFile.shipped().plan().programme().id());
        assertThat(trace.get("replicate").isIntegralNumber()).isTrue();
        assertThat(trace.get("replicate").asLong()).isEqualTo(Simulations.TRACE_REPLICATE);
        assertThat(trace.get("date").asText()).isEqualTo(stop.group(1));
        assertThat(trace.get("code").asText()).isEqualTo(StartupErrorCode.STARTUP_SUPPORT_ABOVE_NORM.name());
        assertThat(trace.get("rules")).hasSize(1);
        assertThat(trace.at("/rules/0/field").asText()).isEqualTo("aboveNormJustification");
        assertThat(trace.at("/rules/0/messageVi").asText()).contains("vượt định mức 1.000.000 ₫");
        assertThat(trace.get("commandsRecorded").asLong()).isEqualTo(Long.parseLong(stop.group(2))).isPositive();
        assertThat(trace.get("reason").asText()).contains(StartupErrorCode.STARTUP_SUPPORT_ABOVE_NORM.name());
    }

    @Test
    void theLedgerAndEveryOutput_areStillWritten_withTheCommandsRecordedBeforeTheStop() throws Exception {
        for (String name : java.util.List.of(OutputWriter.BUDGET_XLSX, OutputWriter.SUMMARY_HTML, OutputWriter.RUN_JSON,
                "ledger/ketnghia.mv.db", "reports/07-tong-ket-5-nam.xlsx", "simulation/simulation.csv")) {
            assertThat(output.resolve(name)).as(name).isRegularFile();
        }
        JsonNode manifest = KetnghiaJson.newObjectMapper().readTree(output.resolve(OutputWriter.RUN_JSON).toFile());
        assertThat(manifest.get("chainIntact").asBoolean()).isTrue();
        assertThat(manifest.at("/traces/livestock").asText()).startsWith("đã ghi");
        Cli verify = Cli.run("verify", "--output", output.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
    }
}
