package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.examples.site.PlanningFixtures.LEDGER;
import static org.ketnghia.examples.site.PlanningFixtures.context;
import static org.ketnghia.examples.site.PlanningFixtures.forecast;
import static org.ketnghia.examples.site.PlanningFixtures.forecastFiles;
import static org.ketnghia.examples.site.PlanningFixtures.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.examples.output.LedgerPosition;

/**
 * The planners' pages in the summary site, whichever was written first: a page of its own lists every forecast and
 * comparison page in the folder, newest first, with its as-of date and ledger position; a page written after the run
 * rewrites that list and leaves the run's index as it was; a run writing its site where such pages are lists them;
 * without a site, a stand-in index leads to the list.
 */
class PlanningPagesTest {

    private static final Instant RUN = Instant.parse("2026-12-06T23:10:00Z");
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    private static final LocalDate EARLIER = LocalDate.of(2024, 1, 1);

    @TempDir
    Path site;

    @Test
    void aForecastWrittenAfterTheRun_isListedOnTheListPage_andTheRunsIndexStaysAsTheRunWroteIt() {
        SummarySite.write(PlanningFixtures.emptyRun(context(Optional.of(LEDGER), RUN, true)), site);
        String indexBefore = read(site.resolve(SitePaths.INDEX));
        String listBefore = read(site.resolve(SitePaths.PLANNING));

        String page = PlanningFixtures.writeForecast(context(Optional.of(new LedgerPosition(25_001, "c0ffee")),
                RUN.plusSeconds(3600), true), forecast(AS_OF), Optional.empty(), forecastFiles(AS_OF), site);

        String list = read(site.resolve(SitePaths.PLANNING));
        assertThat(page).isEqualTo("pages/du-bao-2025-01-01.html");
        assertThat(site.resolve(page)).isRegularFile();
        assertThat(read(site.resolve(SitePaths.INDEX))).isEqualTo(indexBefore)
                .contains("<a href=\"" + SitePaths.PLANNING + "\">Danh sách trang dự báo và so sánh kịch bản</a>")
                .contains("<a href=\"" + SitePaths.PLANNING + "\">Dự báo, so sánh kịch bản</a>");
        assertThat(listBefore).contains("Chưa có trang dự báo hay so sánh kịch bản nào").doesNotContain("du-bao-2025");
        assertThat(rows(list)).singleElement().satisfies(row -> assertThat(row)
                .contains("<a href=\"../pages/du-bao-2025-01-01.html\">Dự báo từ sổ cái — hiện trạng ngày 01/01/2025</a>")
                .contains("<td>Dự báo từ sổ cái</td>").contains(">01/01/2025</td>").contains(">25.001</td>")
                .contains("<td>c0ffee</td>").contains(">07/12/2026 07:10</td>"));
        assertThat(list).contains("<h1>Dự báo và so sánh kịch bản</h1>")
                .contains("Danh sách lập lúc 07/12/2026 07:10 (giờ Việt Nam).")
                .contains("<link rel=\"stylesheet\" href=\"../assets/site.css\">")
                .contains("<a href=\"../index.html\">Trang chính</a> › <span>Dự báo và so sánh kịch bản</span>");
    }

    @Test
    void theRun_listsThePagesAlreadyInTheFolder_andReplacesTheStandInIndex() {
        PlanningFixtures.writeForecast(context(Optional.of(LEDGER), RUN.minusSeconds(60), true), forecast(AS_OF),
                Optional.empty(), forecastFiles(AS_OF), site);
        assertThat(read(site.resolve(SitePaths.INDEX))).contains("chưa có trang tổng hợp của chương trình");

        List<String> written = SummarySite.write(PlanningFixtures.emptyRun(context(Optional.of(LEDGER), RUN, true)), site);

        String index = read(site.resolve(SitePaths.INDEX));
        assertThat(index).doesNotContain("chưa có trang tổng hợp của chương trình").contains("Tổng dự toán");
        assertThat(written).contains(SitePaths.PLANNING);
        assertThat(rows(read(site.resolve(SitePaths.PLANNING)))).singleElement().asString()
                .contains(href(SitePaths.forecast(AS_OF)));
        assertThat(site.resolve(SitePaths.forecast(AS_OF))).isRegularFile();
    }

