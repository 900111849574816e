package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.examples.output.Charts;

/**
 * Numbers on the site as officials write them: whole đồng, triệu and tỷ on axes and for computed amounts, shares in per
 * cent, never 2.5E10.
 */
class SiteFormatTest {

    @Test
    void money_isWholeDong_withDotsBetweenThousands() {
        assertThat(SiteFormat.money(Money.ofDong(9_318_459_000L))).isEqualTo("9.318.459.000 ₫");
        assertThat(SiteFormat.money(9_318_459_000.37)).isEqualTo("9.318.459.000 ₫");
        assertThat(SiteFormat.money(9_318_459_000.5)).as("half to even").isEqualTo("9.318.459.000 ₫");
        assertThat(SiteFormat.money(999.6)).isEqualTo("1.000 ₫");
        assertThat(SiteFormat.money(Money.ZERO)).isEqualTo("0 ₫");
    }

    @Test
    void shares_areShownAsPercentages() {
        assertThat(SiteFormat.percent(0.5)).isEqualTo("50 %");
        assertThat(SiteFormat.percent(1.0)).isEqualTo("100 %");
        assertThat(SiteFormat.percent(0.8934)).isEqualTo("89,3 %");
        assertThat(SiteFormat.value(0.25, ValueKind.SHARE)).isEqualTo("25 %");
    }

    @Test
    void counts_groupThousands_andKeepOneDecimalAtMost() {
        assertThat(SiteFormat.count(1234)).isEqualTo("1.234");
        assertThat(SiteFormat.count(-1_234_567)).isEqualTo("-1.234.567");
        assertThat(SiteFormat.decimal(1234.56, 1)).isEqualTo("1.234,6");
        assertThat(SiteFormat.decimal(2.5e10, 1)).isEqualTo("25.000.000.000");
        assertThat(SiteFormat.value(300.0, ValueKind.COUNT)).isEqualTo("300");
    }

    @Test
    void moneyAxes_areInDongTrieuOrTy_byTheLargestAmount() {
        assertThat(MoneyScale.forLargest(950_000)).isEqualTo(MoneyScale.DONG);
        assertThat(MoneyScale.forLargest(650_000_000)).isEqualTo(MoneyScale.MILLION);
        assertThat(MoneyScale.forLargest(2.5e10)).isEqualTo(MoneyScale.BILLION);
        assertThat(MoneyScale.BILLION.scale(2.5e10)).isEqualTo(25.0);
        assertThat(MoneyScale.MILLION.unitVi()).isEqualTo("triệu đồng");
        assertThat(MoneyScale.BILLION.unitVi()).isEqualTo("tỷ đồng");
    }

    @Test
    void computedAmounts_areWrittenInTheUnitOfTheirSize_roundedAsTheCaptionSays() {
        assertThat(SiteFormat.moneyInUnit(27_266_550_000.0)).isEqualTo("27,27 tỷ đồng");
        assertThat(SiteFormat.moneyInUnit(27_264_999_999.0)).as("to 0,01 tỷ").isEqualTo("27,26 tỷ đồng");
        assertThat(SiteFormat.moneyInUnit(-42_271_141.0)).as("to 0,1 triệu").isEqualTo("-42,3 triệu đồng");
        assertThat(SiteFormat.moneyInUnit(950_000.4)).as("below a million, whole đồng").isEqualTo("950.000 đồng");
        assertThat(SiteFormat.moneyInUnit(0)).isEqualTo("0 đồng");
        assertThat(SiteFormat.moneyInUnit(999_960_000.0)).as("the unit of the rounded amount").isEqualTo("1 tỷ đồng");
        assertThat(SiteFormat.moneyInUnit(-999_999.6)).isEqualTo("-1 triệu đồng");
        assertThat(SiteFormat.moneyInUnit(999_940_000.0)).isEqualTo("999,9 triệu đồng");
        assertThat(SiteFormat.moneyInUnit(Double.NaN)).isEqualTo("—");
        assertThat(SiteFormat.moneyInUnit(Double.NaN)).isEqualTo("—");
        assertThat(SiteFormat.moneyInUnit(900_000_000, MoneyScale.BILLION)).isEqualTo("0,9 tỷ đồng");
        assertThat(SiteFormat.MONEY_ROUNDING_VI).contains("0,01 tỷ").contains("0,1 triệu");
    }

