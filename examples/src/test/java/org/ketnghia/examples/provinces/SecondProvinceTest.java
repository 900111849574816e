package org.ketnghia.examples.provinces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.examples.KetnghiaCli;

/**
 * A second province, Kon Tum, runs end to end from its own data — its units with the 2025 merger into
 * Quảng Ngãi and its own programme file — with no Java code of its own; and it runs beside Quảng Nam in
 * one JVM without the two sharing anything.
 */
class SecondProvinceTest {

    private static final Path KON_TUM = Path.of("src/main/resources/org/ketnghia/examples/provinces/kon-tum");

    private static int cli(StringWriter out, String... args) {
        return KetnghiaCli.execute(args, new PrintWriter(out, true), new PrintWriter(out, true));
    }

    private static String[] konTum(String command, Path output) {
        // the programme file names its province data pack (this folder): no units or model data given here
        return new String[] {command, "--plan", KON_TUM.resolve("programme-2022.json").toString(), "--output",
            output.toString(), "--replicates", "20", "--threads", "1"};
    }

    @Test
    void konTum_runsEndToEnd_reportingUnderKonTumBeforeTheMerger_andUnderQuangNgaiAfter(@TempDir Path output)
            throws Exception {
        StringWriter out = new StringWriter();

        assertThat(cli(out, konTum("run", output))).as(out.toString()).isZero();

        assertThat(out.toString()).contains("chuỗi băm toàn vẹn / chain intact", "livestock", "training", "clean-water");
        String yearOne = Files.readString(output.resolve("reports/01-nam-thu-1.csv"));
        String yearFive = Files.readString(output.resolve("reports/05-nam-thu-5.csv"));
        assertThat(yearOne).contains(",KTM,tỉnh Kon Tum,", ",KTM.TU-MO-RONG.DAK-HA,").doesNotContain(",QNG,");
        assertThat(yearFive).contains(",QNG,tỉnh Quảng Ngãi,", ",QNG.TU-MO-RONG,").doesNotContain(",KTM,");
        assertThat(Files.list(output.resolve("disclosure")).map(path -> path.getFileName().toString()))
                .contains("KTM.TU-MO-RONG.DAK-HA.csv", "KTM.KON-PLONG.HIEU.csv");
        assertThat(Files.readString(output.resolve("budget.csv"))).contains("KTM.TU-MO-RONG").doesNotContain("QNA.");
    }

    @Test
    void everySubcommand_worksForKonTum_fromItsProgrammeFileAlone(@TempDir Path output) throws Exception {
        String plan = KON_TUM.resolve("programme-2022.json").toString();
        String ledger = output.resolve("ledger").toString();
        StringWriter out = new StringWriter();
        assertThat(cli(out, "validate", "--plan", plan)).as(out.toString()).isZero();
        assertThat(out.toString()).contains("Kế hoạch hợp lệ / Plan is valid", "livestock, training, clean-water");
        out = new StringWriter();
        assertThat(cli(out, "budget", "--plan", plan)).as(out.toString()).isZero();
        assertThat(out.toString()).contains("TỔNG CỘNG / TOTAL", "Tu Mơ Rông");
        out = new StringWriter();
        assertThat(cli(out, "simulate", "--plan", plan, "--output", output.toString(), "--replicates", "10")).as(out.toString())
                .isZero();
        assertThat(output.resolve("simulation/simulation.csv")).isRegularFile();
        assertThat(cli(new StringWriter(), konTum("run", output.resolve("run")))).isZero();
        String runLedger = output.resolve("run/ledger").toString();

        out = new StringWriter();
        assertThat(cli(out, "report", "--plan", plan, "--ledger", runLedger, "--output", output.toString())).as(out.toString())
                .isZero();
        assertThat(Files.readString(output.resolve("reports/05-nam-thu-5.csv")))
                .isEqualTo(Files.readString(output.resolve("run/reports/05-nam-thu-5.csv")));
        out = new StringWriter();
        assertThat(cli(out, "disclose", "--plan", plan, "--ledger", runLedger, "--output", output.toString(), "--commune",
                "KTM.TU-MO-RONG.DAK-HA")).as(out.toString()).isZero();
        assertThat(out.toString()).contains("NIÊM YẾT CÔNG KHAI", "Đăk Hà");
        out = new StringWriter();
        assertThat(cli(out, "verify", "--plan", plan, "--ledger", runLedger)).as(out.toString()).isZero();
        assertThat(out.toString()).contains("Hash chain intact");
        Path backup = output.resolve("kon-tum.jsonl");
        assertThat(cli(new StringWriter(), "export", "--plan", plan, "--ledger", runLedger, "--file", backup.toString())).isZero();
        out = new StringWriter();
        assertThat(cli(out, "import", "--plan", plan, "--ledger", ledger, "--file", backup.toString())).as(out.toString())
                .isZero();
        out = new StringWriter();
        assertThat(cli(out, "verify", "--plan", plan, "--ledger", ledger)).as(out.toString()).isZero();
        assertThat(out.toString()).contains("Hash chain intact");
    }

    @Test
    void konTumAndQuangNam_runTogetherInOneJvm_sharingNothing(@TempDir Path temp) throws Exception {
        Path alone = temp.resolve("kon-tum-alone");
        assertThat(cli(new StringWriter(), konTum("run", alone))).isZero();

        Path konTum = temp.resolve("kon-tum");
        Path quangNam = temp.resolve("quang-nam");
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> cli(new StringWriter(), konTum("run", konTum)));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> cli(new StringWriter(), "run", "--output",
                quangNam.toString(), "--replicates", "20", "--threads", "1"));

        assertThat(List.of(first.get(), second.get())).containsOnly(0);
        for (String report : List.of("01-nam-thu-1.csv", "05-nam-thu-5.csv", "07-tong-ket-5-nam.csv")) {
            assertThat(Files.readString(konTum.resolve("reports").resolve(report)))
                    .as("Kon Tum's %s beside Quảng Nam equals Kon Tum's alone", report)
                    .isEqualTo(Files.readString(alone.resolve("reports").resolve(report)));
            assertThat(Files.readString(quangNam.resolve("reports").resolve(report))).doesNotContain("KTM", "QNG");
        }
    }
}
