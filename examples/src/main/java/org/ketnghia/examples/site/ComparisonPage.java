package org.ketnghia.examples.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.examples.output.ScenarioCharts;
import org.ketnghia.examples.site.SiteTable.Cell;
import org.ketnghia.livestock.calibration.CalibrationReport;
import org.ketnghia.livestock.calibration.ParameterEstimate;
import org.ketnghia.livestock.scenarios.DimensionLevels;
import org.ketnghia.livestock.scenarios.IndicatorResult;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioDimension;
import org.ketnghia.livestock.scenarios.ScenarioIndicator;
import org.ketnghia.livestock.scenarios.ScenarioRow;
import org.ketnghia.livestock.scenarios.SensitivityEntry;

/**
 * The page of the scenario comparison (<i>so sánh kịch bản</i>): the scenario table (each indicator's mean with its
 * p5–p95 band and the paired difference from the baseline), the chart of the ranking indicator per scenario, the
 * sensitivity ranking with its chart and, when the demography was calibrated on the ledger, the estimates.
 */
final class ComparisonPage {

    /** What the calibration's exposure units count, in Vietnamese. */
    private static final Map<String, String> EXPOSURE_UNITS = Map.of("animal-months", "con-tháng",
            "female-months", "con cái-tháng", "litters", "lứa", "young", "con non", "females", "con cái");

    private ComparisonPage() {
    }

    /** The page's title, naming the calibration date when there is one. */
    static String title(Optional<CalibrationReport> calibration) {
        return "So sánh kịch bản chăn nuôi quay vòng" + calibration.map(report -> " — hiệu chỉnh theo sổ cái đến ngày "
                + PeriodPage.date(report.asOf())).orElse("");
    }

    /** The page of {@code comparison}, showing {@code charts}, drawn from it. */
    static String render(SiteContext context, PlanningPage entry, ScenarioComparison comparison, ComparisonCharts charts,
            Optional<CalibrationReport> calibration, List<SiteLink> files) {
        HtmlPage page = HtmlPage.inner(context, entry.titleVi(), new HtmlPage.Crumb(PlanningListPage.TITLE,
                SitePaths.PLANNING)).headJson(PlanningPage.JSON_ID, entry.toJson());
        page.paragraph(SiteFormat.count(comparison.rows().size()) + " kịch bản × " + SiteFormat.count(comparison.replicates())
                + " lần lặp, hạt giống " + comparison.masterSeed() + ", " + comparison.years() + " năm. Mọi kịch bản dùng cùng"
                + " dãy số ngẫu nhiên (lần lặp thứ i giống nhau ở mọi kịch bản), nên chênh lệch so với kịch bản cơ sở là do"
                + " kịch bản, không phải do nhiễu; ± là sai số chuẩn của chênh lệch ghép cặp.");
        page.paragraph(calibration.map(report -> "Tham số đàn được hiệu chỉnh theo sổ cái đến hết ngày "
                + PeriodPage.date(report.asOf()) + " (tháng điều tra cuối " + report.lastCensus().getMonthValue() + "/"
                + report.lastCensus().getYear() + ") và so sánh ở mức \"hiệu chỉnh\" bên cạnh mức \"giả định\".")
                .orElse("Không dùng sổ cái: các kịch bản chỉ dựa trên tệp kế hoạch và tham số đàn giả định."));
        page.note("Các số là kết quả mô phỏng, không phải số liệu thực tế. Mỗi ô ghi giá trị trung bình của các lần lặp và,"
                + " trong ngoặc vuông, dải từ bách phân vị thứ 5 (p5) đến bách phân vị thứ 95 (p95). " + SiteFormat.EXACT_MONEY_VI);
        page.links(files.stream().map(file -> new String[] {file.labelVi(), file.path()}).toList());

        page.heading("Bảng so sánh", "bang-so-sanh");
        page.table(scenarios(comparison));
        ScenarioIndicator ranking = comparison.indicator(comparison.rankingIndicator()).orElseThrow();
        page.heading(ranking.labelVi() + " theo kịch bản", "bieu-do");
        page.chart(charts.sitePageRanking(), "Biểu đồ: "
                + ranking.labelVi() + " theo kịch bản", ranking.labelVi() + " theo kịch bản: thanh tô màu là dải từ p5 đến"
                + " p95, chấm là giá trị trung bình. Các kịch bản đánh số như cột \"Số trên biểu đồ\" của bảng so sánh.",
                ScenarioCharts.WIDTH, ScenarioCharts.bandsHeight(comparison));

        page.heading("Xếp hạng độ nhạy", "do-nhay");
        page.note("Chiều nào làm " + lowerFirst(ranking.labelVi()) + " thay đổi nhiều nhất khi các chiều khác giữ như kịch"
                + " bản cơ sở: biên độ là chênh lệch cao nhất trừ chênh lệch thấp nhất so với cơ sở.");
        page.table(sensitivity(comparison));
        page.chart(charts.sensitivity(), "Biểu đồ xếp hạng độ nhạy", "Chênh lệch thấp nhất và cao nhất"
                + " so với kịch bản cơ sở theo từng chiều, xếp theo biên độ.", ScenarioCharts.WIDTH,
                ScenarioCharts.sensitivityHeight(comparison));
        calibration.ifPresent(report -> {
            page.heading("Hiệu chỉnh tham số đàn", "hieu-chinh");
            page.table(calibrationTable(report));
        });
        return page.render();
    }

