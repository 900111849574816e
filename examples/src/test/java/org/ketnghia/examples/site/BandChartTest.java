package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;

/**
 * The band chart of the model and forecast pages draws each kind of number in the unit an official reads, and its
 * caption names the unit the axis is drawn in.
 */
class BandChartTest {

    @Test
    void money_isDrawnInTheUnitOfTheLargestValue_andTheCaptionNamesThatUnit() {
        BandChart chart = BandChart.of(new IndicatorLabel("Giá trị đàn giống", "đồng", ValueKind.MONEY),
                List.of(new BandChart.Year(1, 1.5e9, 1.2e9, 1.9e9), new BandChart.Year(2, 2.5e9, 2.0e9, 3.1e9)));

        assertThat(chart.unitVi()).isEqualTo("tỷ đồng");
        assertThat(chart.caption()).startsWith("Giá trị đàn giống, theo năm của chương trình.")
                .endsWith("Đơn vị: tỷ đồng.");
        YIntervalSeries series = chart.series();
        assertThat(series.getItemCount()).isEqualTo(2);
        assertThat(series.getX(1).doubleValue()).isEqualTo(2);
        assertThat(series.getYValue(1)).isCloseTo(2.5, within(1e-9));
        assertThat(series.getYLowValue(1)).isCloseTo(2.0, within(1e-9));
        assertThat(series.getYHighValue(1)).isCloseTo(3.1, within(1e-9));
        assertThat(chart.dataUri()).startsWith("data:image/png;base64,");
    }

    @Test
    void theMoneyUnit_isChosenFromTheLargestMagnitude_aNegativeBandIncluded() {
        BandChart chart = BandChart.of(new IndicatorLabel("Chênh lệch", "đồng", ValueKind.MONEY),
                List.of(new BandChart.Year(1, 500_000, -2_000_000, 800_000)));

        assertThat(chart.unitVi()).isEqualTo("triệu đồng");
        assertThat(chart.series().getYLowValue(0)).isCloseTo(-2.0, within(1e-9));
    }

    @Test
    void shares_areDrawnInPerCent_andCountsInTheirOwnUnit() {
        BandChart share = BandChart.of(new IndicatorLabel("Tỷ lệ bao phủ", "%", ValueKind.SHARE),
                List.of(new BandChart.Year(3, 0.42, 0.3, 0.55)));
        BandChart herd = BandChart.of(new IndicatorLabel("Tổng đàn cuối năm", "con", ValueKind.COUNT),
                List.of(new BandChart.Year(3, 1234.5, 1000, 1500)));
        BandChart unnamed = BandChart.of(new IndicatorLabel("Số lớp", "", ValueKind.COUNT),
                List.of(new BandChart.Year(3, 12, 10, 14)));

        assertThat(share.unitVi()).isEqualTo("%");
        assertThat(share.series().getYValue(0)).isCloseTo(42, within(1e-9));
        assertThat(share.series().getYHighValue(0)).isCloseTo(55, within(1e-9));
        assertThat(herd.unitVi()).isEqualTo("con");
        assertThat(herd.caption()).endsWith("Đơn vị: con.");
        assertThat(herd.series().getYValue(0)).isEqualTo(1234.5);
        assertThat(unnamed.unitVi()).isEqualTo("số lượng");
    }
}
