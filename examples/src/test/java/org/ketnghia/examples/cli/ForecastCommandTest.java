package org.ketnghia.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.examples.KetnghiaCli;
import org.ketnghia.examples.output.Covers;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.site.SiteFormat;
import org.ketnghia.examples.site.SitePaths;
import org.ketnghia.examples.site.TableCells;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.forecast.ForecastReport.HouseholdForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearProbability;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.forecast.ForecastStart.GroupStart;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;
import org.ketnghia.livestock.forecast.ForecastStart;
import org.ketnghia.livestock.forecast.LivestockForecast;
import org.ketnghia.livestock.forecast.internal.ReportAssembly;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.SimulationIndicators;
import picocli.CommandLine;

/**
 * {@code forecast} on the ledger of a small {@code run} of the shipped plan (two replicates), as of the start of
 * programme year 4. The replicates come from a hand-written stand-in with the simulator's forecast ids, so the
 * checks are about the command: the state it reads, the files it writes and how it refuses bad input.
 */
class ForecastCommandTest {

    private static final ObjectMapper JSON = KetnghiaJson.newObjectMapper();
    private static final String YEAR_4 = "2025-01-01";
    private static final Map<String, String> DISTRICT_OF_GROUP = ReportAssembly.districtOfPlanGroup(
            LivestockProgramme.fromSection(new org.ketnghia.core.spi.PlanSection(LivestockModel.ID,
                    "models." + LivestockModel.ID, ProgrammeFile.shipped().plan().models().get(LivestockModel.ID)), JSON));

    @TempDir
    static Path temp;

    static Path output;

    @BeforeAll
    static void recordTheProgramme() {
        output = temp.resolve("output");
        StringWriter out = new StringWriter();
        int exit = KetnghiaCli.execute(new String[] {"run", "--output", output.toString(), "--replicates", "2",
            "--threads", "2"}, new PrintWriter(out, true), new PrintWriter(out, true));
        assertThat(exit).as(out.toString()).isZero();
    }

    /** Runs {@code forecast} with the stand-in simulator; returns the exit code and what it printed. */
    private static String[] forecast(String... args) {
        return forecast(new StandIn(), args);
    }

