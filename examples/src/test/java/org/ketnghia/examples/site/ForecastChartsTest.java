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

/** A forecast's charts, drawn once for its own page and its page of the summary site. */
class ForecastChartsTest {

    private static final ForecastReport REPORT = forecast(LocalDate.of(2025, 1, 1));
    private static final AreaForecast PROGRAMME = REPORT.programme();

    @Test
    void herdSizeAndHouseholdsWaiting_areOnePictureOnBothPages() {
        ForecastCharts charts = ForecastCharts.draw(REPORT);

        List<ForecastCharts.Chart> own = charts.ownPage(PROGRAMME);
        List<ForecastCharts.Chart> site = charts.sitePage(PROGRAMME);

        assertThat(own).extracting(ForecastCharts.Chart::titleVi).containsExactly("Tổng đàn cuối năm — Toàn chương trình",
                "Giá trị đàn cuối năm — Toàn chương trình", "Hộ còn chờ nhận con giống — Toàn chương trình");
        assertThat(site).extracting(ForecastCharts.Chart::titleVi)
                .containsExactlyElementsOf(own.stream().map(ForecastCharts.Chart::titleVi).toList());
        assertThat(own.get(0).dataUri()).isSameAs(site.get(0).dataUri())
                .isEqualTo(Charts.band(own.get(0).titleVi(), "con", raw(PROGRAMME, YearForecast::herdSize)));
        assertThat(own.get(2).dataUri()).isSameAs(site.get(2).dataUri())
                .isEqualTo(Charts.band(own.get(2).titleVi(), "hộ", raw(PROGRAMME, YearForecast::waiting)));
    }

    @Test
    void herdValue_isInDongOnTheOwnPage_andInTheUnitAnOfficialReadsOnTheSite() {
        ForecastCharts charts = ForecastCharts.draw(REPORT);
        String title = "Giá trị đàn cuối năm — Toàn chương trình";

        assertThat(charts.ownPage(PROGRAMME).get(1).dataUri())
                .isEqualTo(Charts.band(title, "đồng", raw(PROGRAMME, YearForecast::herdValue)))
                .isNotEqualTo(charts.sitePage(PROGRAMME).get(1).dataUri());
        assertThat(charts.sitePage(PROGRAMME).get(1).captionVi()).endsWith("Đơn vị: tỷ đồng.");
    }

    @Test
    void onlyTheAreasAboveTheGroupsHaveCharts() {
        ForecastCharts charts = ForecastCharts.draw(REPORT);
        AreaForecast group = REPORT.areas(ForecastReport.GROUP).get(0);

        assertThat(charts.ownPage(REPORT.areas(ForecastReport.DISTRICT).get(0))).hasSize(3);
        assertThatThrownBy(() -> charts.ownPage(group)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(group.code());
    }

    private static YIntervalSeries raw(AreaForecast area, Function<YearForecast, Band> values) {
        YIntervalSeries series = Charts.bandSeries();
        for (YearForecast year : area.years()) {
            Band band = values.apply(year);
            series.add(year.year(), band.mean(), band.p5(), band.p95());
        }
        return series;
    }
}
