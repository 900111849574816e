package org.ketnghia.examples.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.examples.site.SiteTable.Cell;

/** The page of one pilot model: its budget and funding, its indicators in every period, its Monte Carlo summary. */
final class ModelPage {

    /** Suffixes of the simulated indicators charted first: households reached, herd by species, coverage… */
    private static final List<String> HEADLINE_ORDER = List.of(".households-reached", ".households-equipped",
            "cattle-female", "cattle-male", "goat-female", "goat-male", ".herd-value", ".coverage", ".recognised",
            ".operating", ".survival-share", ".spent");
    private static final int HEADLINE_CHARTS = 6;

    private ModelPage() {
    }

    static String render(SiteContent content, String modelId) {
        String name = content.modelName(modelId);
        HtmlPage page = HtmlPage.inner(content.context(), name, new HtmlPage.Crumb("Mô hình",
                SitePaths.INDEX + "#" + SitePaths.MODELS_ANCHOR));
        page.paragraph("Mã mô hình: " + modelId + ".");
        BudgetEstimate budget = content.budgets().get(modelId);
        Map<String, Money> funding = content.funding().getOrDefault(modelId, Map.of());
        List<String[]> figures = new ArrayList<>();
        if (budget != null) {
            figures.add(new String[] {"Dự toán", SiteFormat.money(budget.total()), budget.lines().size() + " dòng dự toán"});
        }
        funding.forEach((column, amount) -> figures.add(new String[] {column, SiteFormat.money(amount), "lũy kế"}));
        if (!figures.isEmpty()) {
            page.figures(figures);
        }
        indicatorsByPeriod(page, content, modelId);
        SimulationSummary summary = content.simulations().get(modelId);
        if (summary != null) {
            simulation(page, content, summary);
        }
        String note = content.notes().get(modelId);
        if (note != null) {
            page.heading("Ghi chú", "ghi-chu").paragraph(note);
        }
        return page.render();
    }

    private static void indicatorsByPeriod(HtmlPage page, SiteContent content, String modelId) {
        Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
        for (Report report : content.reports().values()) {
            report.indicators().stream().filter(indicator -> indicator.id().startsWith(modelId + "."))
                    .filter(indicator -> report.total(indicator.id()).filter(IndicatorValue::isDefined).isPresent())
                    .forEach(indicator -> indicators.put(indicator.id(), indicator));
        }
        if (indicators.isEmpty()) {
            return;
        }
        page.heading("Chỉ tiêu của mô hình qua các kỳ báo cáo (toàn tỉnh)", "chi-tieu");
        List<String> headers = new ArrayList<>(List.of("Chỉ tiêu", "Đơn vị tính"));
        content.reports().values().forEach(report -> headers.add(report.period().labelVi()));
        SiteTable table = new SiteTable("Chỉ tiêu theo kỳ", headers);
        for (IndicatorDefinition indicator : indicators.values()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(indicator.nameVi()), Cell.text(indicator.unit())));
            content.reports().values().forEach(report -> cells.add(SiteSections.value(report.total(indicator.id()), indicator)));
            table.row(cells);
        }
        page.table(table);
        List<String[]> periods = new ArrayList<>();
        content.reports().forEach((slug, report) -> periods.add(new String[] {report.period().labelVi(), SitePaths.period(slug)}));
        page.links(periods);
    }

    private static void simulation(HtmlPage page, SiteContent content, SimulationSummary summary) {
        page.heading("Mô phỏng Monte Carlo", "mo-phong");
        page.note(content.simulationSettings() + ". Các số là kết quả mô phỏng, không phải số liệu thực tế.");
        for (Map.Entry<String, Map<Integer, IndicatorStatistics>> entry : headline(summary).entrySet()) {
            IndicatorLabel label = content.labels().label(entry.getKey());
            Map<Integer, IndicatorStatistics> byYear = entry.getValue();
            page.subheading(label.titleVi());
            chart(label, byYear).addTo(page, "Biểu đồ: " + label.titleVi());
            String caption = label.titleVi() + " theo năm"
                    + (label.kind() == ValueKind.MONEY ? "; " + SiteFormat.MONEY_ROUNDING_VI : "");
            SiteTable table = new SiteTable(caption, List.of("Năm thứ", "Trung bình", "p5", "p50 (trung vị)", "p95"));
            byYear.forEach((year, stats) -> table.row(List.of(Cell.number(Integer.toString(year), Integer.toString(year)),
                    number(stats.mean(), label), number(stats.p5(), label), number(stats.p50(), label), number(stats.p95(), label))));
            page.table(table);
        }
    }

    /**
     * A simulated value: money in triệu or tỷ đồng as the charts draw it, rounded (a mean over replicates to the đồng
     * would be false precision), with the exact đồng in the cell's title; a share or a count as the site writes it.
     */
    private static Cell number(double value, IndicatorLabel label) {
        return label.kind() == ValueKind.MONEY
                ? Cell.number(SiteFormat.moneyInUnit(value), Double.toString(value), SiteFormat.money(value))
                : Cell.number(SiteFormat.value(value, label.kind()), Double.toString(value));
    }

    /** The band chart of {@code byYear}: shares in per cent, money in đồng, triệu or tỷ đồng. */
    static BandChart chart(IndicatorLabel label, Map<Integer, IndicatorStatistics> byYear) {
        List<BandChart.Year> years = new ArrayList<>();
        byYear.forEach((year, stats) -> years.add(new BandChart.Year(year, stats.mean(), stats.p5(), stats.p95())));
        return BandChart.of(label, years);
    }

    /** The indicators worth a chart: programme-wide ones (no unit code in the id), headline ones first, at most six. */
    static Map<String, Map<Integer, IndicatorStatistics>> headline(SimulationSummary summary) {
        List<String> ids = new ArrayList<>();
        for (String id : summary.indicators().keySet()) {
            if (!id.contains("QNA") && !id.contains("DNG")) {
                ids.add(id);
            }
        }
        ids.sort(Comparator.comparingInt(ModelPage::rank).thenComparing(Comparator.naturalOrder()));
        Map<String, Map<Integer, IndicatorStatistics>> chosen = new LinkedHashMap<>();
        for (String id : ids.subList(0, Math.min(HEADLINE_CHARTS, ids.size()))) {
            chosen.put(id, summary.indicators().get(id));
        }
        return chosen;
    }

    private static int rank(String id) {
        for (int i = 0; i < HEADLINE_ORDER.size(); i++) {
            if (id.endsWith(HEADLINE_ORDER.get(i))) {
                return i;
            }
        }
        return HEADLINE_ORDER.size();
    }
}
