package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.forecast.ForecastReport.AreaForecast;
import org.ketnghia.livestock.forecast.ForecastReport.Band;
import org.ketnghia.livestock.forecast.ForecastReport.YearForecast;

/**
 * The charts of a forecast from the ledger (<i>dự báo từ sổ cái</i>), drawn once for the two pages that show them:
 * the forecast's own page ({@code forecast.html}, beside its files) and its page of the summary site. For the
 * programme and each district, by programme year, the mean with its p5–p95 band: herd size (<i>tổng đàn</i>), herd
 * value (<i>giá trị đàn</i>, in the unit an official reads: đồng, triệu or tỷ đồng, chosen from the largest value)
 * and, when households were waiting at the start, the households still waiting. Both pages show the same pictures.
 * Immutable and thread-safe.
 */
public final class ForecastCharts {

    /**
     * A chart as a page shows it.
     *
     * @param titleVi its title, which also says what it is to a reader who cannot see it
     * @param dataUri the PNG, as a data URI
     * @param captionVi what it shows and in which unit
     */
    public record Chart(String titleVi, String dataUri, String captionVi) {
    }

    private final Map<AreaForecast, List<Chart>> byArea;

    private ForecastCharts(Map<AreaForecast, List<Chart>> byArea) {
        this.byArea = byArea;
    }

    /** Draws the charts of every area of {@code report} above the groups. */
    public static ForecastCharts draw(ForecastReport report) {
        requireNonNull(report, "report");
        Map<AreaForecast, List<Chart>> byArea = new LinkedHashMap<>();
        for (AreaForecast area : report.areas()) {
            if (area.level().equals(ForecastReport.GROUP)) {
                continue;
            }
            List<Chart> charts = new ArrayList<>();
            charts.add(chart(new IndicatorLabel("Tổng đàn cuối năm — " + area.nameVi(), "con", ValueKind.COUNT), area,
                    YearForecast::herdSize));
            charts.add(chart(new IndicatorLabel("Giá trị đàn cuối năm — " + area.nameVi(), "đồng", ValueKind.MONEY), area,
                    YearForecast::herdValue));
            if (area.waitingAtStart() > 0) {
                charts.add(chart(new IndicatorLabel("Hộ còn chờ nhận con giống — " + area.nameVi(), "hộ", ValueKind.COUNT),
                        area, YearForecast::waiting));
            }
            byArea.put(area, List.copyOf(charts));
        }
        return new ForecastCharts(byArea);
    }

    /**
     * The charts of {@code area}, in the order both pages show them: herd size, herd value, households still waiting
     * (when any were waiting at the start).
     *
     * @throws IllegalArgumentException when {@code area} is not an area above the groups of the forecast drawn
     */
    public List<Chart> forArea(AreaForecast area) {
        List<Chart> charts = byArea.get(requireNonNull(area, "area"));
        if (charts == null) {
            throw new IllegalArgumentException("area: " + area.code() + " (" + area.level()
                    + ") is no area above the groups of the forecast these charts were drawn for");
        }
        return charts;
    }

    /** The chart of {@code label} over {@code area}'s years. */
    private static Chart chart(IndicatorLabel label, AreaForecast area, Function<YearForecast, Band> values) {
        List<BandChart.Year> years = new ArrayList<>();
        for (YearForecast year : area.years()) {
            Band band = values.apply(year);
            years.add(new BandChart.Year(year.year(), band.mean(), band.p5(), band.p95()));
        }
        BandChart chart = BandChart.of(label, years);
        return new Chart(label.nameVi(), chart.dataUri(), chart.caption());
    }
}
