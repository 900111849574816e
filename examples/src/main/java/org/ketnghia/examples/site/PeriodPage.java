package org.ketnghia.examples.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.PlanActualTable;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportRow;

/** The page of one report period: the province's totals, the plan-versus-actual tables, every unit's figures. */
final class PeriodPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PeriodPage() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String render(SiteContent content, SiteStructure structure, List<String> slugs, int index) {
        String slug = slugs.get(index);
        Report report = content.reports().get(slug);
        HtmlPage page = HtmlPage.inner(content.context(), report.period().labelVi(),
                new HtmlPage.Crumb("Kỳ báo cáo", SitePaths.INDEX + "#" + SitePaths.PERIODS_ANCHOR));
        page.paragraph("Từ " + date(report.period().from()) + " đến " + date(report.period().to())
                + "; số liệu tổng hợp theo địa giới hành chính ngày " + date(report.structureDate()) + ".");
        page.links(List.of(new String[] {"Excel", "reports/" + slug + ".xlsx"}, new String[] {"CSV", "reports/" + slug + ".csv"},
                new String[] {"JSON", "reports/" + slug + ".json"}));
        List<String[]> neighbours = new ArrayList<>();
        if (index > 0) {
            neighbours.add(new String[] {"← " + content.reports().get(slugs.get(index - 1)).period().labelVi(),
                SitePaths.period(slugs.get(index - 1))});
        }
        if (index + 1 < slugs.size()) {
            neighbours.add(new String[] {content.reports().get(slugs.get(index + 1)).period().labelVi() + " →",
                SitePaths.period(slugs.get(index + 1))});
        }
        if (!neighbours.isEmpty()) {
            page.links(neighbours);
        }

        page.heading("Số liệu toàn tỉnh", "toan-tinh");
        page.table(SiteSections.totals(report, "Chỉ tiêu toàn tỉnh — " + report.period().labelVi(), report.indicators()));
        for (PlanActualTable table : report.tables()) {
            page.heading(table.titleVi(), table.id());
            page.table(SiteSections.planActual(table));
        }
        page.heading("Số liệu theo đơn vị hành chính", "don-vi");
        List<ReportRow> rows = report.rows();
        List<IndicatorDefinition> shown = SiteSections.shown(report, rows);
        Map<String, String> districtPages = new LinkedHashMap<>();
        structure.districts().keySet().forEach(code -> districtPages.put(code, SitePaths.district(code)));
        page.note("Mỗi dòng là một đơn vị với số liệu cộng dồn từ các đơn vị cấp dưới. Bấm tiêu đề cột để sắp xếp, gõ vào ô lọc để tìm.");
        page.table(SiteSections.unitsByIndicator("Số liệu theo đơn vị — " + report.period().labelVi(), rows, shown, districtPages));
        return page.render();
    }
}
