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
 * The planners' pages in the summary site, whichever was written first: the index lists every forecast and comparison
 * page in the folder, newest first, with its as-of date and ledger position; a page written after the run changes only
 * the index's section of them; a run writing its site where such pages are lists them; without a site, a stand-in
 * index does.
 */
class PlanningPagesTest {

    private static final Instant RUN = Instant.parse("2026-12-06T23:10:00Z");
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    private static final LocalDate EARLIER = LocalDate.of(2024, 1, 1);

    @TempDir
    Path site;

    @Test
    void aForecastWrittenAfterTheRun_isListedByTheRunsIndex_whoseOtherPartsStayAsTheRunWroteThem() {
        SummarySite.write(PlanningFixtures.emptyRun(context(Optional.of(LEDGER), RUN, true)), site);
        String before = read(site.resolve(SitePaths.INDEX));

        String page = PlanningPages.writeForecast(context(Optional.of(new LedgerPosition(25_001, "c0ffee")),
                RUN.plusSeconds(3600), true), forecast(AS_OF), Optional.empty(), forecastFiles(AS_OF), site);

        String after = read(site.resolve(SitePaths.INDEX));
        assertThat(page).isEqualTo("pages/du-bao-2025-01-01.html");
        assertThat(site.resolve(page)).isRegularFile();
        assertThat(outsideTheSection(after)).isEqualTo(outsideTheSection(before));
        assertThat(section(before)).contains("Chưa có trang dự báo hay so sánh kịch bản nào").doesNotContain("du-bao-2025");
        assertThat(rows(section(after))).singleElement().satisfies(row -> assertThat(row)
                .contains("<a href=\"pages/du-bao-2025-01-01.html\">Dự báo từ sổ cái — hiện trạng ngày 01/01/2025</a>")
                .contains("<td>Dự báo từ sổ cái</td>").contains(">01/01/2025</td>").contains(">25.001</td>")
                .contains("<td>c0ffee</td>").contains(">07/12/2026 07:10</td>"));
        assertThat(section(after)).contains("Danh sách lập lúc 07/12/2026 07:10 (giờ Việt Nam).");
        assertThat(after).contains("sự kiện cuối số 24.956, mã băm " + LEDGER.lastHash()); // the run's own, in the header
    }

    @Test
    void theRun_listsThePagesAlreadyInTheFolder_andReplacesTheStandInIndex() {
        PlanningPages.writeForecast(context(Optional.of(LEDGER), RUN.minusSeconds(60), true), forecast(AS_OF),
                Optional.empty(), forecastFiles(AS_OF), site);
        assertThat(read(site.resolve(SitePaths.INDEX))).contains("chưa có trang tổng hợp của chương trình");

        SummarySite.write(PlanningFixtures.emptyRun(context(Optional.of(LEDGER), RUN, true)), site);

        String index = read(site.resolve(SitePaths.INDEX));
        assertThat(index).doesNotContain("chưa có trang tổng hợp của chương trình").contains("Tổng dự toán");
        assertThat(rows(section(index))).singleElement().asString().contains("href=\"pages/du-bao-2025-01-01.html\"");
        assertThat(site.resolve(SitePaths.forecast(AS_OF))).isRegularFile();
    }

    @Test
    void withoutASite_aStandInIndexListsThePages_andHoldsEverySectionTheNavigationLeadsTo() {
        PlanningPages.writeComparison(context(Optional.empty(), RUN, false), PlanningFixtures.comparison(), Optional.empty(),
                List.of(new SiteLink("JSON", "compare/compare.json")), site);

        String index = read(site.resolve(SitePaths.INDEX));
        assertThat(index).contains("<h1>Tổng hợp chương trình</h1>").contains("chưa có trang tổng hợp của chương trình");
        for (String[] section : SitePaths.SECTIONS) {
            String href = section[1];
            if (href.contains("#")) {
                assertThat(index).as(href).contains("id=\"" + href.substring(href.indexOf('#') + 1) + "\"");
            }
        }
        assertThat(rows(section(index))).singleElement().asString()
                .contains("<a href=\"pages/so-sanh-kich-ban.html\">So sánh kịch bản chăn nuôi quay vòng</a>")
                .contains("<td>So sánh kịch bản</td>").contains("<td>— (không có)</td>")
                .contains("<td>" + SiteContext.NO_LEDGER_VI + "</td>");
        assertThat(index).contains("<dt>Sổ cái</dt><dd>" + SiteContext.NO_LEDGER_VI + "</dd>");
        assertThat(site.resolve(SitePaths.CSS)).isRegularFile();
        assertThat(site.resolve(SitePaths.JS)).isRegularFile();
    }

    @Test
    void pagesAreListedNewestFirst_andAForecastAsOfTheSameDateReplacesItsPage() {
        SummarySite.write(PlanningFixtures.emptyRun(context(Optional.of(LEDGER), RUN, true)), site);
        PlanningPages.writeForecast(context(Optional.of(LEDGER), RUN.plusSeconds(60), true), forecast(AS_OF),
                Optional.empty(), forecastFiles(AS_OF), site);
        PlanningPages.writeComparison(context(Optional.of(LEDGER), RUN.plusSeconds(120), true),
                PlanningFixtures.comparison(), Optional.of(PlanningFixtures.calibration()), List.of(), site);
        PlanningPages.writeForecast(context(Optional.of(LEDGER), RUN.plusSeconds(180), true), forecast(EARLIER),
                Optional.empty(), forecastFiles(EARLIER), site);
        PlanningPages.writeForecast(context(Optional.of(new LedgerPosition(25_100, "later")), RUN.plusSeconds(240), true),
                forecast(AS_OF), Optional.empty(), forecastFiles(AS_OF), site);

        List<String> rows = rows(section(read(site.resolve(SitePaths.INDEX))));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains(SitePaths.forecast(AS_OF)).contains(">25.100</td>").contains("<td>later</td>");
        assertThat(rows.get(1)).contains(SitePaths.forecast(EARLIER)).contains(">01/01/2024</td>");
        assertThat(rows.get(2)).contains(SitePaths.COMPARISON).contains(">31/12/2025</td>")
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
    void aPageWhoseFactsCannotBeRead_isLeftOut_andOtherPagesAreNotPlannersPages() throws Exception {
        PlanningPages.writeForecast(context(Optional.of(LEDGER), RUN, true), forecast(AS_OF), Optional.empty(),
                forecastFiles(AS_OF), site);
        Files.writeString(site.resolve(SitePaths.forecast(EARLIER)), "<html><head></head><body>hỏng</body></html>");
        Files.writeString(site.resolve(SitePaths.district("QNA.TAY-GIANG")), read(site.resolve(SitePaths.forecast(AS_OF))));

        assertThat(PlanningPages.list(site)).extracting(PlanningPage::page).containsExactly(SitePaths.forecast(AS_OF));
    }

    /** The index's section of the planners' pages, markers included. */
    static String section(String index) {
        int start = index.indexOf("<!-- " + PlanningSection.START + " -->");
        int end = index.indexOf("<!-- " + PlanningSection.END + " -->");
        assertThat(start).as("the section's markers").isNotNegative().isLessThan(end);
        return index.substring(start, end);
    }

    private static String outsideTheSection(String index) {
        String section = section(index);
        return index.replace(section, "");
    }

    /** The body rows of the section's table. */
    static List<String> rows(String section) {
        List<String> rows = new ArrayList<>();
        int body = section.indexOf("<tbody>");
        if (body < 0) {
            return rows;
        }
        Matcher row = Pattern.compile("<tr>(.*?)</tr>").matcher(section.substring(body, section.indexOf("</tbody>")));
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }
}
