package org.ketnghia.examples.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportRow;
import org.ketnghia.core.reporting.rollup.IncludedLedger;
import org.ketnghia.core.reporting.rollup.NationalRollUp;
import org.ketnghia.core.reporting.rollup.RollUpExport;
import org.ketnghia.examples.KetnghiaCli;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.compatibility.RecordedFixture;
import org.ketnghia.examples.output.NotAvailableMarks;
import org.ketnghia.examples.output.RollUpWriter;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.store.jdbc.JdbcStores;

/**
 * The national roll-up of an encrypted province ledger by a body that does not hold the province's master key: Kon
 * Tum's programme recorded with a test master key (livestock, technical training, clean water), rolled up beside the
 * plain ledger recorded on 4 December 2026 (Quảng Nam), once with Kon Tum's key and once without. Without it the
 * ledger is verified and included, every figure resting on clear fields equals the one read with the key, and every
 * figure resting on personal data is marked not available, in every output, nationally too.
 */
class MaskedRollupTest {

    /** The indicators of Kon Tum's models that rest on personal data: ethnicity, and members told apart by name. */
    private static final List<String> RESTING_ON_PERSONAL_DATA = List.of("training.ethnic-minority-share",
            "training.household-participants");

    private static final String SLUG = "07-tong-ket-5-nam";

    @TempDir
    static Path work;

    static Path quangNamPlan;
    static Path quangNamLedger;
    static Path konTumPlan;
    static Path konTumLedger;
    static Path keyFile;
    static Path withKey;
    static Path withoutKey;
    static Result withoutKeyResult;
    static NationalRollUp rolledUpWithKey;
    static NationalRollUp rolledUpWithoutKey;

    @BeforeAll
    static void recordAndRollUpTwice() throws IOException {
        quangNamPlan = Files.writeString(work.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat(),
                StandardCharsets.UTF_8);
        quangNamLedger = work.resolve("quang-nam.jsonl.gz");
        try (InputStream in = RecordedFixture.open("ledger.jsonl.gz")) {
            Files.copy(in, quangNamLedger);
        }
        keyFile = Files.writeString(work.resolve("kon-tum.key"), MasterKey.generate().toBase64());
        konTumPlan = Path.of("src/main/resources/org/ketnghia/examples/provinces/kon-tum/programme-2022.json");
        Path run = work.resolve("kon-tum-run");
        Result recorded = run("run", "--plan", konTumPlan.toString(), "--output", run.toString(), "--replicates", "10",
                "--master-key-file", keyFile.toString());
        assertThat(recorded.code()).as(recorded.err()).isEqualTo(ExitCodes.OK);
        konTumLedger = run.resolve("ledger");

        withoutKey = work.resolve("without-key");
        withoutKeyResult = run("rollup", "--province", "quang-nam", "--plan", quangNamPlan.toString(), "--ledger",
                quangNamLedger.toString(), "--province", "kon-tum", "--plan", konTumPlan.toString(), "--ledger",
                konTumLedger.toString(), "-o", withoutKey.toString());
        assertThat(withoutKeyResult.code()).as(withoutKeyResult.err()).isEqualTo(ExitCodes.OK);
        rolledUpWithoutKey = readRollUp(withoutKey);

        withKey = work.resolve("with-key");
        Result keyed = run("rollup", "--province", "quang-nam", "--plan", quangNamPlan.toString(), "--ledger",
                quangNamLedger.toString(), "--province", "kon-tum", "--plan", konTumPlan.toString(), "--ledger",
                konTumLedger.toString(), "--master-key-file", keyFile.toString(), "-o", withKey.toString());
        assertThat(keyed.code()).as(keyed.err()).isEqualTo(ExitCodes.OK);
        rolledUpWithKey = readRollUp(withKey);
    }

    @AfterAll
    static void closeTheRecordedLedger() throws java.sql.SQLException {
        if (konTumLedger != null) {
            shutDown(konTumLedger);
        }
    }

