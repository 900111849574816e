package org.ketnghia.examples.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.rollup.IncludedLedger;
import org.ketnghia.core.reporting.rollup.NationalRollUp;
import org.ketnghia.core.reporting.rollup.RollUpErrorCode;
import org.ketnghia.core.reporting.rollup.RollUpExport;
import org.ketnghia.examples.KetnghiaCli;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.compatibility.RecordedFixture;
import org.ketnghia.examples.output.Covers;
import org.ketnghia.examples.output.RollUpWriter;
import org.ketnghia.store.jdbc.JdbcStores;

/**
 * The {@code rollup} subcommand end to end on the ledger recorded by the main job (fixture
 * {@code ledger-2026-12-04}): given as two provinces' ledgers and a tampered copy as a third.
 */
class RollupCommandTest {

    /** The line (and sequence) whose date the tampered copy changes. */
    private static final int TAMPERED_SEQUENCE = 10;

    @TempDir
    static Path work;

    static Path programme;
    static Path ledger;
    static Path tampered;

    @BeforeAll
    static void files() throws IOException {
        programme = work.resolve("programme.json");
        Files.writeString(programme, RecordedFixture.programmeInTodaysFormat(), StandardCharsets.UTF_8);
        ledger = work.resolve("quang-nam.jsonl.gz");
        try (InputStream in = RecordedFixture.open("ledger.jsonl.gz")) {
            Files.copy(in, ledger);
        }
        List<String> lines = new ArrayList<>(gunzip(ledger).lines().toList());
        String line = lines.get(TAMPERED_SEQUENCE - 1);
        assertThat(line).contains("\"occurredOn\":\"2021-07-01\"");
        lines.set(TAMPERED_SEQUENCE - 1, line.replace("\"occurredOn\":\"2021-07-01\"", "\"occurredOn\":\"2021-06-30\""));
        tampered = work.resolve("tampered.jsonl");
        Files.write(tampered, lines, StandardCharsets.UTF_8);
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KetnghiaCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }

    @Test
    void twoIntactLedgersAndATamperedCopy_rollUpTwice_theProvince_andNameTheTamperedOne() throws IOException {
        Path output = work.resolve("rollup");

        Result result = run("rollup", "--province", "quang-nam", "--plan", programme.toString(), "--ledger", ledger.toString(),
                "--province", "quang-nam-ban-sao", "--plan", programme.toString(), "--ledger", ledger.toString(),
                "--province", "tampered", "--name", "Sổ cái bị sửa", "--plan", programme.toString(),
                "--ledger", tampered.toString(), "-o", output.toString());

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err().lines().toList()).singleElement().asString()
                .startsWith("BỊ LOẠI / EXCLUDED tampered first-bad-sequence " + TAMPERED_SEQUENCE + " [ROLLUP_CHAIN_BROKEN]");
        NationalRollUp rollUp = RollUpExport.fromJson(Files.readString(output.resolve(RollUpWriter.ROLLUP_JSON)));
        assertThat(rollUp.includedLedgers()).extracting(ledger -> ledger.provinceId())
                .containsExactly("quang-nam", "quang-nam-ban-sao");
        assertThat(rollUp.includedLedgers()).allSatisfy(ledger -> assertThat(ledger.lastSequence()).isEqualTo(26_643));
        assertThat(rollUp.exclusion("tampered").orElseThrow().firstBadSequence()).contains((long) TAMPERED_SEQUENCE);
        assertThat(rollUp.exclusion("tampered").orElseThrow().code()).isEqualTo(RollUpErrorCode.ROLLUP_CHAIN_BROKEN);

