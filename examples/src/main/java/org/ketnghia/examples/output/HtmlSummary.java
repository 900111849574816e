package org.ketnghia.examples.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.money.MoneyFormat;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.SimulationSummary;

/**
 * The HTML summary an officer opens in a browser: budget, plan versus actual with a chart, the
 * province totals of every report, each model's simulated indicators per year with their p5–p95
 * band, and links to the detailed files. Self-contained (charts are embedded PNG), UTF-8.
 */
public final class HtmlSummary {

    private final StringBuilder html = new StringBuilder();

    private HtmlSummary() {
    }

    /**
     * What the summary shows.
     *
     * @param titleVi the programme's title
     * @param planName the programme file
     * @param modelNames model id → Vietnamese name, in installation order
     * @param budgets budget per model
     * @param funding per model id: planned, pledged, received, spent (đồng)
     * @param reports report file name → report, in period order
     * @param simulations Monte Carlo summary per model (may be empty)
     * @param simulationSettings e.g. "200 lần lặp, hạt giống 2021"
     * @param notes remarks per model (traces, models not simulated)
     * @param disclosures commune code → file name of its public list
     * @param indicatorNames indicator id → Vietnamese name, for chart titles
     */
    public record Content(String titleVi, String planName, Map<String, String> modelNames,
            Map<String, BudgetEstimate> budgets, Map<String, Map<String, Money>> funding, Map<String, Report> reports,
            Map<String, SimulationSummary> simulations, String simulationSettings, Map<String, String> notes,
            Map<String, String> disclosures, Map<String, String> indicatorNames) {
    }

