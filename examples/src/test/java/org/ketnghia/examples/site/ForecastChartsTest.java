package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.examples.site.PlanningFixtures.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jfree.data.xy.YIntervalSeries;
import org.ketnghia.examples.output.Charts;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.forecast.ForecastReport.AreaForecast;
import org.ketnghia.livestock.forecast.ForecastReport.Band;
import org.ketnghia.livestock.forecast.ForecastReport.YearForecast;
import org.junit.jupiter.api.Test;

/** A forecast's charts, drawn once and shown alike on its own page and its page of the summary site. */
class ForecastChartsTest {

    private static final ForecastReport REPORT = forecast(LocalDate.of(2025, 1, 1));
    private static final AreaForecast PROGRAMME = REPORT.programme();

    @Test
    void herdSizeAndHouseholdsWaiting_areChartedInTheirOwnUnits() {
        List<ForecastCharts.Chart> charts = ForecastCharts.draw(REPORT).forArea(PROGRAMME);

        assertThat(charts).extracting(ForecastCharts.Chart::titleVi).containsExactly(
                "Tổng đàn cuối năm — Toàn chương trình", "Giá trị đàn cuối năm — Toàn chương trình",
                "Hộ còn chờ nhận con giống — Toàn chương trình");
        assertThat(charts.get(0).dataUri())
                .isEqualTo(Charts.band(charts.get(0).titleVi(), "con", drawn(PROGRAMME, YearForecast::herdSize, 1)));
        assertThat(charts.get(2).dataUri())
                .isEqualTo(Charts.band(charts.get(2).titleVi(), "hộ", drawn(PROGRAMME, YearForecast::waiting, 1)));
    }

    @Test
    void herdValue_isChartedInTheUnitAnOfficialReads_neverInRawDong() {
        ForecastCharts.Chart herdValue = ForecastCharts.draw(REPORT).forArea(PROGRAMME).get(1);
        String title = "Giá trị đàn cuối năm — Toàn chương trình";

        // the fixture's herd is worth 800 million to 1,100 million đồng: the axis is in tỷ đồng
        assertThat(herdValue.dataUri())
                .isEqualTo(Charts.band(title, "tỷ đồng", drawn(PROGRAMME, YearForecast::herdValue, 1_000_000_000)))
                .isNotEqualTo(Charts.band(title, "đồng", drawn(PROGRAMME, YearForecast::herdValue, 1)));
        assertThat(herdValue.captionVi()).endsWith("Đơn vị: tỷ đồng.");
    }

    @Test
    void onlyTheAreasAboveTheGroupsHaveCharts() {
        ForecastCharts charts = ForecastCharts.draw(REPORT);
        AreaForecast group = REPORT.areas(ForecastReport.GROUP).get(0);

        assertThat(charts.forArea(REPORT.areas(ForecastReport.DISTRICT).get(0))).hasSize(3);
        assertThatThrownBy(() -> charts.forArea(group)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(group.code());
    }

    /** The band of {@code values} by year as a chart with an axis in units of {@code divisor} draws it. */
    private static YIntervalSeries drawn(AreaForecast area, Function<YearForecast, Band> values, long divisor) {
        YIntervalSeries series = Charts.bandSeries();
        for (YearForecast year : area.years()) {
            Band band = values.apply(year);
            series.add(year.year(), band.mean() / divisor, band.p5() / divisor, band.p95() / divisor);
        }
        return series;
    }
}
