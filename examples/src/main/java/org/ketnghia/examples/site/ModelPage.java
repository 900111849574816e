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
import org.ketnghia.examples.output.Charts;
import org.ketnghia.examples.site.SiteTable.Cell;
import org.jfree.data.xy.YIntervalSeries;

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
            page.chart(chart(label, byYear), "Biểu đồ: " + label.titleVi(), caption(label));
            SiteTable table = new SiteTable(label.titleVi() + " theo năm", List.of("Năm thứ", "Trung bình", "p5", "p50 (trung vị)",
                    "p95"));
            byYear.forEach((year, stats) -> table.row(List.of(Cell.number(Integer.toString(year), Integer.toString(year)),
                    number(stats.mean(), label), number(stats.p5(), label), number(stats.p50(), label), number(stats.p95(), label))));
            page.table(table);
        }
    }

    static String caption(IndicatorLabel label) {
        return label.nameVi() + ", theo năm của chương trình. Đường đậm: giá trị trung bình của các lần lặp; dải tô màu: từ "
                + "bách phân vị thứ 5 (p5) đến bách phân vị thứ 95 (p95), tức 90 % số lần lặp cho giá trị nằm trong dải. "
                + "Đơn vị: " + axisUnit(label, 0) + ".";
    }

    private static Cell number(double value, IndicatorLabel label) {
        return Cell.number(SiteFormat.value(value, label.kind()), Double.toString(value));
    }

    private static String axisUnit(IndicatorLabel label, double largest) {
        return switch (label.kind()) {
            case SHARE -> "%";
            case MONEY -> largest == 0 ? "đồng" : MoneyScale.forLargest(largest).unitVi();
            case COUNT -> label.unit().isEmpty() ? "số lượng" : label.unit();
        };
    }

    /** The band chart of {@code byYear}: shares in per cent, money in đồng, triệu or tỷ đồng. */
    static String chart(IndicatorLabel label, Map<Integer, IndicatorStatistics> byYear) {
        double largest = byYear.values().stream().mapToDouble(stats -> Math.max(Math.abs(stats.p95()), Math.abs(stats.mean())))
                .max().orElse(0);
        MoneyScale scale = MoneyScale.forLargest(largest);
        YIntervalSeries series = Charts.bandSeries();
        byYear.forEach((year, stats) -> series.add(year, shown(stats.mean(), label, scale), shown(stats.p5(), label, scale),
                shown(stats.p95(), label, scale)));
        return Charts.band(label.nameVi(), axisUnit(label, largest), series);
    }

    private static double shown(double value, IndicatorLabel label, MoneyScale scale) {
        return switch (label.kind()) {
            case SHARE -> value * 100;
            case MONEY -> scale.scale(value);
            case COUNT -> value;
        };
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
