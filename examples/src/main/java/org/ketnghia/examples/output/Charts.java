package org.ketnghia.examples.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.ketnghia.core.simulation.IndicatorStatistics;

/**
 * Charts drawn with JFreeChart and embedded in HTML as PNG data URIs, so the summary opens offline
 * with no script.
 */
public final class Charts {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** A line of the mean per programme year with its p5–p95 band. */
    static String band(String title, String yLabel, Map<Integer, IndicatorStatistics> byYear) {
        YIntervalSeries series = bandSeries();
        byYear.forEach((year, stats) -> series.add(year, stats.mean(), stats.p5(), stats.p95()));
        return band(title, yLabel, series);
    }

    /** An empty series for {@link #band(String, String, YIntervalSeries)}: add (year, mean, p5, p95) to it. */
    public static YIntervalSeries bandSeries() {
        return new YIntervalSeries("Trung bình (dải p5–p95)");
    }

    /** A line of the mean per programme year with its p5–p95 band, from a {@link #bandSeries()}; a data URI. */
    public static String band(String title, String yLabel, YIntervalSeries series) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Năm thứ", yLabel, data, PlotOrientation.VERTICAL, true,
                false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(0, 92, 153));
        renderer.setSeriesFillPaint(0, new Color(120, 180, 220));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setAlpha(0.35f);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        vietnameseNumbers((NumberAxis) plot.getRangeAxis());
        return png(chart);
    }

    /** Grouped bars: one group per category, one bar per series; a PNG data URI. */
    public static String bars(String title, String yLabel, Map<String, Map<String, Number>> seriesByCategory) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        seriesByCategory.forEach((category, series) -> series.forEach((name, value) -> data.addValue(value, name, category)));
        JFreeChart chart = ChartFactory.createBarChart(title, "", yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(3);
        Color[] palette = {new Color(0, 92, 153), new Color(120, 180, 220), new Color(46, 139, 87), new Color(230, 145, 56)};
        for (int series = 0; series < palette.length; series++) {
            chart.getCategoryPlot().getRenderer().setSeriesPaint(series, palette[series]);
        }
        ((org.jfree.chart.renderer.category.BarRenderer) chart.getCategoryPlot().getRenderer())
                .setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        ((org.jfree.chart.renderer.category.BarRenderer) chart.getCategoryPlot().getRenderer()).setShadowVisible(false);
        vietnameseNumbers((NumberAxis) chart.getCategoryPlot().getRangeAxis());
        return png(chart);
    }

    /**
     * Ticks written as Vietnamese readers write numbers, dots between thousands and a decimal comma
     * ({@code 25.000}, {@code 2,5}), never in scientific notation ({@code 2.5E10}).
     */
    public static void vietnameseNumbers(NumberAxis axis) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", symbols));
    }

    private static String png(JFreeChart chart) {
        return png(chart, WIDTH, HEIGHT);
    }

    /** {@code chart} on a white background as a PNG of {@code width} × {@code height}, in a data URI. */
    public static String png(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
