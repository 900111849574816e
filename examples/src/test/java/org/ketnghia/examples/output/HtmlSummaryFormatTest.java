package org.ketnghia.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;

/** The summary shows values as officials read them: a share with the unit "%" in per cent, money in đồng. */
class HtmlSummaryFormatTest {

    private static final IndicatorDefinition PASS_ON_RATE = new IndicatorDefinition("livestock.pass-on-rate",
            "Tỷ lệ quay vòng đúng hạn", "Pass-on rate", "%", Aggregation.RATIO_OF_SUMS);

    @Test
    void aShareWithThePercentUnit_isShownInPerCent_notAsAFraction() {
        assertThat(HtmlSummary.format(IndicatorValue.ratio(435, 487), PASS_ON_RATE)).isEqualTo("89,3 %");
        assertThat(HtmlSummary.format(IndicatorValue.ratio(487, 487), PASS_ON_RATE)).isEqualTo("100,0 %");
    }

    @Test
    void moneyAndCounts_keepTheirUnits() {
        IndicatorDefinition spent = new IndicatorDefinition("programme.spent", "Kinh phí đã chi", "Money spent", "đồng",
                Aggregation.SUM);
        IndicatorDefinition households = new IndicatorDefinition("programme.households-supported", "Số hộ được hỗ trợ",
                "Households supported", "hộ", Aggregation.SUM);
        assertThat(HtmlSummary.format(IndicatorValue.of(Money.ofMillions(9_000)), spent)).isEqualTo("9.000.000.000 ₫");
        assertThat(HtmlSummary.format(IndicatorValue.of(1234), households)).isEqualTo("1.234");
    }
}