    @Test
    void withoutItsKey_theEncryptedLedgerIsVerifiedAndIncluded_namingWhatItCannotGive() {
        assertThat(withoutKeyResult.err()).isEmpty();
        assertThat(rolledUpWithoutKey.excluded()).isEmpty();
        IncludedLedger konTum = ledger(rolledUpWithoutKey, "kon-tum");
        IncludedLedger keyed = ledger(rolledUpWithKey, "kon-tum");
        assertThat(konTum.lastSequence()).isEqualTo(keyed.lastSequence()).isPositive();
        assertThat(konTum.lastHash()).isEqualTo(keyed.lastHash());
        assertThat(konTum.personalDataMasked()).isTrue();
        assertThat(konTum.indicatorsNotAvailable()).containsExactlyElementsOf(RESTING_ON_PERSONAL_DATA);
        assertThat(keyed.personalDataMasked()).isFalse();
        assertThat(keyed.indicatorsNotAvailable()).isEmpty();
        assertThat(rolledUpWithoutKey.indicatorsNotAvailable()).containsExactlyElementsOf(RESTING_ON_PERSONAL_DATA);
        assertThat(withoutKeyResult.out()).contains("không có khóa / no key: 2 chỉ tiêu",
                "training.ethnic-minority-share, training.household-participants");
        // the ledger really is encrypted: the chain the roll-up verified covers ciphertext
        assertThat(konTumHoldsCiphertext()).isTrue();
    }

    @Test
    void withoutItsKey_everyFigureOnClearFieldsEqualsTheOneReadWithTheKey_andTheOthersHaveNoValue() {
        List<Report> masked = rolledUpWithoutKey.province("kon-tum").orElseThrow().reports();
        List<Report> keyed = rolledUpWithKey.province("kon-tum").orElseThrow().reports();
        assertThat(masked).hasSameSizeAs(keyed).hasSize(7);
        int clearFiguresCompared = 0;
        boolean personalFigureComputedWithKey = false;
        for (int p = 0; p < keyed.size(); p++) {
            assertThat(masked.get(p).indicators()).isEqualTo(keyed.get(p).indicators());
            assertThat(masked.get(p).rows()).extracting(ReportRow::unitCode)
                    .containsExactlyElementsOf(keyed.get(p).rows().stream().map(ReportRow::unitCode).toList());
            for (IndicatorDefinition indicator : keyed.get(p).indicators()) {
                String id = indicator.id();
                for (int r = 0; r < keyed.get(p).rows().size(); r++) {
                    ReportRow keyedRow = keyed.get(p).rows().get(r);
                    ReportRow maskedRow = masked.get(p).rows().get(r);
                    if (RESTING_ON_PERSONAL_DATA.contains(id)) {
                        assertThat(maskedRow.cells()).as("%s at %s", id, maskedRow.unitCode()).doesNotContainKey(id);
                        personalFigureComputedWithKey |= keyedRow.actual(id).isPresent();
                    } else {
                        assertThat(maskedRow.cells().get(id)).as("%s at %s, %s", id, keyedRow.unitCode(),
                                keyed.get(p).period().labelEn()).isEqualTo(keyedRow.cells().get(id));
                        clearFiguresCompared += keyedRow.actual(id).isPresent() ? 1 : 0;
                    }
                }
            }
        }
        assertThat(clearFiguresCompared).isGreaterThan(500);
        assertThat(personalFigureComputedWithKey).as("the key gives the ethnic minority share").isTrue();
    }

    @Test
    void nationally_aFigureMaskedInOneProvinceHasNoTotal_andEveryOtherTotalIsExact() {
        for (int p = 0; p < rolledUpWithKey.national().size(); p++) {
            Report keyed = rolledUpWithKey.national().get(p);
            Report masked = rolledUpWithoutKey.national().get(p);
            for (IndicatorDefinition indicator : keyed.indicators()) {
                if (RESTING_ON_PERSONAL_DATA.contains(indicator.id())) {
                    assertThat(masked.totals()).doesNotContainKey(indicator.id());
                } else {
                    assertThat(masked.totals().get(indicator.id())).as(indicator.id())
                            .isEqualTo(keyed.totals().get(indicator.id()));
                }
            }
        }
        assertThat(rolledUpWithKey.national().get(6).total(RESTING_ON_PERSONAL_DATA.get(0))).isPresent();
    }

    @Test
    void aPlainLedger_rollsUpTheSameBesideAMaskedOne_withEveryFigure() {
        IncludedLedger quangNam = ledger(rolledUpWithoutKey, "quang-nam");
        assertThat(quangNam.personalDataMasked()).isFalse();
        assertThat(quangNam.indicatorsNotAvailable()).isEmpty();
        assertThat(rolledUpWithoutKey.province("quang-nam").orElseThrow().reports())
                .isEqualTo(rolledUpWithKey.province("quang-nam").orElseThrow().reports());
        assertThat(quangNam.lastSequence()).isEqualTo(26_643);
    }