    private static String[] forecast(StandIn standIn, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ForecastCommand(standIn));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        command.setExecutionExceptionHandler(ExitCodes::handle);
        int exit = command.execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    private static ForecastReport read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return ForecastReport.fromJson(in, JSON);
        }
    }

    @Test
    void forecast_writesEveryFile_fromTheStateAtTheStartOfYear4() throws Exception {
        String[] run = forecast("--output", output.toString(), "--ledger", output.resolve("ledger").toString(),
                "--as-of", YEAR_4, "--replicates", "60", "--seed", "7", "--threads", "2");

        assertThat(run[0]).as(String.join("\n", run)).isEqualTo("0");
        Path folder = output.resolve(ForecastCommand.FOLDER_PREFIX + YEAR_4);
        for (String file : ForecastOutputs.files()) {
            assertThat(folder.resolve(file)).isNotEmptyFile();
        }
        ForecastReport report = read(folder.resolve(ForecastOutputs.JSON));
        assertThat(report.monthsElapsed()).isEqualTo(36);
        assertThat(report.years()).extracting(ForecastReport.YearEnd::year).containsExactly(4, 5);
        assertThat(report.areas(ForecastReport.DISTRICT)).hasSize(6);
        assertThat(report.areas(ForecastReport.GROUP)).isNotEmpty();
        assertThat(report.replicates()).isEqualTo(60);
        for (HouseholdForecast household : report.households()) {
            double before = 0;
            for (YearProbability year : household.received()) {
                assertThat(year.probability()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(before);
                before = year.probability();
            }
        }
        assertThat(report.programme().waitingAtStart()).isEqualTo(report.households().size());
        assertThat(run[1]).contains("DỰ BÁO / FORECAST 2025-01-01", "Toàn chương trình");
        assertThat(Covers.ledger(folder.resolve(ForecastOutputs.XLSX)))
                .contains(Covers.named(Covers.stored(output.resolve("ledger"))));
    }

    @Test
    void theFiles_holdTheReport_rowForRow() throws Exception {
        Path second = temp.resolve("second");
        assertThat(forecast("--output", second.toString(), "--ledger", output.resolve("ledger").toString(),
                "--as-of", YEAR_4, "--replicates", "40", "--threads", "1")[0]).isEqualTo("0");
        Path folder = second.resolve(ForecastCommand.FOLDER_PREFIX + YEAR_4);
        ForecastReport report = read(folder.resolve(ForecastOutputs.JSON));

        // the main job's ledger is simulated: every data file carries the mark before the report's own bytes
        String mark = "# " + org.ketnghia.core.simulation.LedgerOrigin.MARK + "\n";
        assertThat(Files.readString(folder.resolve(ForecastOutputs.CSV))).isEqualTo(mark + report.toCsv());
        assertThat(Files.readAllLines(folder.resolve(ForecastOutputs.CSV))).hasSize(2 + report.areas().size() * 2);
        assertThat(Files.readAllLines(folder.resolve(ForecastOutputs.HOUSEHOLDS_CSV)))
                .hasSize(2 + report.households().size());
        assertThat(Files.readAllLines(folder.resolve(ForecastOutputs.OBLIGATIONS_CSV)))
                .hasSize(2 + report.obligations().size());
        try (InputStream in = Files.newInputStream(folder.resolve(ForecastOutputs.XLSX));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(0)).isEqualTo(org.ketnghia.examples.output.OfficialWorkbook.COVER_SHEET);
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(report.areas().size() * 2);
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(report.households().size());
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(2).getStringCellValue()).isEqualTo("Toàn chương trình");
        }
        String html = Files.readString(folder.resolve(ForecastOutputs.HTML));
        assertThat(html).contains(org.ketnghia.core.simulation.LedgerOrigin.MARK);
        // no run wrote a site into this folder: a stand-in index leads to the list of the forecast's page, which the
        // site's style dresses
        String index = Files.readString(second.resolve(SitePaths.INDEX));
        assertThat(index).contains("chưa có trang tổng hợp của chương trình")
                .contains("<a href=\"" + SitePaths.PLANNING + "\">");
        assertThat(Files.readString(second.resolve(SitePaths.PLANNING)))
                .contains("<a href=\"../" + SitePaths.forecast(LocalDate.parse(YEAR_4)) + "\">");
        assertThat(second.resolve(SitePaths.CSS)).isRegularFile();
        assertThat(second.resolve(SitePaths.forecast(LocalDate.parse(YEAR_4)))).isRegularFile();
        assertThat(html).contains("<img alt=\"Tổng đàn cuối năm — Toàn chương trình\"",
                "Giá trị đàn cuối năm — Huyện Tây Giang");
        // the own page shows the site page's pictures: herd value too, in triệu or tỷ đồng rather than in đồng
        String sitePage = Files.readString(second.resolve(SitePaths.forecast(LocalDate.parse(YEAR_4))));
        for (String title : List.of("Tổng đàn cuối năm — Toàn chương trình", "Giá trị đàn cuối năm — Toàn chương trình",
                "Giá trị đàn cuối năm — Huyện Tây Giang")) {
            assertThat(sitePage).contains("src=\"" + imageSource(html, title) + "\"");
        }
        // neither page's tables write raw đồng: the herd value is in triệu or tỷ đồng (the files keep it exact)
        assertThat(TableCells.of(html)).noneMatch(TableCells::writesRawDong);
        assertThat(TableCells.of(sitePage)).noneMatch(TableCells::writesRawDong).anyMatch(cell -> cell.contains(" tỷ đồng ["));
        // the own page writes its numbers as the site does: dots between thousands, a decimal comma, shares in per cent
        List<String> numbers = TableCells.of(html).stream().filter(cell -> cell.matches("[-\\d.,% ]+")).toList();
        assertThat(numbers).isNotEmpty().allMatch(cell -> cell.matches("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?( %)?"),
                "a number as the site writes it");
        assertThat(html).contains("(xác suất ≥ 50 %)").doesNotContain("(xác suất ≥ 0.5)");
    }

    /** The data URI of the image {@code title} names on the forecast's own page. */
    private static String imageSource(String html, String title) {
        String image = "<img alt=\"" + title + "\" src=\"";
        int start = html.indexOf(image);
        assertThat(start).as("image %s on forecast.html", title).isNotNegative();
        start += image.length();
        return html.substring(start, html.indexOf('"', start));
    }

    @Test
    void theForecast_isAPageOfTheRunsSite_listedWithTheAsOfDateAndTheLedgerItCameFrom() throws Exception {
        String[] run = forecast("--output", output.toString(), "--ledger", output.resolve("ledger").toString(),
                "--as-of", YEAR_4, "--replicates", "20", "--threads", "2");

        assertThat(run[0]).as(String.join("\n", run)).isEqualTo("0");
        String pagePath = SitePaths.forecast(LocalDate.parse(YEAR_4));
        assertThat(run[1]).contains("Trang dự báo / forecast page: " + output.resolve(pagePath));
        LedgerPosition ledger = Covers.stored(output.resolve("ledger"));
        String index = Files.readString(output.resolve(SitePaths.INDEX));
        assertThat(index).contains("<h1>Tổng hợp chương trình</h1>").contains("Tổng dự toán"); // the run's index, kept
        String list = Files.readString(output.resolve(SitePaths.PLANNING));
        String row = list.substring(list.indexOf("<tr><td><a href=\"../" + pagePath + "\">"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">Dự báo từ sổ cái — hiện trạng ngày 01/01/2025</a>").contains(">01/01/2025</td>")
                .contains(">" + SiteFormat.count(ledger.lastSequence()) + "</td>").contains("<td>" + ledger.lastHash() + "</td>");

        String page = Files.readString(output.resolve(pagePath));
        ForecastReport report = read(output.resolve(ForecastCommand.FOLDER_PREFIX + YEAR_4).resolve(ForecastOutputs.JSON));
        ForecastReport.Band waiting = report.programme().years().get(report.programme().years().size() - 1).waiting();
        assertThat(page).contains("<dt>Sổ cái</dt><dd>sự kiện cuối số " + SiteFormat.count(ledger.lastSequence())
                        + ", mã băm " + ledger.lastHash() + "</dd>")
                .contains("<td>Toàn chương trình</td><td>Toàn chương trình</td><td class=\"n\" data-sort=\""
                        + report.programme().waitingAtStart() + "\">" + SiteFormat.count(report.programme().waitingAtStart())
                        + "</td><td class=\"n\" data-sort=\"" + waiting.mean() + "\">" + SiteFormat.decimal(waiting.mean(), 1)
                        + " [" + SiteFormat.decimal(waiting.p5(), 1) + " – " + SiteFormat.decimal(waiting.p95(), 1) + "]</td>")
                .contains("<a href=\"../forecast-2025-01-01/forecast.xlsx\">Bảng tính Excel</a>");
        for (ForecastReport.AreaForecast district : report.areas(ForecastReport.DISTRICT)) {
            assertThat(page).contains("<h3>" + district.nameVi() + "</h3>");
        }
    }

    @Test
    void theSameInputs_giveByteIdenticalJsonAndCsv_withAnyThreadCount() throws Exception {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        String ledger = output.resolve("ledger").toString();
        assertThat(forecast("--output", one.toString(), "--ledger", ledger, "--as-of", YEAR_4, "--replicates", "30",
                "--threads", "1")[0]).isEqualTo("0");
        assertThat(forecast("--output", two.toString(), "--ledger", ledger, "--as-of", YEAR_4, "--replicates", "30",
                "--threads", "2")[0]).isEqualTo("0");

        for (String file : List.of(ForecastOutputs.JSON, ForecastOutputs.CSV, ForecastOutputs.HOUSEHOLDS_CSV,
                ForecastOutputs.OBLIGATIONS_CSV)) {
            Path folder = Path.of(ForecastCommand.FOLDER_PREFIX + YEAR_4);
            assertThat(Files.readAllBytes(one.resolve(folder).resolve(file)))
                    .isEqualTo(Files.readAllBytes(two.resolve(folder).resolve(file)));
        }
    }

    @Test
    void aCalibratedDemography_isEstimatedFromTheLedgerBeforeTheDate() throws Exception {
        Path calibrated = temp.resolve("calibrated");
        StandIn standIn = new StandIn();
        String[] run = forecast(standIn, "--output", calibrated.toString(), "--ledger",
                output.resolve("ledger").toString(), "--as-of", YEAR_4, "--replicates", "10", "--demography",
                "calibrated");

        assertThat(run[0]).as(String.join("\n", run)).isEqualTo("0");
        assertThat(run[1]).contains("Hiệu chỉnh tham số đàn / calibration:");
        assertThat(standIn.seen.demography()).isNotEqualTo(Demography.standard());
        assertThat(read(calibrated.resolve(ForecastCommand.FOLDER_PREFIX + YEAR_4).resolve(ForecastOutputs.JSON))
                .demography()).isEqualTo("calibrated");
        String[] standard = forecast(standIn, "--output", temp.resolve("standard").toString(), "--ledger",
                output.resolve("ledger").toString(), "--as-of", YEAR_4, "--replicates", "10");
        assertThat(standard[0]).isEqualTo("0");
        assertThat(standIn.seen.demography()).isEqualTo(Demography.standard());
    }

    @Test
    void badInput_isRefused_namingTheOption() {
        String ledger = output.resolve("ledger").toString();
        String[][] cases = {
            {"--as-of", "2021-12-31", "--as-of"},
            {"--as-of", "2027-06-01", "--as-of"},
            {"--as-of", YEAR_4, "--replicates", "0", "--replicates"},
            {"--as-of", YEAR_4, "--threads", "0", "--threads"},
            {"--as-of", YEAR_4, "--demography", temp.resolve("no-such.json").toString(), "--demography"},
            {"--as-of", "1-1-2025", "--as-of"},
            {"--replicates", "10", "--as-of"},
            {"--as-of", YEAR_4, "--by", "2024-12-31", "--by"}};
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("--output", output.toString(), "--ledger", ledger));
            args.addAll(List.of(c).subList(0, c.length - 1));
            String[] run = forecast(args.toArray(String[]::new));
            assertThat(run[0]).as(String.join(" ", args) + "\n" + run[2]).isEqualTo(Integer.toString(ExitCodes.USAGE));
            assertThat(run[2]).contains(c[c.length - 1]);
        }
        assertThat(Cli.run("forecast", "--output", temp.resolve("nothing").toString(), "--as-of", YEAR_4)[0])
                .isEqualTo(Integer.toString(ExitCodes.LEDGER));
    }

    @Test
    void theLivestockSimulator_forecastsThroughTheCommandLine() throws Exception {
        Path real = temp.resolve("real");
        String[] run = Cli.run("forecast", "--output", real.toString(), "--ledger", output.resolve("ledger").toString(),
                "--as-of", YEAR_4, "--replicates", "40", "--threads", "2", "--by", "2026-06-30");

        assertThat(run[0]).as(String.join("\n", run)).isEqualTo("0");
        ForecastReport report = read(real.resolve(ForecastCommand.FOLDER_PREFIX + YEAR_4).resolve(ForecastOutputs.JSON));
        assertThat(report.years()).extracting(ForecastReport.YearEnd::year).containsExactly(4, 5);
        assertThat(report.programme().waitingAtStart()).isEqualTo(report.households().size());
        for (HouseholdForecast household : report.households()) {
            double before = 0;
            for (YearProbability year : household.received()) {
                assertThat(year.probability()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(before);
                before = year.probability();
            }
        }
        // 30 June 2026 is before the end of year 5: the probabilities by then are those at the end of year 4
        assertThat(Files.readString(real.resolve(ForecastCommand.FOLDER_PREFIX + YEAR_4)
                .resolve(ForecastOutputs.HOUSEHOLDS_BY_PREFIX + "2026-06-30.csv")))
                .isEqualTo("# " + org.ketnghia.core.simulation.LedgerOrigin.MARK + "\n"
                        + report.householdsByCsv(LocalDate.of(2026, 6, 30)));
        assertThat(report.households()).allSatisfy(h -> assertThat(h.probabilityReceivedBy(LocalDate.of(2026, 6, 30)))
                .isEqualTo(h.received().get(0).probability()));
        assertThat(run[1]).contains("households likely to have received by 2026-06-30:");
        String page = Files.readString(real.resolve(SitePaths.forecast(LocalDate.parse(YEAR_4))));
        assertThat(page).contains("<span>Nhận trước ngày 30/06/2026 (tính đến cuối năm 31/12/2025)</span>")
                .contains("<a href=\"../forecast-2025-01-01/forecast-households-by-2026-06-30.csv\">"
                        + "CSV các hộ nhận trước ngày 30/06/2026</a>");
        assertThat(report.programme().years()).allSatisfy(year -> {
            assertThat(year.herdSize().mean()).isPositive().isBetween(year.herdSize().p5(), year.herdSize().p95());
            assertThat(year.waiting().mean()).isBetween(0.0, (double) report.programme().waitingAtStart());
        });
    }

    @Test
    void theCommand_isRegistered() {
        String[] help = Cli.run("forecast", "--help");
        assertThat(help[0]).isEqualTo("0");
        assertThat(help[1]).contains("--as-of", "--replicates", "--demography", "--threads", "--seed");
    }

    /** The command line itself, in-process. */
    private static final class Cli {
        static String[] run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = KetnghiaCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new String[] {Integer.toString(exit), out.toString(), err.toString()};
        }
    }

    /**
     * A stand-in forecast simulator with the simulator's forecast ids: each year every waiting household
     * receives with probability 0.3, every open obligation is overdue with probability 0.2, each group keeps
     * its start's head.
     */
    private static final class StandIn implements LivestockForecast.ForecastEngine {
        /** The settings of the last forecast. */
        volatile org.ketnghia.livestock.simulation.SimulationSettings seen;

        @Override
        public ModelSimulator simulator(org.ketnghia.livestock.simulation.SimulationSettings settings,
                ForecastStart start) {
            seen = settings;
            return new ModelSimulator() {
                @Override
                public String modelId() {
                    return LivestockModel.ID;
                }

                @Override
                public void simulateReplicate(SimulationScenario scenario, SplittableRandom random,
                        ReplicateRecorder recorder) {
                    Map<String, Long> headOf = new HashMap<>();
                    start.animals().forEach(animal -> headOf.merge(animal.householdId(), 1L, Long::sum));
                    List<String> received = new ArrayList<>();
                    for (int year = start.monthsElapsed() / 12 + 1; year <= scenario.years(); year++) {
                        double total = 0;
                        for (GroupStart group : start.groups()) {
                            double head = 0;
                            for (HouseholdStart household : group.households()) {
                                head += headOf.getOrDefault(household.householdId(), 0L);
                                if (household.waiting()) {
                                    if (!received.contains(household.householdId()) && random.nextDouble() < 0.3) {
                                        received.add(household.householdId());
                                    }
                                    recorder.record("livestock.forecast.received/" + household.householdId(), year,
                                            received.contains(household.householdId()) ? 1 : 0);
                                } else if (household.owed() > 0) {
                                    recorder.record("livestock.forecast.overdue/" + household.householdId(), year,
                                            random.nextDouble() < 0.2 ? 1 : 0);
                                }
                            }
                            recorder.record(SimulationIndicators.CATTLE_FEMALES + "/group/" + group.communeCode(),
                                    year, head);
                            recorder.record(SimulationIndicators.CATTLE_FEMALES + "/"
                                    + DISTRICT_OF_GROUP.get(group.communeCode()), year, head);
                            recorder.record(SimulationIndicators.HERD_VALUE_ID + "/group/" + group.communeCode(), year,
                                    head * 20_000_000);
                            total += head;
                        }
                        recorder.record(SimulationIndicators.CATTLE_FEMALES, year, total);
                        recorder.record(SimulationIndicators.HERD_VALUE_ID, year, total * 20_000_000);
                    }
                }
            };
        }
    }
}