    @Test
    void withoutASite_aStandInIndexLeadsToTheList_andHoldsEverySectionTheNavigationLeadsTo() {
        PlanningFixtures.writeComparison(context(Optional.empty(), RUN, false), PlanningFixtures.comparison(), Optional.empty(),
                List.of(new SiteLink("JSON", "compare/compare.json")), site);

        String index = read(site.resolve(SitePaths.INDEX));
        assertThat(index).contains("<h1>Tổng hợp chương trình</h1>").contains("chưa có trang tổng hợp của chương trình")
                .contains("<a href=\"" + SitePaths.PLANNING + "\">Danh sách trang dự báo và so sánh kịch bản</a>");
        for (String[] section : SitePaths.SECTIONS) {
            String href = section[1];
            if (href.contains("#")) {
                assertThat(index).as(href).contains("id=\"" + href.substring(href.indexOf('#') + 1) + "\"");
            } else {
                assertThat(site.resolve(href)).as(href).isRegularFile();
            }
        }
        String list = read(site.resolve(SitePaths.PLANNING));
        assertThat(rows(list)).singleElement().asString()
                .contains("<a href=\"../pages/so-sanh-kich-ban.html\">So sánh kịch bản chăn nuôi quay vòng</a>")
                .contains("<td>So sánh kịch bản</td>").contains("<td>— (không có)</td>")
                .contains("<td>" + SiteContext.NO_LEDGER_VI + "</td>");
        assertThat(list).contains("<dt>Sổ cái</dt><dd>" + SiteContext.NO_LEDGER_VI + "</dd>");
        assertThat(site.resolve(SitePaths.CSS)).isRegularFile();
        assertThat(site.resolve(SitePaths.JS)).isRegularFile();
    }

    @Test
    void pagesAreListedNewestFirst_andAForecastAsOfTheSameDateReplacesItsPage() {
        SummarySite.write(PlanningFixtures.emptyRun(context(Optional.of(LEDGER), RUN, true)), site);
        PlanningFixtures.writeForecast(context(Optional.of(LEDGER), RUN.plusSeconds(60), true), forecast(AS_OF),
                Optional.empty(), forecastFiles(AS_OF), site);
        PlanningFixtures.writeComparison(context(Optional.of(LEDGER), RUN.plusSeconds(120), true),
                PlanningFixtures.comparison(), Optional.of(PlanningFixtures.calibration()), List.of(), site);
        PlanningFixtures.writeForecast(context(Optional.of(LEDGER), RUN.plusSeconds(180), true), forecast(EARLIER),
                Optional.empty(), forecastFiles(EARLIER), site);
        PlanningFixtures.writeForecast(context(Optional.of(new LedgerPosition(25_100, "later")), RUN.plusSeconds(240), true),
                forecast(AS_OF), Optional.empty(), forecastFiles(AS_OF), site);

        List<String> rows = rows(read(site.resolve(SitePaths.PLANNING)));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains(href(SitePaths.forecast(AS_OF))).contains(">25.100</td>")
                .contains("<td>later</td>");
        assertThat(rows.get(1)).contains(href(SitePaths.forecast(EARLIER))).contains(">01/01/2024</td>");
        assertThat(rows.get(2)).contains(href(SitePaths.COMPARISON)).contains(">31/12/2025</td>")
                .contains("hiệu chỉnh theo sổ cái đến ngày 31/12/2025");
        assertThat(PlanningPages.list(site)).extracting(PlanningPage::page).containsExactly(SitePaths.forecast(AS_OF),
                SitePaths.forecast(EARLIER), SitePaths.COMPARISON);
    }

    @Test
    void aPagesFacts_readBackAsWritten_evenWithMarkupInTheTitle() {
        PlanningPage written = new PlanningPage(PlanningPage.Kind.FORECAST, SitePaths.forecast(AS_OF),
                "Dự báo </script> <b>đậm</b> & \"ngoặc\"", Optional.of(AS_OF), Optional.of(LEDGER), RUN, true);
        HtmlPage page = HtmlPage.inner(context(Optional.of(LEDGER), RUN, true), "Dự báo", new HtmlPage.Crumb("Dự báo", null))
                .headJson(PlanningPage.JSON_ID, written.toJson());
        page.paragraph("nội dung");

        String html = page.render();

        assertThat(PlanningPage.readFrom(html)).contains(written);
        assertThat(html).contains("<p>nội dung</p>").doesNotContain("Dự báo </script>");
        PlanningPage withoutLedger = new PlanningPage(PlanningPage.Kind.COMPARISON, SitePaths.COMPARISON, "So sánh",
                Optional.empty(), Optional.empty(), RUN, false);
        assertThat(PlanningPage.readFrom(HtmlPage.index(context(Optional.empty(), RUN, false), "x")
                .headJson(PlanningPage.JSON_ID, withoutLedger.toJson()).render())).contains(withoutLedger);
    }