    @Test
    void everyOutput_marksTheFiguresNotAvailable_andTheKeyedRollUpHasNoMark() throws IOException {
        String id = RESTING_ON_PERSONAL_DATA.get(0);
        String nationalJson = Files.readString(withoutKey.resolve(RollUpWriter.NATIONAL).resolve(SLUG + ".json"));
        // after the mark of Kon Tum's simulated ledger, first
        assertThat(nationalJson).contains(",\n  \"" + NotAvailableMarks.JSON_FIELD + "\" : {\"" + id
                + "\":{\"value\":null,").contains("\"provincesWithoutKey\":[\"kon-tum\"]");
        assertThat(Files.readString(withoutKey.resolve(RollUpWriter.NATIONAL).resolve(SLUG + ".csv")))
                .contains("\n# " + NotAvailableMarks.TEXT + ": " + id + " (");
        String provinceJson = Files.readString(withoutKey.resolve(RollUpWriter.PROVINCES).resolve("kon-tum")
                .resolve(SLUG + ".json"));
        assertThat(provinceJson).contains("\"" + NotAvailableMarks.JSON_FIELD + "\"", "\"value\":null");
        // the simulation mark first, as in every marked file and in the national one, then the figures not available
        assertThat(provinceJson).startsWith("{\n  \"" + SimulationMarks.SIMULATED_FIELD + "\"");
        assertThat(provinceJson.indexOf("\"" + NotAvailableMarks.JSON_FIELD + "\""))
                .isGreaterThan(provinceJson.indexOf("\"" + SimulationMarks.SIMULATED_FIELD + "\""));
        assertThat(nationalJson).startsWith("{\n  \"" + SimulationMarks.SIMULATED_FIELD + "\"");
        assertThat(Files.readString(withoutKey.resolve(RollUpWriter.PROVINCES).resolve("kon-tum").resolve(SLUG + ".csv")))
                .contains("# " + NotAvailableMarks.TEXT + ": " + id);
        assertThat(Files.readString(withoutKey.resolve(RollUpWriter.PROVINCES).resolve("quang-nam").resolve(SLUG + ".csv")))
                .doesNotContain(NotAvailableMarks.TEXT);
        assertThat(Files.readString(withoutKey.resolve(RollUpWriter.LEDGERS_CSV)))
                .contains("No key: personal data masked, 2 indicators not available: " + String.join(", ",
                        RESTING_ON_PERSONAL_DATA));
        assertThat(Files.readString(withoutKey.resolve(RollUpWriter.SUMMARY_HTML)))
                .contains("<td class=\"nokey\">" + NotAvailableMarks.TEXT + "</td>");
        assertThat(notAvailableCellsOfTheWorkbook(withoutKey)).as("kon-tum's cells and the national totals").isEqualTo(4);
        assertThat(notAvailableCells(withoutKey.resolve(RollUpWriter.PROVINCES).resolve("kon-tum").resolve(SLUG + ".xlsx")))
                .as("kon-tum's own workbook: every unit's cell of the two indicators").isGreaterThanOrEqualTo(4);
        assertThat(notAvailableCells(withKey.resolve(RollUpWriter.PROVINCES).resolve("kon-tum").resolve(SLUG + ".xlsx")))
                .isZero();

        for (Path file : List.of(RollUpWriter.SUMMARY_HTML, RollUpWriter.LEDGERS_CSV, RollUpWriter.ROLLUP_JSON,
                RollUpWriter.NATIONAL + "/" + SLUG + ".json", RollUpWriter.NATIONAL + "/" + SLUG + ".csv",
                RollUpWriter.PROVINCES + "/kon-tum/" + SLUG + ".json").stream().map(withKey::resolve).toList()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(NotAvailableMarks.TEXT)
                    .doesNotContain("\"" + NotAvailableMarks.JSON_FIELD + "\"").doesNotContain("No key");
        }
        assertThat(notAvailableCellsOfTheWorkbook(withKey)).isZero();
    }