        List<Report> province = rollUp.province("quang-nam").orElseThrow().reports();
        assertThat(rollUp.national()).hasSize(7);
        int sumIndicatorsChecked = 0;
        for (int p = 0; p < rollUp.national().size(); p++) {
            Report national = rollUp.national().get(p);
            assertThat(national.period()).isEqualTo(province.get(p).period());
            for (IndicatorDefinition indicator : national.indicators()) {
                if (indicator.aggregation() == Aggregation.SUM && province.get(p).total(indicator.id()).isPresent()) {
                    long once = province.get(p).total(indicator.id()).orElseThrow().numerator();
                    assertThat(national.total(indicator.id())).as("%s %s", indicator.id(), national.period().labelEn())
                            .contains(IndicatorValue.of(2 * once));
                    sumIndicatorsChecked++;
                }
            }
        }
        assertThat(sumIndicatorsChecked).isGreaterThan(20);
        assertThat(rollUp.national().get(6).total("programme.spent").orElseThrow().numerator()).isPositive();
    }

    @Test
    void theTwoShippedProvinces_andATamperedThird_rollUpNationally_byEachIndicatorsRule() throws Exception {
        Path konTum = Path.of("src/main/resources/org/ketnghia/examples/provinces/kon-tum");
        Path konTumRun = work.resolve("kon-tum-run");
        Result recorded = run("run", "--plan", konTum.resolve("programme-2022.json").toString(), "--output",
                konTumRun.toString(), "--replicates", "10");
        assertThat(recorded.code()).as(recorded.err()).isEqualTo(ExitCodes.OK);
        Path output = work.resolve("rollup-two-provinces");

        Result result;
        try {
            result = run("rollup", "--province", "quang-nam", "--plan", programme.toString(), "--ledger", ledger.toString(),
                "--province", "kon-tum", "--plan", konTum.resolve("programme-2022.json").toString(),
                "--ledger", konTumRun.resolve("ledger").toString(),
                "--province", "tampered", "--plan", programme.toString(), "--ledger", tampered.toString(),
                "-o", output.toString());
        } finally {
            shutDown(konTumRun.resolve("ledger"));
        }

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
        NationalRollUp rollUp = RollUpExport.fromJson(Files.readString(output.resolve(RollUpWriter.ROLLUP_JSON)));
        assertThat(rollUp.includedLedgers()).extracting(ledger -> ledger.provinceId()).containsExactly("quang-nam", "kon-tum");
        assertThat(rollUp.exclusion("tampered")).isPresent();
        // Kon Tum's ledger was just recorded by a trace, which declared it simulated by its first event; the Quảng Nam
        // fixture was recorded before ledgers could say so, and reads as recorded data. One simulated ledger is enough
        // for the national figures to carry the mark.
        assertThat(rollUp.includedLedgers()).extracting(included -> included.simulated()).containsExactly(false, true);
        assertThat(rollUp.simulationMark()).contains(org.ketnghia.core.simulation.LedgerOrigin.MARK);
        assertThat(Files.readString(output.resolve(RollUpWriter.SUMMARY_HTML)))
                .contains("class=\"simulated\"", org.ketnghia.core.simulation.LedgerOrigin.MARK);
        assertThat(Files.readAllLines(output.resolve(RollUpWriter.LEDGERS_CSV)).get(0).replace("\uFEFF", ""))
                .isEqualTo("# " + org.ketnghia.core.simulation.LedgerOrigin.MARK);
        Report national = rollUp.national().get(6);
        Report quangNam = rollUp.province("quang-nam").orElseThrow().reports().get(6);
        Report konTumFinal = rollUp.province("kon-tum").orElseThrow().reports().get(6);
        for (String indicator : List.of("programme.spent", "livestock.births", "training.classes")) {
            assertThat(national.total(indicator).orElseThrow().numerator()).as(indicator)
                    .isEqualTo(quangNam.total(indicator).orElseThrow().numerator()
                            + konTumFinal.total(indicator).orElseThrow().numerator());
        }
        IndicatorValue mortality = national.total("livestock.mortality-rate").orElseThrow();
        assertThat(mortality.numerator()).isEqualTo(quangNam.total("livestock.mortality-rate").orElseThrow().numerator()
                + konTumFinal.total("livestock.mortality-rate").orElseThrow().numerator());
    }

    @Test
    void outputs_areWrittenInEveryForm_andSayWhichLedgersWereUsed() throws IOException {
        Path output = work.resolve("rollup-outputs");

        Result result = run("rollup", "--province", "quang-nam", "--plan", programme.toString(), "--ledger", ledger.toString(),
                "--province", "tampered", "--plan", programme.toString(), "--ledger", tampered.toString(),
                "-o", output.toString());

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
        String slug = "07-tong-ket-5-nam";
        for (String file : List.of(RollUpWriter.ROLLUP_JSON, RollUpWriter.LEDGERS_CSV, RollUpWriter.SUMMARY_HTML,
                "toan-quoc/" + slug + ".json", "toan-quoc/" + slug + ".csv", "toan-quoc/" + slug + ".xlsx",
                "tinh/quang-nam/" + slug + ".json", "tinh/quang-nam/" + slug + ".csv", "tinh/quang-nam/" + slug + ".xlsx")) {
            assertThat(output.resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(output.resolve("tinh/tampered")).doesNotExist();
        String ledgers = Files.readString(output.resolve(RollUpWriter.LEDGERS_CSV));
        assertThat(ledgers).contains("quang-nam,", "Đưa vào tổng hợp,26643,26643,", "tampered,", "Bị loại,",
                "," + TAMPERED_SEQUENCE + ",ROLLUP_CHAIN_BROKEN,");
        assertThat(Files.readString(output.resolve("toan-quoc/" + slug + ".csv")))
                .startsWith("Kỳ báo cáo,").contains(",quang-nam,", "Tổng cộng").doesNotContain("tampered");
        String html = Files.readString(output.resolve(RollUpWriter.SUMMARY_HTML));
        assertThat(html).contains("Sổ cái bị loại (1)", "tampered", "ROLLUP_CHAIN_BROKEN", "Toàn quốc");
        IncludedLedger quangNam = RollUpExport.fromJson(Files.readString(output.resolve(RollUpWriter.ROLLUP_JSON)))
                .includedLedgers().get(0);
        assertThat(Covers.ledger(output.resolve("tinh/quang-nam/" + slug + ".xlsx")))
                .contains("sự kiện cuối số 26643, mã băm " + quangNam.lastHash());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output.resolve("toan-quoc/" + slug + ".xlsx")))) {
            var sheet = workbook.getSheet(RollUpWriter.LEDGERS_SHEET);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("quang-nam");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("ROLLUP_CHAIN_BROKEN");
            assertThat(workbook.getSheet(RollUpWriter.NATIONAL_SHEET).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("quang-nam");
        }
    }

    @Test
    void everyLedgerExcluded_exitsNonZero_withALinePerLedger() {
        Result result = run("rollup", "--province", "tampered", "--plan", programme.toString(), "--ledger",
                tampered.toString(), "-o", work.resolve("rollup-none").toString());

        assertThat(result.code()).isEqualTo(ExitCodes.CHAIN_BROKEN);
        assertThat(result.err()).contains("EXCLUDED tampered first-bad-sequence " + TAMPERED_SEQUENCE);
    }

    @Test
    void missingLedger_isRefusedBeforeAnythingIsRead() {
        Result result = run("rollup", "--province", "nowhere", "--plan", programme.toString(), "--ledger",
                work.resolve("no-such-folder").toString(), "-o", work.resolve("rollup-missing").toString());

        assertThat(result.code()).isEqualTo(ExitCodes.LEDGER);
        assertThat(result.err()).contains("No ledger at: nowhere: ");
    }

    /** Closes the embedded database of {@code ledger}, which stays open in this JVM after the run, so the folder can go. */
    private static void shutDown(Path ledger) throws java.sql.SQLException {
        java.sql.Connection connection = JdbcStores.h2(ledger).getConnection();
        try {
            connection.createStatement().execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            // SHUTDOWN closes the database and with it this very session, which H2 reports as broken (90067)
            if (e.getErrorCode() != 90067) {
                throw e;
            }
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