    /** Writes the summary of {@code content} to {@code file}. */
    public static void write(Content content, Path file) {
        HtmlSummary summary = new HtmlSummary();
        summary.render(content);
        try {
            Files.writeString(file, summary.html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> names = Map.of();

    private Map<String, String> indicatorNames() {
        return names;
    }

    private void render(Content c) {
        names = c.indicatorNames();
        html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(c.titleVi())).append("</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px}"
                        + "td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#eef3f8}"
                        + "h1{font-size:1.5em}.note{color:#555;font-style:italic}</style></head><body>\n");
        html.append("<h1>").append(esc(c.titleVi())).append("</h1>\n<p class=\"note\">Tệp kế hoạch: ")
                .append(esc(c.planName())).append(". Các số liệu ngoài Kế hoạch được đánh dấu minh họa trong tệp kế hoạch.</p>\n");

        html.append("<h2>Dự toán kinh phí theo mô hình</h2>\n<table><tr><th>Mô hình</th><th>Dự toán</th><th>Đồng</th></tr>\n");
        Money total = Money.ZERO;
        for (Map.Entry<String, BudgetEstimate> entry : c.budgets().entrySet()) {
            Money amount = entry.getValue().total();
            total = total.plus(amount);
            html.append("<tr><td>").append(esc(c.modelNames().getOrDefault(entry.getKey(), entry.getKey()))).append("</td><td>")
                    .append(esc(amount.toVietnamese())).append("</td><td class=\"n\">").append(esc(MoneyFormat.exactVietnamese(amount)))
                    .append("</td></tr>\n");
        }
        html.append("<tr><th>Tổng cộng</th><th>").append(esc(total.toVietnamese())).append("</th><th class=\"n\">")
                .append(esc(MoneyFormat.exactVietnamese(total))).append("</th></tr></table>\n<p><a href=\"budget.xlsx\">budget.xlsx</a> · "
                        + "<a href=\"budget.csv\">budget.csv</a> · <a href=\"budget.json\">budget.json</a></p>\n");

        if (!c.funding().isEmpty()) {
            html.append("<h2>Kinh phí: kế hoạch, cam kết, tiếp nhận và đã chi (lũy kế)</h2>\n<table><tr><th>Mô hình</th>"
                    + "<th>Kế hoạch</th><th>Cam kết</th><th>Đã tiếp nhận</th><th>Đã chi</th></tr>\n");
            Map<String, Map<String, Number>> bars = new LinkedHashMap<>();
            c.funding().forEach((modelId, columns) -> {
                html.append("<tr><td>").append(esc(c.modelNames().getOrDefault(modelId, modelId))).append("</td>");
                Map<String, Number> series = new LinkedHashMap<>();
                columns.forEach((column, amount) -> {
                    html.append("<td class=\"n\">").append(esc(MoneyFormat.exactVietnamese(amount))).append("</td>");
                    series.put(column, amount.dong() / 1_000_000.0);
                });
                html.append("</tr>\n");
                bars.put(c.modelNames().getOrDefault(modelId, modelId), series);
            });
            html.append("</table>\n");
            image(Charts.bars("Kinh phí theo mô hình: kế hoạch và thực hiện", "triệu đồng", bars),
                    "Biểu đồ kinh phí theo mô hình");
        }

        html.append("<h2>Báo cáo định kỳ: số liệu toàn tỉnh</h2>\n");
        for (Map.Entry<String, Report> entry : c.reports().entrySet()) {
            Report report = entry.getValue();
            String name = entry.getKey();
            html.append("<h3>").append(esc(report.period().labelVi())).append("</h3>\n<p><a href=\"reports/").append(esc(name)).append(".xlsx\">Excel</a> · "
                            + "<a href=\"reports/").append(esc(name)).append(".csv\">CSV</a> · <a href=\"reports/").append(esc(name))
                    .append(".json\">JSON</a></p>\n<table><tr><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Toàn tỉnh</th></tr>\n");
            for (IndicatorDefinition indicator : report.indicators()) {
                Optional<IndicatorValue> value = report.total(indicator.id());
                if (value.isEmpty() || !value.get().isDefined()) {
                    continue;
                }
                html.append("<tr><td>").append(esc(indicator.nameVi())).append("</td><td>").append(esc(indicator.unit()))
                        .append("</td><td class=\"n\">").append(esc(format(value.get(), indicator))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }

        if (!c.simulations().isEmpty()) {
            html.append("<h2>Mô phỏng Monte Carlo</h2>\n<p class=\"note\">").append(esc(c.simulationSettings()))
                    .append(". Đường: giá trị trung bình; dải: từ bách phân vị 5 đến 95.</p>\n");
            for (Map.Entry<String, SimulationSummary> entry : c.simulations().entrySet()) {
                String modelName = c.modelNames().getOrDefault(entry.getKey(), entry.getKey());
                html.append("<h3>").append(esc(modelName)).append("</h3>\n");
                for (Map.Entry<String, Map<Integer, IndicatorStatistics>> indicator : headline(entry.getValue()).entrySet()) {
                    String title = indicatorNames().getOrDefault(indicator.getKey(), indicator.getKey());
                    image(Charts.band(title, "", indicator.getValue()), title);
                    html.append("<p class=\"note\">").append(esc(indicator.getKey())).append("</p>\n");
                    html.append("<table><tr><th>Năm thứ</th><th>Trung bình</th><th>p5</th><th>p50</th><th>p95</th></tr>\n");
                    indicator.getValue().forEach((year, stats) -> html.append("<tr><td>").append(year).append("</td>")
                            .append(cell(stats.mean())).append(cell(stats.p5())).append(cell(stats.p50())).append(cell(stats.p95()))
                            .append("</tr>\n"));
                    html.append("</table>\n");
                }
            }
        }

        if (!c.notes().isEmpty()) {
            html.append("<h2>Ghi chú chạy chương trình</h2>\n<ul>\n");
            c.notes().forEach((model, note) -> html.append("<li><b>").append(esc(c.modelNames().getOrDefault(model, model)))
                    .append("</b>: ").append(esc(note)).append("</li>\n"));
            html.append("</ul>\n");
        }
        if (!c.disclosures().isEmpty()) {
            html.append("<h2>Danh sách niêm yết công khai</h2>\n<ul>\n");
            c.disclosures().forEach((commune, fileName) -> html.append("<li><a href=\"disclosure/").append(esc(fileName))
                    .append("\">").append(esc(commune)).append("</a></li>\n"));
            html.append("</ul>\n");
        }
        html.append("</body></html>\n");
    }

    /** Suffixes of the indicators charted first: households reached, herd by species, coverage … */
    private static final List<String> HEADLINE_ORDER = List.of(".households-reached", ".households-equipped",
            "cattle-female", "cattle-male", "goat-female", "goat-male", ".herd-value", ".coverage", ".recognised",
            ".operating", ".survival-share", ".spent");

    /** The indicators worth a chart: programme-wide ones (no unit code in the id), headline ones first, at most six. */
    static Map<String, Map<Integer, IndicatorStatistics>> headline(SimulationSummary summary) {
        List<String> ids = new java.util.ArrayList<>();
        for (String id : summary.indicators().keySet()) {
            if (!id.contains("QNA") && !id.contains("DNG")) {
                ids.add(id);
            }
        }
        ids.sort(java.util.Comparator.comparingInt(HtmlSummary::rank).thenComparing(java.util.Comparator.naturalOrder()));
        Map<String, Map<Integer, IndicatorStatistics>> chosen = new LinkedHashMap<>();
        for (String id : ids.subList(0, Math.min(6, ids.size()))) {
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

    private void image(String dataUri, String alt) {
        html.append("<p><img alt=\"").append(esc(alt)).append("\" src=\"").append(dataUri).append("\"></p>\n");
    }

    private static String cell(double value) {
        return "<td class=\"n\">" + String.format(java.util.Locale.ROOT, "%,.2f", value) + "</td>";
    }

    static String format(IndicatorValue value, IndicatorDefinition indicator) {
        if (indicator.aggregation() == org.ketnghia.core.reporting.Aggregation.RATIO_OF_SUMS && "%".equals(indicator.unit())) {
            // a share with the unit "%" is shown as a percentage, as the CSV and JSON exports do: 435/487 → 89,3 %
            return java.math.BigDecimal.valueOf(value.numerator()).multiply(java.math.BigDecimal.valueOf(100))
                    .divide(java.math.BigDecimal.valueOf(value.denominator()), 1, java.math.RoundingMode.HALF_EVEN)
                    .toPlainString().replace('.', ',') + " %";
        }
        if (value.isWhole()) {
            long whole = value.numerator() / value.denominator();
            return "đồng".equals(indicator.unit()) ? MoneyFormat.exactVietnamese(Money.ofDong(whole))
                    : String.format(java.util.Locale.ROOT, "%,d", whole).replace(',', '.');
        }
        return value.toDecimal(2).toPlainString();
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Columns of the funding table, in order. */
    public static final List<String> FUNDING_COLUMNS = List.of("Kế hoạch", "Cam kết", "Đã tiếp nhận", "Đã chi");
}
