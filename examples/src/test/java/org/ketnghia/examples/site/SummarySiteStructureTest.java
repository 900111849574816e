package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.examples.output.Covers;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcStores;

/**
 * The main job's summary site, read as files: the pages it has, the links between them, and the
 * facts and banner every page carries — the pages the planners' forecasts and comparison added
 * after the run included.
 */
class SummarySiteStructureTest {

    private static final ObjectMapper JSON = KetnghiaJson.newObjectMapper();

    @Test
    void theSite_hasAnIndex_andAPagePerPeriodDistrictModelAndPublicList() throws Exception {
        List<String> pages = SiteRun.pages();
        JsonNode manifest = JSON.readTree(SiteRun.output().resolve("run.json").toFile());

        assertThat(pages).contains(SitePaths.INDEX);
        for (JsonNode slug : manifest.get("reports")) {
            assertThat(pages).contains(SitePaths.period(slug.asText()));
        }
        for (String model : List.of("livestock", "startup", "training", "village", "clean-water")) {
            assertThat(pages).contains(SitePaths.model(model));
        }
        assertThat(pages).contains(SitePaths.district("QNA.TAY-GIANG"), SitePaths.publicList("QNA.TAY-GIANG.A-XAN"));
        try (var lists = Files.list(SiteRun.output().resolve("disclosure"))) {
            long csvFiles = lists.filter(file -> file.toString().endsWith(".csv")).count();
            assertThat(pages.stream().filter(page -> page.contains("/niem-yet-")).count()).isEqualTo(csvFiles);
        }
        // the run counts its own pages: the index and those below it, not the planners' pages added after it
        List<String> runPages = pages.stream().filter(page -> !SiteRun.planningPages().contains(page)).toList();
        assertThat(pages).containsAll(SiteRun.planningPages());
        assertThat(SiteRun.printed()).contains("trang tổng hợp / site pages: " + (runPages.size() - 1));
        assertThat(SiteRun.output().resolve(SitePaths.JS)).isRegularFile();
        assertThat(SiteRun.output().resolve(SitePaths.CSS)).isRegularFile();
    }

    @Test
    void theIndexResults_standInOneShortTablePerModel_thenTheProgrammeAsAWhole() {
        String index = SiteRun.read(SitePaths.INDEX);
        String results = index.substring(index.indexOf("id=\"ket-qua\""));
        results = results.substring(0, results.indexOf("<h2", 1));
        String[] groups = results.split("<h3>");

        assertThat(groups).hasSize(7); // the heading, then the five models and the programme as a whole
        assertThat(groups[1]).startsWith("Chăn nuôi bò, dê sinh sản quay vòng</h3>").contains(">Số con sinh ra<")
                .doesNotContain("Dự án được phê duyệt");
        assertThat(groups[2]).startsWith("Hỗ trợ khởi nghiệp</h3>").contains("Dự án được phê duyệt")
                .doesNotContain(">Số con sinh ra<");
        assertThat(groups[6]).startsWith(IndexPage.COMMON_RESULTS + "</h3>");
        for (int g = 1; g < groups.length; g++) {
            assertThat(groups[g]).as(groups[g].substring(0, 40)).contains("<span>Thực hiện</span>")
                    .doesNotContain("<span>Mục tiêu</span>").contains("<tbody>");
        }
        assertThat(results.split("<tr").length - 1).as("rows of the results, headers included")
                .isGreaterThan(90).isLessThan(130);
    }

    @Test
    void everyPage_isLinkedFromTheIndex_orThePlannersOnesFromTheirList_andLinksBackToIt() {
        String index = SiteRun.read(SitePaths.INDEX);
        String list = SiteRun.read(SitePaths.PLANNING);
        for (String page : SiteRun.pages()) {
            if (SiteRun.planningPages().contains(page)) {
                assertThat(list).as("the list links to " + page).contains("href=\"../" + page + "\"");
            } else if (page.startsWith(SitePaths.PAGES + "/")) {
                assertThat(index).as("the index links to " + page).contains("href=\"" + page + "\"");
            }
            if (page.startsWith(SitePaths.PAGES + "/")) {
                assertThat(SiteRun.read(page)).as(page + " links back").contains("href=\"../" + SitePaths.INDEX + "\"")
                        .contains("class=\"crumbs\"");
            }
        }
        assertThat(SiteRun.read("summary.html")).as("old links land on the index").contains("href=\"index.html\"")
                .contains("url=index.html");
    }

    @Test
    void everyPage_statesProgrammeProvinceLedgerAndTime_andCarriesTheSimulatedBanner() throws Exception {
        JsonNode manifest = JSON.readTree(SiteRun.output().resolve("run.json").toFile());
        String lastHash;
        try (JdbcEventStore store = JdbcEventStore.open(JdbcStores.h2(SiteRun.output().resolve("ledger")), new EventCodec(JSON))) {
            lastHash = store.lastHash();
            assertThat(store.lastSequence()).isEqualTo(manifest.get("events").asLong());
        }
        for (String page : SiteRun.pages()) {
            String html = SiteRun.read(page);
            assertThat(html).as(page).contains(SiteContext.SIMULATED_BANNER);
            if (page.equals("summary.html")) {
                continue;
            }
            assertThat(html).as(page).contains("<dt>Chương trình</dt><dd>").contains("(" + manifest.get("programme").asText() + ")")
                    .contains("<dt>Dữ liệu tỉnh</dt><dd>Quảng Nam")
                    .contains("sự kiện cuối số " + SiteFormat.count(manifest.get("events").asLong()) + ", mã băm " + lastHash)
                    .contains("<dt>Lập lúc</dt><dd>").contains("(giờ Việt Nam)");
        }
    }