    private static SiteTable scenarios(ScenarioComparison comparison) {
        List<String> headers = new ArrayList<>();
        for (ScenarioDimension dimension : ScenarioDimension.values()) {
            headers.add(dimension.labelVi());
        }
        headers.add("Số trên biểu đồ");
        headers.add("Cơ sở");
        for (ScenarioIndicator indicator : comparison.indicators()) {
            headers.add(indicator.labelVi() + ": trung bình [p5 – p95]");
            headers.add(indicator.labelVi() + ": chênh lệch ± sai số chuẩn");
        }
        boolean money = comparison.indicators().stream().anyMatch(indicator -> kindOf(indicator) == ValueKind.MONEY);
        SiteTable table = new SiteTable("Các kịch bản (kịch bản cơ sở đánh dấu ở cột \"Cơ sở\")"
                + (money ? "; " + SiteFormat.MONEY_ROUNDING_VI : ""), headers);
        List<ScenarioRow> rows = comparison.rows();
        for (int i = 0; i < rows.size(); i++) {
            ScenarioRow row = rows.get(i);
            List<Cell> cells = new ArrayList<>();
            row.levelLabelsVi().forEach(label -> cells.add(Cell.text(label)));
            cells.add(Cell.number(Integer.toString(i + 1), Integer.toString(i + 1)));
            cells.add(Cell.text(row.baseline() ? "cơ sở" : ""));
            for (ScenarioIndicator indicator : comparison.indicators()) {
                ValueKind kind = kindOf(indicator);
                Optional<IndicatorResult> result = row.result(indicator.key());
                cells.add(result.map(value -> band(value, kind)).orElse(Cell.empty()));
                cells.add(result.map(value -> row.baseline() ? Cell.text("cơ sở") : difference(value, kind))
                        .orElse(Cell.empty()));
            }
            table.row(cells);
        }
        return table;
    }

    private static SiteTable sensitivity(ScenarioComparison comparison) {
        ValueKind kind = kindOf(comparison.indicator(comparison.rankingIndicator()).orElseThrow());
        SiteTable table = new SiteTable("Xếp hạng độ nhạy" + (kind == ValueKind.MONEY ? ": " + SiteFormat.MONEY_ROUNDING_VI
                : ""), List.of("Hạng", "Chiều", "Biên độ", "Mức thấp nhất",
                "Chênh lệch thấp nhất", "Mức cao nhất", "Chênh lệch cao nhất", "Biên độ hiệu ứng chính (cả lưới)"));
        for (SensitivityEntry entry : comparison.sensitivity()) {
            table.row(List.of(Cell.number(Integer.toString(entry.rank()), Integer.toString(entry.rank())),
                    Cell.text(entry.labelVi()), number(entry.swing(), kind),
                    Cell.text(levelVi(comparison, entry.dimension(), entry.lowestLevel())),
                    signedNumber(entry.lowestDifference(), kind),
                    Cell.text(levelVi(comparison, entry.dimension(), entry.highestLevel())),
                    signedNumber(entry.highestDifference(), kind),
                    entry.mainEffectSwing().map(swing -> number(swing, kind)).orElse(Cell.text("—"))));
        }
        return table;
    }

