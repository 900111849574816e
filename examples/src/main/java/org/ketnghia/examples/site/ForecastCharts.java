package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
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
 * value (<i>giá trị đàn</i>) and, when households were waiting at the start, the households still waiting.
 *
 * <p>Each picture is drawn once and shown on both pages. Herd value is the exception the pages ask for: the own page
 * charts it in đồng, the site in the unit an official reads (triệu or tỷ đồng, chosen from the largest value), so it
 * is two pictures — one when the values stay below a million đồng. Immutable and thread-safe.
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

    /** The charts of one area on each page, in the order the pages show them. */
    private record AreaCharts(List<Chart> ownPage, List<Chart> sitePage) {
    }

    private final Map<AreaForecast, AreaCharts> byArea;

    private ForecastCharts(Map<AreaForecast, AreaCharts> byArea) {
        this.byArea = byArea;
    }

    /** Draws the charts of every area of {@code report} above the groups. */
    public static ForecastCharts draw(ForecastReport report) {
        requireNonNull(report, "report");
        Map<BandChart.Drawing, String> drawn = new HashMap<>();
        Map<AreaForecast, AreaCharts> byArea = new LinkedHashMap<>();
        for (AreaForecast area : report.areas()) {
            if (area.level().equals(ForecastReport.GROUP)) {
                continue;
            }
            List<Chart> ownPage = new ArrayList<>();
            List<Chart> sitePage = new ArrayList<>();
            String herdSize = "Tổng đàn cuối năm — " + area.nameVi();
            Chart herd = chart(drawn, new IndicatorLabel(herdSize, "con", ValueKind.COUNT), area, YearForecast::herdSize);
            ownPage.add(herd);
            sitePage.add(herd);
            String herdValue = "Giá trị đàn cuối năm — " + area.nameVi();
            // the own page's axis is in đồng as the report counts them: a quantity in its own unit, never rescaled
            ownPage.add(chart(drawn, new IndicatorLabel(herdValue, "đồng", ValueKind.COUNT), area, YearForecast::herdValue));
            sitePage.add(chart(drawn, new IndicatorLabel(herdValue, "đồng", ValueKind.MONEY), area, YearForecast::herdValue));
            if (area.waitingAtStart() > 0) {
                Chart waiting = chart(drawn, new IndicatorLabel("Hộ còn chờ nhận con giống — " + area.nameVi(), "hộ",
                        ValueKind.COUNT), area, YearForecast::waiting);
                ownPage.add(waiting);
                sitePage.add(waiting);
            }
            byArea.put(area, new AreaCharts(List.copyOf(ownPage), List.copyOf(sitePage)));
        }
        return new ForecastCharts(byArea);
    }

    /**
     * The charts of {@code area} on the forecast's own page: herd size, herd value in đồng, households still waiting.
     *
     * @throws IllegalArgumentException when {@code area} is not an area above the groups of the forecast drawn
     */
    public List<Chart> ownPage(AreaForecast area) {
        return of(area).ownPage();
    }

    /** The charts of {@code area} on the site's page: as {@link #ownPage}, herd value in triệu or tỷ đồng. */
    List<Chart> sitePage(AreaForecast area) {
        return of(area).sitePage();
    }

    private AreaCharts of(AreaForecast area) {
        AreaCharts charts = byArea.get(requireNonNull(area, "area"));
        if (charts == null) {
            throw new IllegalArgumentException("area: " + area.code() + " (" + area.level()
                    + ") is no area above the groups of the forecast these charts were drawn for");
        }
        return charts;
    }

    /** The chart of {@code label} over {@code area}'s years; a picture already drawn is not drawn again. */
    private static Chart chart(Map<BandChart.Drawing, String> drawn, IndicatorLabel label, AreaForecast area,
            Function<YearForecast, Band> values) {
        List<BandChart.Year> years = new ArrayList<>();
        for (YearForecast year : area.years()) {
            Band band = values.apply(year);
            years.add(new BandChart.Year(year.year(), band.mean(), band.p5(), band.p95()));
        }
        BandChart chart = BandChart.of(label, years);
        return new Chart(label.nameVi(), drawn.computeIfAbsent(chart.drawing(), drawing -> chart.dataUri()),
                chart.caption());
    }
}