    @Test
    void pages_nameIndicatorsInVietnamese_andWriteMoneyWithoutDecimalsOfADong() {
        Pattern decimalsOfADong = Pattern.compile("\\d[,.]\\d{2} ₫");
        for (String page : SiteRun.pages()) {
            String html = SiteRun.read(page);
            assertThat(html).as(page + ": no internal simulation ids").doesNotContain(".sim.");
            Matcher matcher = decimalsOfADong.matcher(html.replaceAll("\\d{1,3}(\\.\\d{3})+ ₫", ""));
            assertThat(matcher.find()).as(page + ": money with decimals").isFalse();
        }
        String livestock = SiteRun.read(SitePaths.model("livestock"));
        assertThat(livestock).contains("Giá trị đàn giống (đồng)").contains("data:image/png;base64,")
                .contains("bách phân vị thứ 5 (p5) đến bách phân vị thứ 95 (p95)");
        // its simulated money, a mean or a percentile over replicates, in triệu or tỷ đồng, the exact đồng in the title
        // (what the ledger recorded, above the simulation, stays exact to the đồng)
        String simulated = livestock.substring(livestock.indexOf("id=\"mo-phong\""));
        assertThat(TableCells.of(simulated)).isNotEmpty().noneMatch(TableCells::writesRawDong);
        assertThat(simulated).containsPattern("title=\"[\\d.]+ ₫\">\\d+(,\\d+)? (tỷ|triệu) đồng</td>")
                .contains(SiteFormat.MONEY_ROUNDING_VI);
        assertThat(SiteRun.read(SitePaths.model("clean-water"))).contains("Hỗ trợ nước sạch sinh hoạt");
        assertThat(SiteRun.read(SitePaths.model("startup"))).contains("Tỷ lệ cơ sở khởi nghiệp còn hoạt động (%)")
                .containsPattern("<td class=\"n\" data-sort=\"[0-9.E-]+\">\\d{1,3}(,\\d)? %</td>");
    }

    @Test
    void theListPage_showsThePlannersPages_newestFirst_withTheirAsOfDateAndTheLedgerTheyWereComputedFrom() throws Exception {
        LedgerPosition ledger = Covers.stored(SiteRun.output().resolve("ledger"));
        List<String> rows = PlanningPagesTest.rows(SiteRun.read(SitePaths.PLANNING));

        // run in the order: forecast as of 2025, forecast as of 2024, comparison; listed the other way round
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains(PlanningPagesTest.href(SitePaths.COMPARISON)).contains(">31/12/2025</td>");
        assertThat(rows.get(1)).contains(PlanningPagesTest.href(SitePaths.forecast(SiteRun.EARLIER_AS_OF)))
                .contains(">01/01/2024</td>");
        assertThat(rows.get(2)).contains(PlanningPagesTest.href(SitePaths.forecast(SiteRun.FORECAST_AS_OF)))
                .contains(">01/01/2025</td>");
        assertThat(rows).allSatisfy(row -> assertThat(row).contains(">" + SiteFormat.count(ledger.lastSequence()) + "</td>")
                .contains("<td>" + ledger.lastHash() + "</td>"));
        assertThat(SiteRun.plannersPrinted().get(0)).contains("Trang dự báo / forecast page: "
                + SiteRun.output().resolve(SitePaths.forecast(SiteRun.FORECAST_AS_OF)));
    }

    @Test
    void aForecastsShareOfWaitingHouseholdsReceiving_isTheMeanOfTheirProbabilities() throws Exception {
        ForecastReport report;
        try (var in = Files.newInputStream(SiteRun.output().resolve("forecast-" + SiteRun.FORECAST_AS_OF + "/forecast.json"))) {
            report = ForecastReport.fromJson(in, JSON);
        }
        String page = SiteRun.read(SitePaths.forecast(SiteRun.FORECAST_AS_OF));
        String byArea = page.substring(page.indexOf("<caption>Dự báo theo đơn vị"));
        Matcher programme = Pattern.compile("<tr><td>Toàn chương trình</td>(?:<td[^>]*>[^<]*</td>){3}<td class=\"n\""
                + " data-sort=\"([^\"]+)\">([^<]+)</td>").matcher(byArea);
        assertThat(programme.find()).as("the programme's row").isTrue();

        double meanProbability = report.households().stream()
                .mapToDouble(household -> household.probabilityReceivedBy(SiteRun.FORECAST_BY)).average().orElseThrow();
        assertThat(report.households()).hasSizeGreaterThan(10);
        assertThat(Double.parseDouble(programme.group(1))).isCloseTo(meanProbability, within(1e-3));
        assertThat(programme.group(2)).startsWith(SiteFormat.percent(Double.parseDouble(programme.group(1))) + " [");
        assertThat(byArea).contains("<span>Tỷ lệ hộ chờ được nhận trước ngày 30/06/2026 (tính đến cuối năm 31/12/2025)</span>");
    }

    @Test
    void theIndex_holdsTheKeyFigures() {
        String index = SiteRun.read(SitePaths.INDEX);
        assertThat(index).contains("Tổng dự toán").contains("Chăn nuôi bò, dê sinh sản quay vòng")
                .contains("9.000.000.000 ₫").contains("Kế hoạch và thực hiện theo mô hình")
                .contains("Kế hoạch và thực hiện theo đơn vị kết nghĩa").contains("Chỉ tiêu đạt được")
                .contains("Danh sách niêm yết công khai").contains("A Xan");
    }
}