    private static SiteTable calibrationTable(CalibrationReport calibration) {
        SiteTable table = new SiteTable("Ước lượng tham số đàn theo sổ cái, khoảng tin cậy 95 %", List.of("Loài", "Tham số",
                "Ước lượng", "Khoảng tin cậy 95 %", "Giả định", "Số liệu", "Nhận xét"));
        for (ParameterEstimate estimate : calibration.estimates()) {
            String species = estimate.species().label().vi();
            table.row(List.of(Cell.text(Character.toUpperCase(species.charAt(0)) + species.substring(1)), Cell.text(estimate.labelVi()),
                    estimate.estimate().isPresent() ? precise(estimate.estimate().getAsDouble()) : Cell.text("—"),
                    Cell.text(estimate.lower95().isPresent() && estimate.upper95().isPresent()
                            ? SiteFormat.significant(estimate.lower95().getAsDouble()) + " – "
                                    + SiteFormat.significant(estimate.upper95().getAsDouble())
                            : "—"),
                    precise(estimate.assumed()),
                    Cell.number(SiteFormat.decimal(estimate.exposure(), 1) + " "
                            + EXPOSURE_UNITS.getOrDefault(estimate.exposureUnit(), estimate.exposureUnit()),
                            Double.toString(estimate.exposure())),
                    Cell.text(!estimate.sufficientData() ? "chưa đủ số liệu"
                            : estimate.excludesAssumption() ? "khác giả định" : "phù hợp giả định")));
        }
        return table;
    }

    /** The Vietnamese label of the level {@code level} of {@code dimension}, or the level itself when none is given. */
    static String levelVi(ScenarioComparison comparison, ScenarioDimension dimension, String level) {
        for (DimensionLevels levels : comparison.dimensions()) {
            int index = levels.levels().indexOf(level);
            if (levels.dimension() == dimension && index >= 0 && index < levels.labelsVi().size()) {
                return levels.labelsVi().get(index);
            }
        }
        return level;
    }

    /** Money for the herd value, a count for the others (households, pass-ons). */
    static ValueKind kindOf(ScenarioIndicator indicator) {
        return IndicatorLabels.of(Map.of()).label(indicator.indicatorId()).kind();
    }

    /** An indicator's mean and, in square brackets, p5 – p95; money in triệu or tỷ đồng, exact in the title. */
    private static Cell band(IndicatorResult value, ValueKind kind) {
        if (kind == ValueKind.MONEY) {
            return Cell.number(SiteFormat.moneyBandInUnit(value.mean(), value.p5(), value.p95()),
                    Double.toString(value.mean()), SiteFormat.exactBand(value.mean(), value.p5(), value.p95()));
        }
        return Cell.number(SiteFormat.value(value.mean(), kind) + " [" + SiteFormat.value(value.p5(), kind) + " – "
                + SiteFormat.value(value.p95(), kind) + "]", Double.toString(value.mean()));
    }

    /** The paired difference from the baseline ± its standard error, each money amount in the unit its size calls for. */
    private static Cell difference(IndicatorResult value, ValueKind kind) {
        return Cell.number(signed(value.difference(), kind) + " ± " + SiteFormat.computed(value.differenceStandardError(),
                kind), Double.toString(value.difference()), kind == ValueKind.MONEY ? "chênh lệch "
                + SiteFormat.money(value.difference()) + "; sai số chuẩn " + SiteFormat.money(value.differenceStandardError())
                : null);
    }

    private static Cell number(double value, ValueKind kind) {
        return Cell.number(SiteFormat.computed(value, kind), Double.toString(value), exact(value, kind));
    }

    private static Cell signedNumber(double value, ValueKind kind) {
        return Cell.number(signed(value, kind), Double.toString(value), exact(value, kind));
    }

    /** The exact đồng of a computed amount, for its cell's title; null for other kinds. */
    private static String exact(double value, ValueKind kind) {
        return kind == ValueKind.MONEY ? SiteFormat.money(value) : null;
    }

    private static String signed(double value, ValueKind kind) {
        return (value > 0 ? "+" : "") + SiteFormat.computed(value, kind);
    }

    private static Cell precise(double value) {
        return Cell.number(SiteFormat.significant(value), Double.toString(value));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