    @Test
    void aJsonLinesExport_rollsUpAsItsLedger_withItsKeysFileAndWithout() throws IOException {
        Path export = work.resolve("kon-tum-export.jsonl");
        Result exported = run("export", "--plan", konTumPlan.toString(), "--ledger", konTumLedger.toString(), "--file",
                export.toString());
        assertThat(exported.code()).as(exported.err()).isEqualTo(ExitCodes.OK);
        assertThat(work.resolve("kon-tum-export.jsonl.keys")).isRegularFile();

        for (boolean keyed : List.of(true, false)) {
            Path output = work.resolve("export-" + keyed);
            List<String> args = new ArrayList<>(List.of("rollup", "--province", "kon-tum", "--plan",
                    konTumPlan.toString(), "--ledger", export.toString(), "-o", output.toString()));
            if (keyed) {
                args.addAll(List.of("--master-key-file", keyFile.toString()));
            }
            Result result = run(args.toArray(String[]::new));
            assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
            NationalRollUp fromExport = readRollUp(output);
            NationalRollUp fromLedger = keyed ? rolledUpWithKey : rolledUpWithoutKey;
            assertThat(fromExport.includedLedgers()).singleElement().isEqualTo(ledger(fromLedger, "kon-tum"));
            assertThat(fromExport.province("kon-tum").orElseThrow().reports())
                    .isEqualTo(fromLedger.province("kon-tum").orElseThrow().reports());
        }
    }

    @Test
    void aWrongMasterKey_stopsTheRollUp_namingTheProvinceAndTheRule_andWritesNothing() throws IOException {
        Path wrongKey = Files.writeString(work.resolve("wrong.key"), MasterKey.generate().toBase64());
        Path output = work.resolve("wrong-key");

        Result result = run("rollup", "--province", "quang-nam", "--plan", quangNamPlan.toString(), "--ledger",
                quangNamLedger.toString(), "--province", "kon-tum", "--plan", konTumPlan.toString(), "--ledger",
                konTumLedger.toString(), "--master-key-file", wrongKey.toString(), "-o", output.toString());

        assertThat(result.code()).isEqualTo(ExitCodes.LEDGER);
        assertThat(result.err()).contains("provinces[kon-tum].masterKeyFile: [PRIVACY_MASTER_KEY_WRONG]");
        assertThat(output).doesNotExist();
    }

    private static long notAvailableCellsOfTheWorkbook(Path output) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
                output.resolve(RollUpWriter.NATIONAL).resolve(SLUG + ".xlsx")))) {
            return notAvailableCells(workbook.getSheet(RollUpWriter.NATIONAL_SHEET));
        }
    }

    /** The cells reading {@link NotAvailableMarks#TEXT} in every sheet of the workbook {@code file}. */
    private static long notAvailableCells(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            long cells = 0;
            for (var sheet : workbook) {
                cells += notAvailableCells(sheet);
            }
            return cells;
        }
    }

    private static long notAvailableCells(org.apache.poi.ss.usermodel.Sheet sheet) {
        long cells = 0;
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(NotAvailableMarks.TEXT)) {
                    cells++;
                }
            }
        }
        return cells;
    }

    private static boolean konTumHoldsCiphertext() {
        Path export = work.resolve("kon-tum.jsonl");
        Result exported = run("export", "--plan", konTumPlan.toString(), "--ledger", konTumLedger.toString(), "--file",
                export.toString());
        assertThat(exported.code()).as(exported.err()).isEqualTo(ExitCodes.OK);
        try {
            return PayloadProtection.holdsProtectedFields(Files.readString(export));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IncludedLedger ledger(NationalRollUp rollUp, String provinceId) {
        return rollUp.includedLedgers().stream().filter(ledger -> ledger.provinceId().equals(provinceId)).findFirst()
                .orElseThrow();
    }

    private static NationalRollUp readRollUp(Path output) throws IOException {
        return RollUpExport.fromJson(Files.readString(output.resolve(RollUpWriter.ROLLUP_JSON)));
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KetnghiaCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }

    /** Closes the embedded database of {@code ledger}, which stays open in this JVM after the run, so the folder can go. */
    private static void shutDown(Path ledger) throws java.sql.SQLException {
        java.sql.Connection connection = JdbcStores.h2(ledger).getConnection();
        try {
            connection.createStatement().execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            if (e.getErrorCode() != 90067) {
                throw e;
            }
        }
    }
}
