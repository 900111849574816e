package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.examples.site.PlanningFixtures.LEDGER;
import static org.ketnghia.examples.site.PlanningFixtures.context;
import static org.ketnghia.examples.site.PlanningFixtures.read;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario comparison's page, on a hand-made comparison of two scenarios: the scenario table with bands and paired
 * differences, the chart, the sensitivity ranking in Vietnamese, the calibration when there is one, and what it says of
 * the ledger.
 */
class ComparisonPageTest {

    private static final Instant PRODUCED = Instant.parse("2026-12-07T01:00:00Z");

    @TempDir
    Path site;

    @Test
    void theScenarioTable_givesEachIndicatorsBand_andItsDifferenceFromTheBaseline() {
        String html = page(false);
        List<String> rows = PlanningPagesTest.rows(table(html, "Các kịch bản"));

        assertThat(rows).hasSize(2);
        assertThat(cells(rows.get(0))).containsExactly("Chuyển giao con cái đầu tiên", "giá × 1", "giả định",
                "không có cú sốc", "1", "cơ sở", "600 [580 – 620]", "cơ sở",
                "25 tỷ đồng [24 – 26 tỷ đồng]", "cơ sở");
        assertThat(cells(rows.get(1))).containsExactly("Chuyển giao con cái đầu tiên", "giá × 1", "giả định", "hạn hán năm 2",
                "2", "", "560,5 [540 – 575]", "-39,5 ± 3,3", "23 tỷ đồng [22 – 24 tỷ đồng]", "-2 tỷ đồng ± 100 triệu đồng");
        // the herd value in tỷ or triệu đồng, as the chart draws it, rounded as the caption says; exact in the title
        assertThat(rows.get(1)).contains("title=\"trung bình 23.000.000.000 ₫; p5 22.000.000.000 ₫; p95 24.000.000.000 ₫\"")
                .contains("title=\"chênh lệch -2.000.000.000 ₫; sai số chuẩn 100.000.000 ₫\"");
        assertThat(html).contains("<span>Số hộ được hưởng lợi đến hết năm 5: trung bình [p5 – p95]</span>")
                .contains("<caption>Các kịch bản (kịch bản cơ sở đánh dấu ở cột &quot;Cơ sở&quot;); tiền ghi bằng tỷ đồng"
                        + " làm tròn đến 0,01 tỷ, bằng triệu đồng đến 0,1 triệu</caption>");
        assertThat(TableCells.of(html)).noneMatch(TableCells::writesRawDong);
    }

    @Test
    void theRanking_namesTheLevelsInVietnamese_andTheChartsAreDrawn() {
        String html = page(false);

        assertThat(cells(PlanningPagesTest.rows(table(html, "Xếp hạng độ nhạy")).get(0))).containsExactly("1", "Cú sốc",
                "39,5", "hạn hán năm 2", "-39,5", "không có cú sốc", "0", "39,5");
        assertThat(html).contains("<img alt=\"Biểu đồ: Số hộ được hưởng lợi đến hết năm 5 theo kịch bản\""
                + " src=\"data:image/png;base64,").contains("width=\"900\" height=\"204\"")
                .contains("<img alt=\"Biểu đồ xếp hạng độ nhạy\" src=\"data:image/png;base64,");
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(3);
    }

    @Test
    void withoutACalibration_thePageSaysItReadNoLedger_andHasNoCalibrationTable() {
        String html = page(false);

        assertThat(html).contains("<h1>So sánh kịch bản chăn nuôi quay vòng</h1>")
                .contains("<dt>Sổ cái</dt><dd>" + SiteContext.NO_LEDGER_VI + "</dd>")
                .contains("Không dùng sổ cái: các kịch bản chỉ dựa trên tệp kế hoạch").doesNotContain("class=\"simulated\"")
                .doesNotContain("id=\"hieu-chinh\"");
    }

    @Test
    void withACalibration_itsEstimatesAreShown_andTheLedgerItWasCalibratedOnIsStated() {
        String html = page(true);

        assertThat(html).contains("<h1>So sánh kịch bản chăn nuôi quay vòng — hiệu chỉnh theo sổ cái đến ngày 31/12/2025</h1>")
                .contains("<dt>Sổ cái</dt><dd>sự kiện cuối số 24.956, mã băm " + LEDGER.lastHash() + "</dd>")
                .contains("hiệu chỉnh theo sổ cái đến hết ngày 31/12/2025 (tháng điều tra cuối 12/2025)")
                .contains("<a href=\"../../compare/calibration.csv\">CSV hiệu chỉnh</a>"); // a folder beside the site
        assertThat(cells(PlanningPagesTest.rows(table(html, "Ước lượng tham số đàn")).get(0))).containsExactly("Bò",
                "Tỷ lệ chết/năm, dưới 12 tháng", "0,1167", "0,0612 – 0,2034", "0,05", "1.234,5 con-tháng", "khác giả định");
    }

    private String page(boolean calibrated) {
        return read(site.resolve(PlanningFixtures.writeComparison(
                context(calibrated ? Optional.of(LEDGER) : Optional.empty(), PRODUCED, calibrated),
                PlanningFixtures.comparison(), calibrated ? Optional.of(PlanningFixtures.calibration()) : Optional.empty(),
                List.of(new SiteLink("CSV hiệu chỉnh", "../compare/calibration.csv")), site)));
    }

    private static String table(String html, String caption) {
        int start = html.indexOf("<caption>" + caption);
        assertThat(start).as("a table captioned " + caption).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static List<String> cells(String row) {
        Matcher cell = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>").matcher(row);
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", ""));
        }
        return cells;
    }
}
