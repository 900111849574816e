package org.ketnghia.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.examples.KetnghiaCli;
import org.ketnghia.examples.site.SiteContext;
import org.ketnghia.examples.site.SiteFormat;
import org.ketnghia.examples.site.SitePaths;
import org.ketnghia.examples.site.TableCells;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.scenarios.IndicatorResult;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioDimension;
import org.ketnghia.livestock.scenarios.ScenarioRow;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.SimulationIndicators;

class CompareCommandTest {

    private static final List<String> SMALL = List.of("compare", "--replicates", "4", "--seed", "7", "--years", "5",
            "--policies", PassOnPolicies.FIRST_FEMALE_OFFSPRING + "," + PassOnPolicies.FIRST_CALF_ANY_SEX,
            "--price-levels", "0.8,1", "--shocks", "none,epidemic", "--epidemic-years", "2", "--epidemic-mortality", "0.4");

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run cli(List<String> args, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(args.stream(), Arrays.stream(more)).toArray(String[]::new);
        int code = KetnghiaCli.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void compare_writesJsonCsvExcelAndHtml_forEveryScenarioOfTheGrid() throws Exception {
        Path output = temp.resolve("one");
        Run run = cli(SMALL, "--threads", "2", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path folder = output.resolve("compare");
        ScenarioComparison comparison = ScenarioComparison.fromJson(Files.readString(folder.resolve("compare.json")));
        assertThat(comparison.rows()).hasSize(8);
        assertThat(comparison.replicates()).isEqualTo(4);
        assertThat(comparison.masterSeed()).isEqualTo(7);
        assertThat(comparison.years()).isEqualTo(5);
        assertThat(comparison.baselineScenario()).isEqualTo(PassOnPolicies.FIRST_FEMALE_OFFSPRING + " | 1 | assumed | none");
        assertThat(comparison.rankingIndicator()).isEqualTo("households-reached@5");
        assertThat(comparison.sensitivity()).extracting(entry -> entry.dimension()).last()
                .isEqualTo(ScenarioDimension.PRICE_LEVEL);
        assertThat(comparison.sensitivity().get(comparison.sensitivity().size() - 1).swing()).isEqualTo(0.0);

        List<String> csv = Files.readAllLines(folder.resolve("compare.csv"));
        assertThat(csv).hasSize(1 + 8);
        assertThat(csv.get(0)).startsWith("scenario,policy,price,demography,shocks,baseline,households-reached@5 mean");
        assertThat(String.join("\n", csv) + "\n").isEqualTo(comparison.toCsv());
        assertThat(Files.readString(folder.resolve("compare-sensitivity.csv"))).isEqualTo(comparison.sensitivityCsv());

        try (InputStream in = Files.newInputStream(folder.resolve("compare.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(ComparisonOutputs.SHEET);
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 8 - 1);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Phương án quay vòng");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo(PassOnPolicies.standard().require(PassOnPolicies.FIRST_FEMALE_OFFSPRING).nameVi());
            IndicatorResult first = comparison.rows().get(0).results().get(0);
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(first.mean());
            assertThat(workbook.getSheet(ComparisonOutputs.SENSITIVITY_SHEET).getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo(comparison.sensitivity().get(0).labelVi());
        }

        String html = Files.readString(folder.resolve("compare.html"));
        assertThat(html).contains("<h2>Bảng so sánh / Comparison table</h2>", "Xếp hạng độ nhạy", "giá × 0,8",
                "dịch bệnh năm 2", "class=\"base\"");
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(3);
        // the herd value as the site writes a computed amount: in tỷ or triệu đồng, the exact đồng in the cell's title
        // (compare.json, the CSV and the workbook keep them exact); no cell writes raw đồng
        assertThat(TableCells.of(html)).noneMatch(TableCells::writesRawDong).anyMatch(cell -> cell.contains(" tỷ đồng ["));
        assertThat(html).contains("<p>Trong bảng, " + SiteFormat.MONEY_ROUNDING_VI + ". " + SiteFormat.EXACT_MONEY_VI);
        IndicatorResult herdValue = herdValue(comparison, comparison.rows().get(0));
        assertThat(html).contains("title=\"trung bình " + SiteFormat.money(herdValue.mean()) + "; p5 "
                + SiteFormat.money(herdValue.p5()) + "; p95 " + SiteFormat.money(herdValue.p95()) + "\"");
        assertThat(run.out()).contains("SO SÁNH KỊCH BẢN", "Xếp hạng độ nhạy", "(cơ sở / baseline)");
    }

    /** The herd value at the last year of {@code row}. */
    private static IndicatorResult herdValue(ScenarioComparison comparison, ScenarioRow row) {
        return comparison.indicators().stream().filter(indicator -> indicator.indicatorId()
                .equals(SimulationIndicators.HERD_VALUE_ID)).map(indicator -> row.result(indicator.key()).orElseThrow())
                .findFirst().orElseThrow();
    }

    @Test
    void compare_putsItsPageIntoTheSite_listedByTheIndex_asReadingNoLedger() throws Exception {
        Path output = temp.resolve("site");
        Run run = cli(SMALL, "--threads", "2", "--output", output.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Trang so sánh kịch bản / comparison page: " + output.resolve(SitePaths.COMPARISON));
        String page = Files.readString(output.resolve(SitePaths.COMPARISON));
        ScenarioComparison comparison = ScenarioComparison.fromJson(Files.readString(output.resolve("compare/compare.json")));
        String scenarios = page.substring(page.indexOf("<caption>Các kịch bản"), page.indexOf("</table>",
                page.indexOf("<caption>Các kịch bản")));
        assertThat(scenarios.split("<tr>", -1)).hasSize(1 + 1 + comparison.rows().size()); // the header, then a row each
        assertThat(scenarios).contains("<td>giá × 0,8</td>", "<td>dịch bệnh năm 2</td>", "<td>cơ sở</td>");
        assertThat(page.split("data:image/png;base64,", -1)).hasSize(3);
        assertThat(page).contains("<dt>Sổ cái</dt><dd>" + SiteContext.NO_LEDGER_VI + "</dd>")
                .contains("<a href=\"../compare/compare.xlsx\">Bảng tính Excel</a>")
                .contains("<td>" + comparison.sensitivity().get(0).labelVi() + "</td>");
        assertThat(TableCells.of(page)).noneMatch(TableCells::writesRawDong).anyMatch(cell -> cell.contains(" tỷ đồng ["));
        String list = Files.readString(output.resolve(SitePaths.PLANNING));
        assertThat(list).contains("<a href=\"../" + SitePaths.COMPARISON + "\">So sánh kịch bản chăn nuôi quay vòng</a>")
                .contains("<td>" + SiteContext.NO_LEDGER_VI + "</td>");
    }

    @Test
    void compare_givesTheSameBytes_withOneOrTwoThreads() throws Exception {
        Path one = temp.resolve("t1");
        Path two = temp.resolve("t2");
        List<String> args = List.of("compare", "--replicates", "3", "--seed", "11", "--years", "3",
                "--policies", PassOnPolicies.FIRST_FEMALE_OFFSPRING, "--price-levels", "1,1.2", "--shocks", "none,drought");
        assertThat(cli(args, "--threads", "1", "--output", one.toString()).exitCode()).isZero();
        assertThat(cli(args, "--threads", "2", "--output", two.toString()).exitCode()).isZero();

        for (String file : List.of("compare.json", "compare.csv", "compare-sensitivity.csv")) {
            assertThat(Files.readString(two.resolve("compare").resolve(file)))
                    .isEqualTo(Files.readString(one.resolve("compare").resolve(file)));
        }
    }

    @Test
    void aSecondDemographyEqualToTheAssumedOne_differsByExactlyZero() throws Exception {
        Path file = temp.resolve("same.json");
        Files.writeString(file, KetnghiaJson.newObjectMapper().writeValueAsString(Demography.standard()));
        Path output = temp.resolve("demography");

        Run run = cli(List.of("compare", "--replicates", "3", "--seed", "5", "--years", "3", "--threads", "2",
                "--policies", PassOnPolicies.FIRST_FEMALE_OFFSPRING, "--price-levels", "1", "--shocks", "none",
                "--demography", "copy=" + file, "--output", output.toString()));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        ScenarioComparison comparison = ScenarioComparison.fromJson(
                Files.readString(output.resolve("compare").resolve("compare.json")));
        ScenarioRow copy = comparison.rows().get(1);
        assertThat(copy.level(ScenarioDimension.DEMOGRAPHY)).isEqualTo("copy");
        assertThat(copy.results()).allSatisfy(result -> {
            assertThat(result.difference()).isEqualTo(0.0);
            assertThat(result.differenceStandardError()).isEqualTo(0.0);
        });
        assertThat(comparison.sensitivity()).singleElement().satisfies(entry -> {
            assertThat(entry.dimension()).isEqualTo(ScenarioDimension.DEMOGRAPHY);
            assertThat(entry.swing()).isEqualTo(0.0);
        });
    }

    @Test
    void aPolicyFile_addsPoliciesToCompare_andABrokenOneIsRefused() throws Exception {
        Path file = temp.resolve("policies.json");
        Files.writeString(file, "[{\"id\": \"second-female-offspring\", \"nameVi\": \"Chuyển giao con cái thứ hai\","
                + " \"nameEn\": \"Second female offspring\", \"offspringSex\": \"FEMALE\", \"offspringOrdinal\": 2,"
                + " \"minimumAgeMonths\": 8, \"deadlineMonths\": 60}]");
        Path output = temp.resolve("policy-file");

        Run run = cli(List.of("compare", "--replicates", "2", "--seed", "3", "--years", "3", "--threads", "1",
                "--policy-file", file.toString(), "--policies", "second-female-offspring," + PassOnPolicies.FIRST_FEMALE_OFFSPRING,
                "--price-levels", "1", "--shocks", "none", "--output", output.toString()));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        ScenarioComparison comparison = ScenarioComparison.fromJson(
                Files.readString(output.resolve("compare").resolve("compare.json")));
        assertThat(comparison.baselineScenario()).startsWith("second-female-offspring | ");
        assertThat(comparison.dimensions().get(0).labelsVi()).containsExactly("Chuyển giao con cái thứ hai",
                PassOnPolicies.standard().require(PassOnPolicies.FIRST_FEMALE_OFFSPRING).nameVi());

        Files.writeString(file, "[{\"id\": \"Bad Id\", \"nameVi\": \"x\", \"nameEn\": \"x\", \"minimumAgeMonths\": 8,"
                + " \"deadlineMonths\": 0}]");
        Run refused = cli(List.of("compare", "--policy-file", file.toString(), "--output", output.toString()));
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("--policy-file", "LIVESTOCK_POLICY_INVALID", "deadlineMonths");
    }

    @Test
    void badOptions_areRefusedWithAUsageError_namingTheOption() throws Exception {
        Path output = temp.resolve("bad");
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"defaults\": [{\"species\": \"GOAT\"}]}");
        List<List<String>> cases = List.of(
                List.of("--policies", "first-female-offspring,nobody"),
                List.of("--price-levels", "1,cheap"),
                List.of("--price-levels", "0,1"),
                List.of("--shocks", "none,flood"),
                List.of("--epidemic-mortality", "1.5"),
                List.of("--drought-years", "0"),
                List.of("--baseline-price", "3"),
                List.of("--baseline-policy", "nobody"),
                List.of("--replicates", "0"),
                List.of("--demography", "broken=" + broken));
        List<String> options = List.of("--policies", "--price-levels", "--price-levels", "--shocks", "--epidemic-mortality",
                "--drought-years", "--baseline-price", "--baseline-policy", "--replicates", "--demography");
        for (int i = 0; i < cases.size(); i++) {
            Run run = cli(List.of("compare", "--output", output.toString(), "--years", "2"),
                    cases.get(i).toArray(String[]::new));
            assertThat(run.exitCode()).as(cases.get(i) + "\n" + run).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(cases.get(i).toString()).contains(options.get(i));
        }
        assertThat(cli(List.of("compare", "--output", output.toString(), "--policies", "nobody")).err())
                .contains("SCENARIO_POLICY_UNKNOWN", "nobody", "Không có phương án quay vòng");
        assertThat(output.resolve("compare")).doesNotExist();
        assertThat(output.resolve(SitePaths.INDEX)).as("no site page for a refused comparison").doesNotExist();
    }
}
