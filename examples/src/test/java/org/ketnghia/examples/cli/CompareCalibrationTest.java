package org.ketnghia.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.examples.KetnghiaCli;
import org.ketnghia.examples.output.Covers;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.site.SiteFormat;
import org.ketnghia.examples.site.SitePaths;
import org.ketnghia.livestock.calibration.CalibrationParameter;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.scenarios.DemographyLevel;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioDimension;
import org.ketnghia.livestock.scenarios.ScenarioRow;

/**
 * {@code compare --calibrate-as-of}: on the ledger the {@code run} subcommand records (the shipped Quảng Nam
 * programme), the demography calibrated on the records is compared beside the assumed one, its estimates are
 * written beside the comparison, and a bad date or district is refused naming the option.
 */
class CompareCalibrationTest {

    private static final List<String> SMALL = List.of("compare", "--replicates", "3", "--seed", "7", "--years", "3",
            "--threads", "2", "--policies", PassOnPolicies.FIRST_FEMALE_OFFSPRING, "--price-levels", "1",
            "--shocks", "none,drought");

    @TempDir
    static Path temp;

    static Path output;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run cli(List<String> args, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(args.stream(), Arrays.stream(more)).toArray(String[]::new);
        int code = KetnghiaCli.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The fields of an RFC 4180 line (quoted fields unquoted). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @BeforeAll
    static void recordTheProgramme() {
        output = temp.resolve("output");
        Run run = cli(List.of("run", "--output", output.toString(), "--replicates", "5", "--threads", "2"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void calibrateAsOf_comparesTheCalibratedDemographyBesideTheAssumedOne_andWritesItsEstimates() throws Exception {
        Run run = cli(SMALL, "--output", output.toString(), "--calibrate-as-of", "2025-12-31");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path folder = output.resolve(CompareCommand.FOLDER);
        ScenarioComparison comparison = ScenarioComparison.fromJson(Files.readString(folder.resolve(ComparisonOutputs.JSON)));
        assertThat(comparison.rows()).hasSize(4);
        assertThat(comparison.rows()).extracting(row -> row.level(ScenarioDimension.DEMOGRAPHY))
                .containsExactly(DemographyLevel.ASSUMED, DemographyLevel.ASSUMED, DemographyLevel.CALIBRATED,
                        DemographyLevel.CALIBRATED);
        assertThat(comparison.baselineScenario()).contains("| " + DemographyLevel.ASSUMED + " |");
        ScenarioRow calibrated = comparison.rows().get(2);
        assertThat(calibrated.levelLabelsVi()).contains("hiệu chỉnh");
        assertThat(comparison.rows().get(0).levelLabelsVi()).contains("giả định");

        List<String> marked = Files.readAllLines(folder.resolve(ComparisonOutputs.CALIBRATION_CSV));
        // calibrated on the main job's simulated ledger: the estimates carry its mark before their header
        assertThat(marked.get(0)).isEqualTo("# " + org.ketnghia.core.simulation.LedgerOrigin.MARK);
        List<String> csv = marked.subList(1, marked.size());
        assertThat(csv.get(0)).isEqualTo("species,parameter,label,exposure_unit,exposure,events,estimate,lower95,upper95,"
                + "assumed,assumption_district,sufficient_data,excludes_assumption");
        Map<String, List<String>> parametersBySpecies = new LinkedHashMap<>();
        for (String line : csv.subList(1, csv.size())) {
            List<String> fields = fields(line);
            assertThat(fields).as(line).hasSize(13);
            parametersBySpecies.computeIfAbsent(fields.get(0), species -> new ArrayList<>()).add(fields.get(1));
            assertThat(fields.get(11)).isIn("true", "false");
            assertThat(fields.get(12)).isIn("true", "false");
        }
        List<String> everyParameter = Arrays.stream(CalibrationParameter.values()).map(Enum::name).toList();
        assertThat(parametersBySpecies).isNotEmpty();
        assertThat(parametersBySpecies.values()).allSatisfy(parameters ->
                assertThat(parameters).containsExactlyElementsOf(everyParameter)); // one row per estimated parameter
        assertThat(csv).hasSize(1 + parametersBySpecies.size() * everyParameter.size());
        assertThat(csv).anyMatch(line -> line.contains("\"Tỷ lệ chết/năm, dưới 12 tháng\""));
        assertThat(csv.stream().skip(1).filter(line -> line.endsWith(",true,false") || line.endsWith(",true,true")))
                .as("estimates on enough data, after four programme years").isNotEmpty();

        try (InputStream in = Files.newInputStream(folder.resolve(ComparisonOutputs.EXCEL));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(ComparisonOutputs.CALIBRATION_SHEET);
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2025-12-31");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("parameter");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + csv.size() - 1);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo(fields(csv.get(1)).get(1));
        }
        // calibrated on the ledger: the workbook's cover names the state it was calibrated on
        assertThat(Covers.ledger(folder.resolve(ComparisonOutputs.EXCEL)))
                .contains(Covers.named(Covers.stored(output.resolve("ledger"))));
        String html = Files.readString(folder.resolve(ComparisonOutputs.HTML));
        assertThat(html).contains("<h2>Hiệu chỉnh tham số đàn / Calibrated demography</h2>", "hiệu chỉnh", "giả định");
        assertThat(html).contains(org.ketnghia.core.simulation.LedgerOrigin.MARK);
        assertThat(run.out()).contains("Hiệu chỉnh tham số đàn đến / demography calibrated as of 2025-12-31");

        // the run's site lists the comparison with the date and the ledger position it was calibrated on
        LedgerPosition ledger = Covers.stored(output.resolve("ledger"));
        String list = Files.readString(output.resolve(SitePaths.PLANNING));
        String row = list.substring(list.indexOf("<tr><td><a href=\"../" + SitePaths.COMPARISON + "\">"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">So sánh kịch bản chăn nuôi quay vòng — hiệu chỉnh theo sổ cái đến ngày 31/12/2025</a>")
                .contains(">31/12/2025</td>").contains(">" + SiteFormat.count(ledger.lastSequence()) + "</td>")
                .contains("<td>" + ledger.lastHash() + "</td>");
        String page = Files.readString(output.resolve(SitePaths.COMPARISON));
        assertThat(page).contains("<h2 id=\"hieu-chinh\">Hiệu chỉnh tham số đàn</h2>")
                .contains("<div class=\"simulated\" role=\"alert\">" + org.ketnghia.core.simulation.LedgerOrigin.MARK)
                .contains("<a href=\"../compare/calibration.csv\">CSV hiệu chỉnh tham số đàn</a>");
    }

    @Test
    void withoutCalibration_noCalibrationFileIsWritten() throws Exception {
        Path elsewhere = temp.resolve("plain");
        Run run = cli(SMALL, "--output", elsewhere.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(elsewhere.resolve(CompareCommand.FOLDER).resolve(ComparisonOutputs.CALIBRATION_CSV)).doesNotExist();
        try (InputStream in = Files.newInputStream(elsewhere.resolve(CompareCommand.FOLDER).resolve(ComparisonOutputs.EXCEL));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet(ComparisonOutputs.CALIBRATION_SHEET)).isNull();
        }
        // nothing was read from a ledger: the cover names none
        assertThat(Covers.ledger(elsewhere.resolve(CompareCommand.FOLDER).resolve(ComparisonOutputs.EXCEL))).isEmpty();
    }

    @Test
    void aBadCalibrationDateOrDistrict_isRefusedAsAUsageError_namingTheOption() {
        List<List<String>> cases = List.of(
                List.of("--calibrate-as-of", "2021-12-31"),
                List.of("--calibrate-as-of", "31/12/2025"),
                List.of("--calibrate-as-of", "2099-01-01"),
                List.of("--calibrate-as-of", "2025-12-31", "--calibrate-districts", "QNA.NOWHERE"),
                List.of("--calibrate-districts", "QNA.TAY-GIANG"));
        List<List<String>> expected = List.of(
                List.of("--calibrate-as-of", "2022-01-01"),
                List.of("--calibrate-as-of", "31/12/2025"),
                List.of("--calibrate-as-of", "2099-01-01"),
                List.of("--calibrate-districts", "CALIBRATION_UNKNOWN_DISTRICT", "QNA.NOWHERE"),
                List.of("--calibrate-districts", "--calibrate-as-of"));
        for (int i = 0; i < cases.size(); i++) {
            Run run = cli(SMALL, Stream.concat(Stream.of("--output", output.toString(), "--ledger",
                    output.resolve("ledger").toString()), cases.get(i).stream()).toArray(String[]::new));
            assertThat(run.exitCode()).as(cases.get(i) + "\n" + run).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(cases.get(i).toString()).contains(expected.get(i));
        }
    }

    @Test
    void calibratingWithoutARecordedLedger_isAMissingLedger_asForEveryCommandThatReadsIt() {
        Path nothingRecorded = temp.resolve("nothing-recorded");

        Run noLedger = cli(SMALL, "--output", nothingRecorded.toString(), "--calibrate-as-of", "2025-12-31");

        assertThat(noLedger.exitCode()).as(noLedger.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(noLedger.err()).contains("--calibrate-as-of", "hãy chạy lệnh run trước", "run the programme first");
        assertThat(nothingRecorded.resolve(CompareCommand.FOLDER)).doesNotExist();
        Run report = cli(List.of("report"), "--output", nothingRecorded.toString());
        assertThat(report.exitCode()).as("the code report gives").isEqualTo(noLedger.exitCode());
    }
}