    @Test
    void aBandOfAmounts_sharesTheUnitOfItsLargest_andItsExactDongAreAtHand() {
        assertThat(SiteFormat.moneyBandInUnit(950_000_000, 800_000_000, 1_050_000_000))
                .isEqualTo("0,95 tỷ đồng [0,8 – 1,05 tỷ đồng]");
        assertThat(SiteFormat.moneyBandInUnit(880_000_000, 800_000_000, 960_000_000))
                .isEqualTo("880 triệu đồng [800 – 960 triệu đồng]");
        assertThat(SiteFormat.exactBand(950_000_000.4, 800_000_000, 1_050_000_000))
                .isEqualTo("trung bình 950.000.000 ₫; p5 800.000.000 ₫; p95 1.050.000.000 ₫");
        assertThat(MoneyScale.forAll(-2e9, 5e8)).isEqualTo(MoneyScale.BILLION);
        assertThat(MoneyScale.forAll()).isEqualTo(MoneyScale.DONG);
    }

    @Test
    void computedValues_writeMoneyInItsUnit_andOtherKindsAsBefore() {
        assertThat(SiteFormat.computed(-2e9, ValueKind.MONEY)).isEqualTo("-2 tỷ đồng");
        assertThat(SiteFormat.computed(39.5, ValueKind.COUNT)).isEqualTo("39,5");
        assertThat(SiteFormat.computed(0.5, ValueKind.SHARE)).isEqualTo("50 %");
    }

    @Test
    void fourSignificantDigits_areWrittenAsTheSiteWritesNumbers() {
        assertThat(SiteFormat.significant(0.0123456)).isEqualTo("0,01235");
        assertThat(SiteFormat.significant(12345.6)).isEqualTo("12.350");
        assertThat(SiteFormat.significant(30)).isEqualTo("30");
        assertThat(SiteFormat.significant(Double.NaN)).isEqualTo("—");
    }

    @Test
    void chartTicks_areWrittenWithoutScientificNotation() {
        NumberAxis axis = new NumberAxis();
        Charts.vietnameseNumbers(axis);
        assertThat(axis.getNumberFormatOverride().format(2.5e10)).isEqualTo("25.000.000.000");
        assertThat(axis.getNumberFormatOverride().format(2.5)).isEqualTo("2,5");
    }

    @Test
    void reportValues_keepTheirUnits() {
        IndicatorDefinition rate = new IndicatorDefinition("livestock.pass-on-rate", "Tỷ lệ quay vòng đúng hạn", "Pass-on rate",
                "%", Aggregation.RATIO_OF_SUMS);
        IndicatorDefinition spent = new IndicatorDefinition("programme.spent", "Kinh phí đã chi", "Money spent", "đồng",
                Aggregation.SUM);
        assertThat(SiteFormat.indicatorValue(IndicatorValue.ratio(435, 487), rate)).isEqualTo("89,3 %");
        assertThat(SiteFormat.indicatorValue(IndicatorValue.of(Money.ofMillions(9_000)), spent)).isEqualTo("9.000.000.000 ₫");
    }

    @Test
    void aShareOfOne_isShownInPerCent_andMoneyPerPerson_inWholeDong() {
        IndicatorDefinition women = new IndicatorDefinition("training.women-share", "Tỷ lệ học viên nữ", "Share of women",
                SiteFormat.SHARE_UNIT, Aggregation.WEIGHTED_AVERAGE);
        IndicatorDefinition perPerson = new IndicatorDefinition("training.cost-per-person", "Chi phí bình quân", "Cost per person",
                "đồng/người", Aggregation.WEIGHTED_AVERAGE);
        assertThat(SiteFormat.indicatorValue(IndicatorValue.ratio(46, 100), women)).isEqualTo("46 %");
        assertThat(SiteFormat.indicatorValue(IndicatorValue.ratio(18_000_000, 11), perPerson)).isEqualTo("1.636.364");
        assertThat(IndicatorLabels.fromDefinition(women).kind()).isEqualTo(ValueKind.SHARE);
    }

    @Test
    void simulatedIndicators_areNamedInVietnamese_withTheirUnit() {
        IndicatorLabels labels = IndicatorLabels.of(Map.of("clean-water.households-equipped", new IndicatorDefinition(
                "clean-water.households-equipped", "Số hộ được hỗ trợ bồn nước sạch", "Households given a water system", "hộ",
                Aggregation.SUM)));

        assertThat(labels.label("livestock.sim.herd-value")).isEqualTo(new IndicatorLabel("Giá trị đàn giống", "đồng",
                ValueKind.MONEY));
        assertThat(labels.label("startup.sim.survival-share").kind()).isEqualTo(ValueKind.SHARE);
        assertThat(labels.label("clean-water.sim.households-equipped").titleVi()).isEqualTo("Số hộ được hỗ trợ bồn nước sạch (hộ)");
        assertThat(labels.label("training.sim.coverage.QNA.TAY-GIANG.A-XAN").nameVi())
                .isEqualTo("Tỷ lệ người trong độ tuổi được đào tạo — QNA.TAY-GIANG.A-XAN");
        assertThat(labels.label("unknown.sim.thing").nameVi()).as("an unknown id is shown as it is").isEqualTo("unknown.sim.thing");
    }
}
