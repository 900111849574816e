package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jfree.data.xy.YIntervalSeries;
import org.ketnghia.examples.output.Charts;

/**
 * A band chart by programme year: the mean of the replicates as a line, the band from p5 to p95 shaded, drawn in the
 * unit an official reads (shares in per cent; money in đồng, triệu or tỷ đồng, chosen from the largest value; counts
 * in their own unit), with a caption that names that unit. The one chart of a model page's Monte Carlo summary and of
 * a forecast page. Immutable.
 */
final class BandChart {

    /** One programme year's values: the mean and the band from p5 to p95, in the indicator's own unit. */
    record Year(int year, double mean, double p5, double p95) {
    }

    private final IndicatorLabel label;
    private final List<Year> years;
    private final MoneyScale scale;

    private BandChart(IndicatorLabel label, List<Year> years) {
        this.label = label;
        this.years = years;
        this.scale = MoneyScale.forLargest(years.stream().mapToDouble(year -> Math.max(Math.abs(year.mean()),
                Math.max(Math.abs(year.p5()), Math.abs(year.p95())))).max().orElse(0));
    }

    /** The chart of {@code label} over {@code years}, in their order. */
    static BandChart of(IndicatorLabel label, List<Year> years) {
        return new BandChart(requireNonNull(label, "label"), List.copyOf(years));
    }

    /** The unit of the vertical axis: {@code "%"}, {@code "tỷ đồng"}, {@code "con"}… */
    String unitVi() {
        return switch (label.kind()) {
            case SHARE -> "%";
            case MONEY -> scale.unitVi();
            case COUNT -> label.unit().isEmpty() ? "số lượng" : label.unit();
        };
    }

    /** The values as drawn: shares times 100, money divided into the axis's unit. */
    YIntervalSeries series() {
        YIntervalSeries series = Charts.bandSeries();
        years.forEach(year -> series.add(year.year(), shown(year.mean()), shown(year.p5()), shown(year.p95())));
        return series;
    }

    /** The chart as a PNG data URI. */
    String dataUri() {
        return Charts.band(label.nameVi(), unitVi(), series());
    }

    /** What the chart shows, and in which unit. */
    String caption() {
        return label.nameVi() + ", theo năm của chương trình. Đường đậm: giá trị trung bình của các lần lặp; dải tô màu: từ "
                + "bách phân vị thứ 5 (p5) đến bách phân vị thứ 95 (p95), tức 90 % số lần lặp cho giá trị nằm trong dải. "
                + "Đơn vị: " + unitVi() + ".";
    }

    /** Adds the chart with its caption to {@code page}; {@code alt} says what it is to a reader who cannot see it. */
    void addTo(HtmlPage page, String alt) {
        page.chart(dataUri(), alt, caption());
    }

    private double shown(double value) {
        return switch (label.kind()) {
            case SHARE -> value * 100;
            case MONEY -> scale.scale(value);
            case COUNT -> value;
        };
    }
}