    @Test
    void theFactsOfPagesWrittenOn7December_stillRead() {
        String hash = "a".repeat(64);
        String forecastFacts = "{\"kind\":\"forecast\",\"page\":\"pages/du-bao-2025-01-01.html\",\"titleVi\":"
                + "\"Dự báo\",\"asOf\":\"2025-01-01\",\"ledger\":{\"lastSequence\":25100,\"lastHash\":\"" + hash
                + "\"},\"producedAt\":\"2026-12-07T20:00:00Z\",\"simulated\":true}";
        String comparisonFacts = "{\"kind\":\"comparison\",\"page\":\"pages/so-sanh-kich-ban.html\",\"titleVi\":"
                + "\"So sánh\",\"asOf\":null,\"ledger\":null,\"producedAt\":\"2026-12-07T20:00:00Z\",\"simulated\":false}";

        assertThat(PlanningPage.readFrom(recordedHead(forecastFacts))).contains(new PlanningPage(PlanningPage.Kind.FORECAST,
                "pages/du-bao-2025-01-01.html", "Dự báo", Optional.of(LocalDate.of(2025, 1, 1)),
                Optional.of(new LedgerPosition(25100, hash)), Instant.parse("2026-12-07T20:00:00Z"), true));
        assertThat(PlanningPage.readFrom(recordedHead(comparisonFacts))).contains(new PlanningPage(
                PlanningPage.Kind.COMPARISON, "pages/so-sanh-kich-ban.html", "So sánh", Optional.empty(), Optional.empty(),
                Instant.parse("2026-12-07T20:00:00Z"), false));
        assertThat(PlanningPage.readFrom(recordedHead(forecastFacts.replace("\"forecast\"", "\"ban-do\"")))).isEmpty();
        assertThat(PlanningPage.readFrom(recordedHead(forecastFacts.replace("\"page\":", "\"trang\":")))).isEmpty();
    }

    /** A page's head as the site wrote it on 7 December 2026, holding {@code facts}. */
    private static String recordedHead(String facts) {
        return "<html><head><script type=\"application/json\" id=\"" + PlanningPage.JSON_ID + "\">" + facts
                + "</script></head><body></body></html>";
    }

    @Test
    void aPageWhoseFactsCannotBeRead_isLeftOut_andOtherPagesAreNotPlannersPages() throws Exception {
        PlanningFixtures.writeForecast(context(Optional.of(LEDGER), RUN, true), forecast(AS_OF), Optional.empty(),
                forecastFiles(AS_OF), site);
        Files.writeString(site.resolve(SitePaths.forecast(EARLIER)), "<html><head></head><body>hỏng</body></html>");
        Files.writeString(site.resolve(SitePaths.district("QNA.TAY-GIANG")), read(site.resolve(SitePaths.forecast(AS_OF))));

        assertThat(PlanningPages.list(site)).extracting(PlanningPage::page).containsExactly(SitePaths.forecast(AS_OF));
        assertThat(SitePaths.isPlanningPage(SitePaths.PLANNING_NAME)).as("the list is not a forecast").isFalse();
        assertThat(SitePaths.isPlanningPage("du-bao-khong-phai-ngay.html")).isFalse();
    }

    /** The link to {@code page}, a path from the site's root, as the list of the planners' pages writes it. */
    static String href(String page) {
        return "href=\"../" + page + "\"";
    }

    /** The body rows of the first table in {@code html}. */
    static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        int body = html.indexOf("<tbody>");
        if (body < 0) {
            return rows;
        }
        Matcher row = Pattern.compile("<tr>(.*?)</tr>").matcher(html.substring(body, html.indexOf("</tbody>", body)));
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }
}
