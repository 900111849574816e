package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportExport;
import org.ketnghia.core.reporting.ReportRow;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.output.Covers;
import org.ketnghia.examples.output.ExcelWriter;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.output.OfficialWorkbook;
import org.ketnghia.examples.output.OutputWriter;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.examples.site.SitePaths;
import org.ketnghia.examples.water.CleanWaterModel;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, in-process, on the shipped Quảng Nam 2021 plan: one {@code run} into a
 * fresh folder, then every other subcommand on what it wrote.
 */
class CliEndToEndTest {

    private static final ObjectMapper JSON = KetnghiaJson.newObjectMapper();

    @TempDir
    static Path temp;

    static Path output;
    static Cli run;
    static List<String> afterRun;

    @BeforeAll
    static void runTheProgramme() throws Exception {
        output = temp.resolve("output");
        run = Cli.run("run", "--output", output.toString(), "--replicates", "20", "--threads", "2");
        try (Stream<Path> siblings = Files.list(temp)) {
            afterRun = siblings.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void run_exitsZero_andWritesEveryOutput_withAnIntactChain() throws Exception {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("chuỗi băm toàn vẹn / chain intact");
        for (String name : List.of(OutputWriter.BUDGET_JSON, OutputWriter.BUDGET_CSV, OutputWriter.BUDGET_XLSX,
                OutputWriter.SUMMARY_HTML, SitePaths.INDEX, SitePaths.JS, OutputWriter.RUN_JSON, "ledger/ketnghia.mv.db", "simulation/simulation.csv")) {
            assertThat(output.resolve(name)).as(name).isRegularFile();
        }
        JsonNode manifest = JSON.readTree(output.resolve(OutputWriter.RUN_JSON).toFile());
        assertThat(manifest.get("chainIntact").asBoolean()).isTrue();
        assertThat(manifest.get("events").asLong()).isGreaterThan(100);
        assertThat(manifest.get("reports")).hasSize(7);
        assertThat(afterRun).containsExactly("output");
    }

    @Test
    void runJson_listsNoStoppedTrace_whenEveryTraceRanToItsEnd() throws Exception {
        JsonNode manifest = JSON.readTree(output.resolve(OutputWriter.RUN_JSON).toFile());

        assertThat(manifest.get("stoppedTraces")).as(manifest.toString()).isNotNull();
        assertThat(manifest.get("stoppedTraces").isArray()).isTrue();
        assertThat(manifest.get("stoppedTraces")).isEmpty();
        assertThat(manifest.get("traces")).isNotEmpty();
    }

    @Test
    void everyFileBuiltFromTheSimulatedLedger_carriesTheMark_andTheLedgerSaysSoInItsFirstEvent() throws Exception {
        String mark = org.ketnghia.core.simulation.LedgerOrigin.MARK;
        JsonNode manifest = JSON.readTree(output.resolve(OutputWriter.RUN_JSON).toFile());
        assertThat(manifest.get("simulated").asBoolean()).isTrue();
        assertThat(manifest.get("simulationMark").asText()).isEqualTo(mark);
        assertThat(manifest.get("simulatedModels")).isNotEmpty();
        Path reports = output.resolve(OutputWriter.REPORTS);
        assertThat(Files.readAllLines(reports.resolve("01-nam-thu-1.csv")).get(0).replace("\uFEFF", "")).isEqualTo("# " + mark);
        JsonNode report = JSON.readTree(reports.resolve("01-nam-thu-1.json").toFile());
        assertThat(report.get("simulated").asBoolean()).isTrue();
        assertThat(report.get("simulationMark").asText()).isEqualTo(mark);
        try (Stream<Path> lists = Files.list(output.resolve(OutputWriter.DISCLOSURE))) {
            List<Path> files = lists.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".csv")).toList();
            assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(Files.readString(file)).contains(mark));
        }
        try (Stream<Path> settlements = Files.list(output.resolve(OutputWriter.SETTLEMENT))) {
            assertThat(settlements.toList()).isNotEmpty().allSatisfy(file ->
                    assertThat(Files.readAllLines(file).get(0).replace("\uFEFF", "")).isEqualTo("# " + mark));
        }
        try (JdbcEventStore store = JdbcEventStore.open(JdbcStores.h2(output.resolve("ledger")), new EventCodec(JSON))) {
            List<String> first = new java.util.ArrayList<>();
            store.forEachRow(1, (sequence, envelope) -> {
                if (sequence == 1) {
                    first.add(envelope);
                }
            });
            assertThat(JSON.readTree(first.get(0)).at("/payload/type").asText())
                    .isEqualTo(org.ketnghia.core.simulation.SimulatedLedgerDeclared.TYPE);
        }
    }

    @Test
    void run_closesItsLedger_leavingNoLockFile_andAFileProportionalToItsData() throws Exception {
        Path ledger = output.resolve("ledger");
        // other tests reopen the ledger; every one of them closes it again, compacting the file
        assertThat(ledger.resolve("ketnghia.lock.db")).as("the database was shut down").doesNotExist();
        long file = Files.size(ledger.resolve("ketnghia.mv.db"));
        long[] json = {0};
        try (JdbcEventStore store = JdbcEventStore.open(JdbcStores.h2(ledger), new EventCodec(JSON))) {
            store.forEachRow(1, (sequence, envelope) -> json[0] += envelope.getBytes(StandardCharsets.UTF_8).length);
            assertThat(ledger.resolve("ketnghia.lock.db")).as("open again").exists();
        }
        assertThat(json[0]).isGreaterThan(1_000_000);
        // before issue 19 the main job's file was 43 times its JSON and kept its lock file after exiting
        assertThat(file).as("file, JSON %d bytes", json[0]).isLessThan(3 * json[0]);
        assertThat(ledger.resolve("ketnghia.lock.db")).doesNotExist();
    }

    @Test
    void budget_printsTheNineBillionOfModelOne_computedByTheLivestockModel() {
        Cli budget = Cli.run("budget");

        assertThat(budget.exitCode()).as(budget.toString()).isZero();
        assertThat(budget.out()).contains("Chăn nuôi bò, dê sinh sản quay vòng (livestock): 9 tỷ đồng — 9.000.000.000 ₫")
                .contains("Hỗ trợ nước sạch sinh hoạt (clean-water)");
    }

    @Test
    void budgetJson_andCsv_agree_andHoldTheNineBillion() throws Exception {
        JsonNode budget = JSON.readTree(output.resolve(OutputWriter.BUDGET_JSON).toFile());
        JsonNode livestock = null;
        long sum = 0;
        for (JsonNode model : budget.get("models")) {
            sum += model.get("total").asLong();
            if (model.get("modelId").asText().equals("livestock")) {
                livestock = model;
            }
        }
        assertThat(livestock).isNotNull();
        assertThat(livestock.get("total").asLong()).isEqualTo(9_000_000_000L);
        assertThat(budget.get("total").asLong()).isEqualTo(sum);
        List<String> csv = Files.readAllLines(output.resolve(OutputWriter.BUDGET_CSV), StandardCharsets.UTF_8);
        long csvSum = csv.stream().skip(1).mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(',') + 1))).sum();
        assertThat(csvSum).isEqualTo(sum);
    }

    @Test
    void validate_acceptsTheShippedPlan_andListsTheThirdPartyModel() {
        Cli validate = Cli.run("validate");

        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("Kế hoạch hợp lệ").contains("6 huyện miền núi").contains("clean-water");
    }

    @Test
    void simulate_writesASummaryPerModel_thatJacksonReads() throws Exception {
        Path out = temp.resolve("simulate");
        Cli simulate = Cli.run("simulate", "--output", out.toString(), "--replicates", "10", "--seed", "7");

        assertThat(simulate.exitCode()).as(simulate.toString()).isZero();
        JsonNode water = JSON.readTree(out.resolve("simulation/clean-water.json").toFile());
        assertThat(water.get("replicates").asLong()).isEqualTo(10);
        assertThat(water.get("masterSeed").asLong()).isEqualTo(7);
        assertThat(water.at("/indicators/clean-water.households-equipped/5/mean").asDouble()).isPositive();
        assertThat(Files.readAllLines(out.resolve("simulation/simulation.csv"))).first().asString().startsWith("modelId,");
    }

    @Test
    void everyTraceRunsToTheEnd_underThePlansRules() {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).doesNotContain("dừng sau").contains("Nhân rộng mô hình / replications recorded: 2")
                .contains("Quyết toán / settlements: qt-2026-12-31");
        assertThat(run.err()).doesNotContain("SIMULATED TRACE STOPPED");
    }

    @Test
    void reports_showPledgesReceivedPerSponsor_andTheTracesSpendThem() throws Exception {
        Report finalReview = ReportExport.fromJson(Files.readString(output.resolve("reports/07-tong-ket-5-nam.json")));
        var sponsors = finalReview.tables().stream()
                .filter(table -> table.id().equals(org.ketnghia.examples.host.ProgrammeReports.SPONSOR_TABLE_ID)).findFirst()
                .orElseThrow().rows();
        var named = sponsors.stream().filter(row -> !row.key().equals("-")).toList();
        assertThat(named).extracting(row -> row.key())
                .contains("dai-loc", "dien-ban", "duy-xuyen", "hoi-an", "nui-thanh", "tam-ky", "doanh-nghiep-nuoc-sach");
        assertThat(named).allSatisfy(row -> {
            assertThat(row.planned().isPositive()).as(row.key()).isTrue();
            assertThat(row.actual()).as("%s received all it pledged", row.key()).isEqualTo(row.planned());
        });
        // the livestock herds were paid with the sponsors' money: nothing simulated funds them any more
        var byModel = finalReview.tables().get(0).rows().stream().filter(row -> row.key().equals("livestock")).findFirst().orElseThrow();
        assertThat(byModel.actual()).isEqualTo(org.ketnghia.core.money.Money.ofMillions(9_000));
        // money of no sponsor: only the budgets the programme file gives (heldFunds) and the start-up model's
        // provincial budget, which its trace records; no simulated source pays for anything else
        long heldFunds = org.ketnghia.examples.programme.ProgrammeFile.shipped().plan().heldFunds().stream()
                .mapToLong(fund -> fund.amount().dong()).sum();
        long startup = 0;
        for (JsonNode model : JSON.readTree(output.resolve(OutputWriter.BUDGET_JSON).toFile()).get("models")) {
            if (model.get("modelId").asText().equals("startup")) {
                startup = model.get("total").asLong();
            }
        }
        var unattributed = sponsors.stream().filter(row -> row.key().equals("-")).findFirst().orElseThrow();
        assertThat(unattributed.actual().dong()).isEqualTo(heldFunds + startup);
    }

    @Test
    void reports_carryThePlansTargets_andWhatWasAchieved() throws Exception {
        Report finalReview = ReportExport.fromJson(Files.readString(output.resolve("reports/07-tong-ket-5-nam.json")));
        ReportRow province = finalReview.rowsAtLevel("province").get(0);
        Map<String, Long> planTargets = Map.of("livestock.households-round-1.cattle", 150L, "livestock.animals-round-1.cattle", 300L,
                "livestock.households-round-1.goat", 150L, "livestock.animals-round-1.goat", 750L);
        planTargets.forEach((indicator, target) -> {
            assertThat(province.cell(indicator).target()).as(indicator).contains(IndicatorValue.of(target));
            assertThat(province.cell(indicator).actual()).as(indicator).contains(IndicatorValue.of(target));
        });
        Report interim = ReportExport.fromJson(Files.readString(output.resolve("reports/06-so-ket-3-nam.json")));
        assertThat(interim.row("QNA.NAM-GIANG").orElseThrow().cell("livestock.households-round-1.cattle").target())
                .contains(IndicatorValue.of(50));
        List<String> csv = Files.readAllLines(output.resolve("reports/07-tong-ket-5-nam.csv"), StandardCharsets.UTF_8);
        assertThat(csv).anySatisfy(line -> assertThat(line).contains(",livestock.households-round-1.cattle,").endsWith(",150,100"));
        assertThat(finalReview.total("programme.households-supported").orElseThrow().numerator())
                .as("households supported, not merely registered").isGreaterThanOrEqualTo(300);
        assertThat(finalReview.total("programme.replications")).contains(IndicatorValue.of(2));
    }

    @Test
    void report_asKnownOnADate_countsOnlyWhatWasRecordedByThen() throws Exception {
        // the main job records everything on its clock's day, the day after the programme's last day
        Cli before = Cli.run("report", "--output", output.toString(), "--as-known-on", "2026-12-31");
        Cli after = Cli.run("report", "--output", output.toString(), "--as-known-on", "2027-01-01");
        assertThat(before.exitCode()).as(before.toString()).isZero();
        assertThat(after.exitCode()).as(after.toString()).isZero();
        Report knownBefore = ReportExport.fromJson(Files.readString(output.resolve("reports-as-known-2026-12-31/07-tong-ket-5-nam.json")));
        Report knownAfter = ReportExport.fromJson(Files.readString(output.resolve("reports-as-known-2027-01-01/07-tong-ket-5-nam.json")));
        Report asTrue = ReportExport.fromJson(Files.readString(output.resolve("reports/07-tong-ket-5-nam.json")));
        assertThat(knownBefore.total("programme.spent")).isEmpty();
        assertThat(knownAfter.total("programme.spent")).isEqualTo(asTrue.total("programme.spent")).isPresent();
        // the covers name the ledger as known then: nothing yet, then everything
        assertThat(Covers.ledger(output.resolve("reports-as-known-2026-12-31/07-tong-ket-5-nam.xlsx")))
                .hasValue(Covers.named(new LedgerPosition(0, EventChain.GENESIS_HASH)));
        assertThat(Covers.ledger(output.resolve("reports-as-known-2027-01-01/07-tong-ket-5-nam.xlsx")))
                .hasValue(Covers.named(Covers.stored(output.resolve("ledger"))));
    }

    @Test
    void settlement_closesTheProgramme_perModelUnitSponsorAndShare_andTheBudgetSeparatesTheStateShare() throws Exception {
        Path settlement = output.resolve(OutputWriter.SETTLEMENT);
        for (String suffix : List.of("theo-mo-hinh", "theo-don-vi", "theo-don-vi-ket-nghia", "theo-co-cau-nguon")) {
            assertThat(settlement.resolve("qt-2026-12-31-" + suffix + ".csv")).as(suffix).isRegularFile();
        }
        List<String> byModel = Files.readAllLines(settlement.resolve("qt-2026-12-31-theo-mo-hinh.csv"), StandardCharsets.UTF_8);
        assertThat(byModel).anySatisfy(line -> assertThat(line).startsWith("livestock,9000000000,9000000000,")
                .contains(",9000000000,0"));
        List<String> byUnit = Files.readAllLines(settlement.resolve("qt-2026-12-31-theo-don-vi.csv"), StandardCharsets.UTF_8);
        assertThat(byUnit).anySatisfy(line -> assertThat(line).startsWith("QNA,0,120000000,"));

        JsonNode budget = JSON.readTree(output.resolve(OutputWriter.BUDGET_JSON).toFile());
        assertThat(budget.get("stateBudget").asLong() + budget.get("mobilised").asLong()).isEqualTo(budget.get("total").asLong());
        for (JsonNode model : budget.get("models")) {
            assertThat(model.get("stateBudget").asLong() + model.get("mobilised").asLong()).isEqualTo(model.get("total").asLong());
            if (model.get("modelId").asText().equals("livestock")) {
                assertThat(model.get("stateBudget").asLong()).isZero();
            }
        }
        assertThat(output.resolve(OutputWriter.BUDGET_SHARES_CSV)).isRegularFile();
    }

    @Test
    void reports_parseAsJsonAndCsv_andTheirExcelTotalsEqualTheJson() throws Exception {
        Cli report = Cli.run("report", "--output", output.toString());
        assertThat(report.exitCode()).as(report.toString()).isZero();

        Path reports = output.resolve(OutputWriter.REPORTS);
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.filter(p -> p.toString().endsWith(".xlsx")).count()).isEqualTo(7);
        }
        for (String slug : List.of("01-nam-thu-1", "06-so-ket-3-nam", "07-tong-ket-5-nam")) {
            Report json = ReportExport.fromJson(Files.readString(reports.resolve(slug + ".json")));
            List<String> csv = Files.readAllLines(reports.resolve(slug + ".csv"), StandardCharsets.UTF_8);
            // the run's ledger is simulated: the mark comes first, then the header
            assertThat(csv.get(0).replace("\uFEFF", "")).isEqualTo("# " + org.ketnghia.core.simulation.LedgerOrigin.MARK);
            assertThat(csv.get(1)).startsWith(ReportExport.REPORT_CSV_HEADER.get(0));
            assertThat(csv).hasSizeGreaterThan(1);
            checkWorkbook(json, reports.resolve(slug + ".xlsx"));
        }
    }

    @Test
    void everyWorkbookWrittenFromTheLedger_namesItsLastSequenceAndHash_onTheCover() throws Exception {
        LedgerPosition ledger = Covers.stored(output.resolve("ledger"));
        assertThat(ledger.lastSequence())
                .isEqualTo(JSON.readTree(output.resolve(OutputWriter.RUN_JSON).toFile()).get("events").asLong());
        assertThat(ledger.lastHash()).hasSize(64);
        String named = "sự kiện cuối số " + ledger.lastSequence() + ", mã băm " + ledger.lastHash();

        assertThat(Covers.ledger(output.resolve(OutputWriter.BUDGET_XLSX))).contains(named);
        try (Stream<Path> files = Files.list(output.resolve(OutputWriter.REPORTS))) {
            List<Path> workbooks = files.filter(file -> file.toString().endsWith(".xlsx")).sorted().toList();
            assertThat(workbooks).hasSize(7);
            for (Path workbook : workbooks) {
                assertThat(Covers.ledger(workbook)).as(workbook.getFileName().toString()).contains(named);
            }
        }
    }

    /** A cover first listing every other sheet; each sheet frozen under its header, printed on A4, marked simulated. */
    private static void officialLayout(Workbook workbook) {
        Sheet cover = workbook.getSheetAt(0);
        assertThat(cover.getSheetName()).isEqualTo(OfficialWorkbook.COVER_SHEET);
        List<String> listed = new java.util.ArrayList<>();
        cover.forEach(row -> listed.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()));
        // the main job's ledger is declared simulated by its first event
        assertThat(listed).contains(SimulationMarks.TEXT);
        for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            assertThat(listed).as("cover lists " + sheet.getSheetName()).contains(sheet.getSheetName());
            assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
            assertThat(sheet.getHeader().getCenter()).isEqualTo(SimulationMarks.TEXT);
        }
    }

    private static void checkWorkbook(Report json, Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheet(ExcelWriter.LEVEL_SHEETS.get("province"))).isNotNull();
            assertThat(workbook.getSheet(ExcelWriter.LEVEL_SHEETS.get("district"))).isNotNull();
            assertThat(workbook.getSheet(ExcelWriter.LEVEL_SHEETS.get("commune"))).isNotNull();
            officialLayout(workbook);
            Sheet province = workbook.getSheet(ExcelWriter.LEVEL_SHEETS.get("province"));
            Row header = province.getRow(ExcelWriter.FIRST_DATA_ROW - 1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            ReportRow top = json.rowsAtLevel("province").get(0);
            Row row = province.getRow(ExcelWriter.FIRST_DATA_ROW);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(top.unitCode());
            int checked = 0;
            for (int i = 0; i < json.indicators().size(); i++) {
                IndicatorDefinition indicator = json.indicators().get(i);
                var total = json.total(indicator.id());
                Cell cell = row.getCell(2 + i);
                if (total.isEmpty() || !total.get().isDefined() || !total.get().isWhole()) {
                    continue;
                }
                IndicatorValue value = total.get();
                assertThat(cell).as(indicator.id()).isNotNull();
                assertThat((long) cell.getNumericCellValue()).as(indicator.id())
                        .isEqualTo(value.numerator() / value.denominator());
                if ("đồng".equals(indicator.unit())) {
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(ExcelWriter.VND_FORMAT);
                }
                checked++;
            }
            assertThat(checked).isPositive();
            Sheet commune = workbook.getSheet(ExcelWriter.LEVEL_SHEETS.get("commune"));
            double communeSum = 0;
            int column = json.indicators().stream().map(IndicatorDefinition::id).toList().indexOf("programme.received");
            for (int r = ExcelWriter.FIRST_DATA_ROW; r <= commune.getLastRowNum(); r++) {
                Cell cell = commune.getRow(r) == null ? null : commune.getRow(r).getCell(2 + column);
                if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    communeSum += cell.getNumericCellValue();
                }
            }
            // the communes' rows, as the JSON has them (money held by the province or a district is not a commune's)
            long communesInJson = json.rowsAtLevel("commune").stream().map(r -> r.actual("programme.received"))
                    .flatMap(java.util.Optional::stream).mapToLong(v -> v.numerator() / v.denominator()).sum();
            assertThat((long) communeSum).isEqualTo(communesInJson).isPositive();
        }
    }

    @Test
    void thirdPartyModel_appearsInTheReports_theSummary_andThePublicList() throws Exception {
        Report fin = ReportExport.fromJson(Files.readString(output.resolve("reports/07-tong-ket-5-nam.json")));
        Report interim = ReportExport.fromJson(Files.readString(output.resolve("reports/06-so-ket-3-nam.json")));

        assertThat(fin.indicators()).extracting(IndicatorDefinition::id).contains(CleanWaterModel.HOUSEHOLDS_EQUIPPED.id());
        assertThat(interim.total(CleanWaterModel.HOUSEHOLDS_EQUIPPED.id()).orElseThrow().toDouble()).isPositive();
        assertThat(interim.tables().get(0).rows()).anySatisfy(row -> assertThat(row.key()).isEqualTo(CleanWaterModel.ID));
        assertThat(Files.readString(output.resolve(OutputWriter.SUMMARY_HTML))).contains("href=\"" + SitePaths.INDEX + "\"");
        assertThat(Files.readString(output.resolve(SitePaths.INDEX))).contains("Hỗ trợ nước sạch sinh hoạt");
        String html = Files.readString(output.resolve(SitePaths.model(CleanWaterModel.ID)));
        assertThat(html).contains("Hỗ trợ nước sạch sinh hoạt").contains("data:image/png;base64,").contains("p5");
        Cli disclose = Cli.run("disclose", "--output", output.toString(), "--commune", "QNA.TAY-GIANG.A-XAN");
        assertThat(disclose.exitCode()).as(disclose.toString()).isZero();
        assertThat(disclose.out()).contains("Xã A Xan").contains("Bồn chứa nước");
        assertThat(output.resolve("disclosure/QNA.TAY-GIANG.A-XAN.csv")).isRegularFile();
        assertThat(disclose.out()).contains("Bản in / printable: ").contains("QNA.TAY-GIANG.A-XAN-").contains(".pdf");
    }

    @Test
    void run_printsEachPublicList_asAPdf_whoseTotalIsTheCsvsAndWhosePagesAreMarkedSimulated() throws Exception {
        List<Path> lists;
        try (var files = Files.list(output.resolve(OutputWriter.DISCLOSURE))) {
            lists = files.filter(path -> path.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(lists).isNotEmpty();
        for (Path csv : lists) {
            String commune = csv.getFileName().toString().replace(".csv", "");
            List<Path> pdfs;
            try (var files = Files.list(csv.getParent())) {
                pdfs = files.filter(path -> path.getFileName().toString().matches(
                        Pattern.quote(commune) + "-\\d{4}-\\d{2}-\\d{2}\\.pdf")).toList();
            }
            assertThat(pdfs).as(commune).hasSize(1);
            List<String> lines = Files.readAllLines(csv);
            // the CSV of a simulated ledger: the mark, the header, then one line per support
            assertThat(lines.get(0)).isEqualTo("# " + SimulationMarks.TEXT);
            long total = lines.stream().skip(2).mapToLong(line -> Long.parseLong(
                    line.substring(line.lastIndexOf(',') + 1))).sum();
            try (PDDocument pdf = Loader.loadPDF(pdfs.get(0).toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).as(commune)
                        .contains(String.format(Locale.ROOT, "lượt hỗ trợ %,d", total).replace(',', '.'))
                        .contains("ỦY BAN NHÂN DÂN", "Trang " + pdf.getNumberOfPages() + "/" + pdf.getNumberOfPages());
                // the main job's ledger is declared simulated by its first event
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(pdf)).as(commune + " page " + page)
                            .contains(SimulationMarks.TEXT);
                }
            }
        }
    }

    @Test
    void verify_passesOnTheRun_exportImportRestoresIt_andTamperingIsFoundAtItsSequence() throws Exception {
        Cli verify = Cli.run("verify", "--output", output.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("Chuỗi băm toàn vẹn");

        Path backup = temp.resolve("backup.jsonl");
        Cli export = Cli.run("export", "--output", output.toString(), "--file", backup.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        long events = JSON.readTree(output.resolve(OutputWriter.RUN_JSON).toFile()).get("events").asLong();
        assertThat(Files.readAllLines(backup)).hasSize((int) events);

        Path copy = temp.resolve("restored-ledger");
        Cli restore = Cli.run("import", "--ledger", copy.toString(), "--file", backup.toString());
        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        Cli again = Cli.run("import", "--ledger", copy.toString(), "--file", backup.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.LEDGER);
        assertThat(Cli.run("verify", "--ledger", copy.toString()).exitCode()).isZero();

        long tampered;
        try (Connection connection = JdbcStores.h2(copy).getConnection()) {
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "SELECT MIN(sequence) FROM ledger_event WHERE type_id = 'funding.receipt-recorded'")) {
                rs.next();
                tampered = rs.getLong(1);
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE ledger_event SET envelope_json = REPLACE(envelope_json, '-thu-1', '-thu-9') WHERE sequence = ?")) {
                update.setLong(1, tampered);
                assertThat(update.executeUpdate()).isOne();
            }
        }
        Cli broken = Cli.run("verify", "--ledger", copy.toString());
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(ExitCodes.CHAIN_BROKEN);
        assertThat(broken.out()).contains("first-bad-sequence " + tampered);
    }

    @Test
    void help_listsTheSubcommands_andAnUnknownSubcommandIsAUsageError() {
        Cli help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate", "budget", "simulate", "run", "report", "disclose", "verify", "export",
                "import", "Exit codes");
        assertThat(help.out()).containsPattern("6 +run: một vết mô phỏng bị dừng");
        assertThat(exitCodeLine(help.out(), 6)).as("as run --help says it").contains("stoppedTraces", "run.json");
        assertThat(Cli.run("run", "--help").out()).containsPattern("6 +một vết mô phỏng bị dừng giữa chừng");
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run().exitCode()).isZero();
    }

    @Test
    void commandsThatReadTheLedger_failClearly_whenThereIsNone() {
        Cli report = Cli.run("report", "--output", temp.resolve("nothing-here").toString());

        assertThat(report.exitCode()).isEqualTo(ExitCodes.LEDGER);
        assertThat(report.err()).contains("hãy chạy lệnh run trước").contains("run the programme first");
        assertThat(Map.of("verify", Cli.run("verify", "--output", temp.resolve("nothing-here").toString()).exitCode()))
                .containsEntry("verify", ExitCodes.LEDGER);
    }

    /** The item of the help's exit-code list for {@code code}: its first line and the lines it wraps onto. */
    private static String exitCodeLine(String help, int code) {
        String list = help.substring(help.indexOf("Exit codes"));
        StringBuilder item = new StringBuilder();
        for (String line : list.lines().toList()) {
            if (line.matches("\\s*\\d+\\s.*")) {
                if (!item.isEmpty()) {
                    break;
                }
                if (!line.matches("\\s*" + code + "\\s.*")) {
                    continue;
                }
            } else if (item.isEmpty()) {
                continue;
            }
            item.append(line.strip()).append(' ');
        }
        return item.toString();
    }
}
