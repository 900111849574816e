package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.examples.site.PlanningFixtures.LEDGER;
import static org.ketnghia.examples.site.PlanningFixtures.context;
import static org.ketnghia.examples.site.PlanningFixtures.forecast;
import static org.ketnghia.examples.site.PlanningFixtures.forecastFiles;
import static org.ketnghia.examples.site.PlanningFixtures.read;

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

/**
 * A forecast's page, on a hand-made forecast whose numbers are round: the bands per district and group, the share of
 * waiting households that receive by a date, the obligations likely overdue, herd size and value, written as the
 * other pages write numbers, under the site's header, navigation and style.
 */
class ForecastPageTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    private static final Instant PRODUCED = Instant.parse("2026-12-07T01:00:00Z");

    @TempDir
    Path site;

    private String page(Optional<LocalDate> by) {
        return read(site.resolve(PlanningFixtures.writeForecast(context(Optional.of(LEDGER), PRODUCED, true), forecast(AS_OF),
                by, forecastFiles(AS_OF), site)));
    }

    @Test
    void thePage_hasTheSitesHeaderNavigationAndStyle_andStatesTheLedgerTheForecastCameFrom() {
        String html = page(Optional.empty());

        assertThat(html).contains("<link rel=\"stylesheet\" href=\"../assets/site.css\">")
                .contains("<script src=\"../assets/site.js\" defer></script>")
                .contains("<a href=\"../" + SitePaths.PLANNING + "\">Dự báo và so sánh kịch bản</a>")
                .contains("<h1>Dự báo từ sổ cái — hiện trạng ngày 01/01/2025</h1>")
                .contains("<dt>Sổ cái</dt><dd>sự kiện cuối số 24.956, mã băm " + LEDGER.lastHash() + "</dd>")
                .contains("<div class=\"simulated\" role=\"alert\">" + SiteContext.SIMULATED_BANNER + "</div>")
                .contains("<a href=\"../forecast-2025-01-01/forecast.xlsx\">Bảng tính Excel</a>")
                .contains("trước ngày 01/01/2025, khi chương trình (từ 01/01/2022 đến 31/12/2026) đã qua 36 tháng")
                .contains("200 lần lặp, hạt giống 2021, tham số đàn mặc định.");
    }

    @Test
    void eachDistrictAndGroup_hasItsBandsToTheProgrammesEnd() {
        String html = page(Optional.empty());
        String byArea = table(html, "Dự báo theo đơn vị đến ngày 31/12/2026");

        List<String> rows = PlanningPagesTest.rows(byArea);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("<td>Huyện Tây Giang</td><td>Huyện</td>");
        assertThat(rows.get(2)).startsWith("<td>Tổ nhóm hộ xã A Xan (Tây Giang)</td><td>Tổ nhóm hộ</td>");
        assertThat(cells(rows.get(2))).containsExactly("Tổ nhóm hộ xã A Xan (Tây Giang)", "Tổ nhóm hộ", "10",
                "2,5 [1 – 4]", // households still waiting at the end: mean [p5 – p95]
                "75 % [60 % – 90 %]", // of the 10 waiting, 2.5 [4 – 1] still waiting: 75 % received [60 % – 90 %]
                "6", "1", "2 [1 – 3]", "50,4 [45 – 55]", "1 tỷ đồng [0,9 – 1,1 tỷ đồng]");
        // herd value in tỷ đồng, as the chart draws it: rounded to 0,01 tỷ as the caption says, exact in the title
        assertThat(rows.get(2)).contains("title=\"trung bình 1.005.000.000 ₫; p5 900.000.000 ₫; p95 1.100.000.000 ₫\"");
        assertThat(byArea).contains("<span>Tỷ lệ hộ chờ được nhận trước ngày 31/12/2026 (cuối năm chương trình)</span>")
                .contains("<caption>Dự báo theo đơn vị đến ngày 31/12/2026: trung bình [p5 – p95]; tiền ghi bằng tỷ đồng"
                        + " làm tròn đến 0,01 tỷ, bằng triệu đồng đến 0,1 triệu</caption>");
    }

    @Test
    void withADate_theShareIsCountedToTheLastYearEndBeforeIt_andEachHouseholdHasItsProbability() {
        String html = page(Optional.of(LocalDate.of(2026, 6, 30)));

        assertThat(cells(PlanningPagesTest.rows(table(html, "Dự báo theo đơn vị")).get(0)).get(4))
                .isEqualTo("40 % [20 % – 60 %]"); // 6 [8 – 4] of 10 still waiting at the end of 2025
        assertThat(table(html, "Dự báo theo đơn vị"))
                .contains("Tỷ lệ hộ chờ được nhận trước ngày 30/06/2026 (tính đến cuối năm 31/12/2025)");
        String households = table(html, "Xác suất được nhận con giống");
        assertThat(households).contains("<span>Nhận trước ngày 31/12/2025</span>", "<span>Nhận trước ngày 31/12/2026</span>",
                "<span>Nhận trước ngày 30/06/2026 (tính đến cuối năm 31/12/2025)</span>");
        assertThat(cells(PlanningPagesTest.rows(households).get(0))).containsExactly("ho-1",
                "Tổ nhóm hộ xã A Xan (Tây Giang)", "Huyện Tây Giang", "40 %", "75 %", "40 %");
        assertThat(html).contains("<div class=\"label\">Tỷ lệ hộ đang chờ được nhận trước ngày 30/06/2026</div>"
                + "<div class=\"value\">40 %</div>");
    }

    @Test
    void theYears_haveChartsAndATable_perDistrict_andTheGroupsShareOneTable() {
        String html = page(Optional.empty());

        assertThat(html).contains("<img alt=\"Biểu đồ: Tổng đàn cuối năm — Huyện Tây Giang\" src=\"data:image/png;base64,")
                .contains("<img alt=\"Biểu đồ: Giá trị đàn cuối năm — Toàn chương trình\"")
                .contains("Đơn vị: tỷ đồng.").contains("<img alt=\"Biểu đồ: Hộ còn chờ nhận con giống — Huyện Tây Giang\"")
                .doesNotContain("<img alt=\"Biểu đồ: Tổng đàn cuối năm — Tổ nhóm hộ");
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(1 + 3 * 2); // the programme and the district
        List<String> groupYears = PlanningPagesTest.rows(table(html, "Các tổ nhóm hộ theo năm"));
        assertThat(groupYears).hasSize(2);
        assertThat(cells(groupYears.get(0))).containsExactly("Tổ nhóm hộ xã A Xan (Tây Giang)", "4", "31/12/2025",
                "6 [4 – 8]", "40 % [20 % – 60 %]", "1,5 [0 – 3]", "44,5 [40 – 49]", "880 triệu đồng [800 – 960 triệu đồng]");
    }

    @Test
    void noTableCell_printsRawDong_everyAmountNamesItsUnit() {
        String html = page(Optional.of(LocalDate.of(2026, 6, 30)));

        List<String> amounts = TableCells.of(html).stream().filter(cell -> cell.contains("đồng") || cell.contains("₫"))
                .toList();
        assertThat(amounts).hasSize(3 + 2 + 2 + 2); // by area (3 rows); by year: the programme, the district, the group
        assertThat(amounts).allMatch(cell -> cell.contains("tỷ đồng") || cell.contains("triệu đồng"));
        assertThat(TableCells.of(html)).noneMatch(TableCells::writesRawDong);
        assertThat(html).contains("Trỏ chuột vào ô tiền để xem số đồng chính xác; các tệp CSV, JSON và Excel ghi đủ số đồng.");
    }

    @Test
    void onlyTheObligationsLikelyOverdue_areListed_inVietnamese() {
        String obligations = table(page(Optional.empty()), "Nghĩa vụ quay vòng có nguy cơ quá hạn");

        assertThat(PlanningPagesTest.rows(obligations)).singleElement().satisfies(row -> assertThat(cells(row))
                .containsExactly("ho-9", "Tổ nhóm hộ xã A Xan (Tây Giang)", "Huyện Tây Giang", "1", "chưa hoàn thành", "1",
                        "62 %"));
        assertThat(obligations).doesNotContain("ho-8");
    }

    @Test
    void theKeyFigures_areTheProgrammesAtTheEnd() {
        String html = page(Optional.empty());

        assertThat(html).contains("<div class=\"label\">Hộ đang chờ nhận con giống lúc đầu</div><div class=\"value\">10 hộ</div>")
                .contains("<div class=\"label\">Tổng đàn cuối chương trình</div><div class=\"value\">50,4 con</div>"
                        + "<div class=\"detail\">p5–p95: 45 – 55 con; lúc đầu 40 con</div>")
                .contains("<div class=\"label\">Giá trị đàn cuối chương trình</div><div class=\"value\">1 tỷ đồng</div>"
                        + "<div class=\"detail\">p5–p95: 0,9 – 1,1 tỷ đồng; trung bình chính xác 1.005.000.000 ₫</div>")
                .contains("<div class=\"value\">1 hộ</div><div class=\"detail\">xác suất từ 50 % trở lên; 6 nghĩa vụ đang mở");
    }

    @Test
    void aForecastWithNoYearLeft_saysSo() {
        String html = read(site.resolve(PlanningFixtures.writeForecast(context(Optional.of(LEDGER), PRODUCED, false),
                PlanningFixtures.noYearLeft(AS_OF), Optional.empty(), List.of(), site)));

        assertThat(html).contains("không có gì để dự báo").contains("tham số đàn hiệu chỉnh theo sổ cái")
                .doesNotContain("<table");
    }

    /** The table whose caption starts with {@code caption}. */
    private static String table(String html, String caption) {
        int start = html.indexOf("<caption>" + caption);
        assertThat(start).as("a table captioned " + caption).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** The cells' text of a row. */
    private static List<String> cells(String row) {
        Matcher cell = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>").matcher(row);
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", ""));
        }
        return cells;
    }
}
