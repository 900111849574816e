package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.ketnghia.livestock.scenarios.IndicatorResult;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioIndicator;
import org.ketnghia.livestock.scenarios.ScenarioRow;
import org.ketnghia.livestock.scenarios.SensitivityEntry;

/**
 * The two charts of a scenario comparison (<i>so sánh kịch bản</i>), drawn as {@link Charts} draws the others: one
 * indicator per scenario, its p5–p95 band as a floating bar and its mean as a point; and the sensitivity "tornado",
 * the lowest and highest difference from the baseline per dimension. Both are PNG data URIs, so a page opens offline.
 * The comparison's own page ({@code compare.html}) and the summary site's comparison page show them, drawn once per
 * comparison ({@link org.ketnghia.examples.site.ComparisonCharts}). Stateless and thread-safe.
 */
public final class ScenarioCharts {

    /** The width of both charts, in pixels. */
    public static final int WIDTH = 900;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ScenarioCharts() {
    }

    /** The height of {@link #bands}'s chart for {@code comparison}, in pixels: room for every scenario. */
    public static int bandsHeight(ScenarioComparison comparison) {
        return 160 + 22 * comparison.rows().size();
    }

    /** The height of {@link #sensitivity}'s chart for {@code comparison}, in pixels: room for every dimension. */
    public static int sensitivityHeight(ScenarioComparison comparison) {
        return 160 + 50 * Math.max(1, comparison.sensitivity().size());
    }

    /**
     * {@code indicator} per scenario of {@code comparison}: its p5–p95 band as a floating bar and its mean as a point,
     * each scenario named by {@code scenarioLabels} (one per row, in order, each different).
     *
     * @throws IllegalArgumentException when the labels do not match the rows one for one
     */
    public static String bands(ScenarioComparison comparison, ScenarioIndicator indicator, List<String> scenarioLabels,
            boolean vietnameseTicks) {
        requireNonNull(comparison, "comparison");
        requireNonNull(indicator, "indicator");
        List<ScenarioRow> rows = comparison.rows();
        if (scenarioLabels.size() != rows.size() || scenarioLabels.stream().distinct().count() != rows.size()) {
            throw new IllegalArgumentException("scenarioLabels: " + scenarioLabels.size() + " labels, each different, are"
                    + " needed for " + rows.size() + " scenarios");
        }
        String[] scenarios = scenarioLabels.toArray(String[]::new);
        Number[][] starts = new Number[1][rows.size()];
        Number[][] ends = new Number[1][rows.size()];
        DefaultCategoryDataset means = new DefaultCategoryDataset();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorResult result = rows.get(i).result(indicator.key()).orElseThrow();
            starts[0][i] = result.p5();
            ends[0][i] = result.p95();
            means.addValue(result.mean(), "Trung bình", scenarios[i]);
        }
        DefaultIntervalCategoryDataset bands = new DefaultIntervalCategoryDataset(new String[] {"Dải p5–p95"},
                scenarios, starts, ends);
        IntervalBarRenderer bandRenderer = new IntervalBarRenderer();
        bandRenderer.setSeriesPaint(0, new Color(120, 180, 220));
        bandRenderer.setIncludeBaseInRange(false);
        bandRenderer.setBarPainter(new StandardBarPainter());
        bandRenderer.setShadowVisible(false);
        CategoryAxis scenarioAxis = new CategoryAxis("");
        scenarioAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(bands, scenarioAxis, new NumberAxis(indicator.labelVi()), bandRenderer);
        LineAndShapeRenderer meanRenderer = new LineAndShapeRenderer(false, true);
        meanRenderer.setSeriesPaint(0, new Color(0, 92, 153));
        plot.setDataset(1, means);
        plot.setRenderer(1, meanRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        if (vietnameseTicks) {
            Charts.vietnameseNumbers((NumberAxis) plot.getRangeAxis());
        }
        return Charts.png(new JFreeChart(indicator.labelVi(), JFreeChart.DEFAULT_TITLE_FONT, plot, true), WIDTH,
                bandsHeight(comparison));
    }

    /** A tornado: per dimension, the lowest and the highest difference from the baseline of the ranking indicator. */
    public static String sensitivity(ScenarioComparison comparison) {
        requireNonNull(comparison, "comparison");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SensitivityEntry entry : comparison.sensitivity()) {
            String category = entry.rank() + ". " + entry.labelVi();
            data.addValue(entry.lowestDifference(), "Chênh lệch thấp nhất", category);
            data.addValue(entry.highestDifference(), "Chênh lệch cao nhất", category);
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setSeriesPaint(0, new Color(200, 90, 60));
        renderer.setSeriesPaint(1, new Color(0, 92, 153));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(""), new NumberAxis("Chênh lệch so với cơ sở"), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        Charts.vietnameseNumbers((NumberAxis) plot.getRangeAxis());
        String title = "Độ nhạy: " + comparison.indicator(comparison.rankingIndicator()).orElseThrow().labelVi();
        return Charts.png(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), WIDTH,
                sensitivityHeight(comparison));
    }
}
