package org.ketnghia.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;

class AggregationTest {

    @Test
    void sumAndCount_addNumeratorsExactly() {
        IndicatorValue total = Aggregation.SUM.combine(IndicatorValue.of(Money.ofDong(9_007_199_254_740_993L)),
                IndicatorValue.of(Money.ofDong(1)));

        // beyond 2^53: a double would have lost the last đồng
        assertThat(total).isEqualTo(IndicatorValue.of(9_007_199_254_740_994L));
        assertThat(Aggregation.COUNT.combine(IndicatorValue.of(3), IndicatorValue.of(4))).isEqualTo(IndicatorValue.of(7));
    }

    @Test
    void ratioOfSums_isTheRatioOfSummedNumeratorsAndDenominators_notTheAverageOfRatios() {
        IndicatorValue total = Aggregation.RATIO_OF_SUMS.combine(IndicatorValue.ratio(1, 1), IndicatorValue.ratio(1, 3));

        assertThat(total).isEqualTo(IndicatorValue.ratio(2, 4));
        assertThat(total.toDecimal(2)).isEqualByComparingTo("0.50");
    }

    @Test
    void weightedAverage_weighsEachPartByItsWeight() {
        IndicatorValue total = Aggregation.WEIGHTED_AVERAGE.combine(IndicatorValue.average(8, 30),
                IndicatorValue.average(5, 10));

        assertThat(total).isEqualTo(IndicatorValue.weighted(290, 40));
        assertThat(total.toDecimal(3)).isEqualByComparingTo("7.250");
    }

    @Test
    void minAndMax_compareFractionsExactly_andIgnoreUndefinedValues() {
        IndicatorValue third = IndicatorValue.ratio(1, 3);
        IndicatorValue almostThird = IndicatorValue.ratio(333_333_333_333L, 1_000_000_000_000L);
        IndicatorValue undefined = IndicatorValue.ratio(5, 0);

        assertThat(Aggregation.MIN.combine(third, almostThird)).isEqualTo(almostThird);
        assertThat(Aggregation.MAX.combine(almostThird, third)).isEqualTo(third);
        assertThat(Aggregation.MIN.combine(undefined, third)).isEqualTo(third);
        assertThat(Aggregation.MIN.combine(third, undefined)).isEqualTo(third);
        assertThat(Aggregation.MAX.combine(undefined, third)).isEqualTo(third);
    }

    @Test
    void compare_isExactEvenWhenCrossProductsOverflow() {
        IndicatorValue big = IndicatorValue.ratio(Long.MAX_VALUE, Long.MAX_VALUE - 1);
        IndicatorValue slightlyBigger = IndicatorValue.ratio(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2);

        assertThat(IndicatorValue.compare(big, slightlyBigger)).isNegative();
        assertThat(IndicatorValue.compare(slightlyBigger, big)).isPositive();
        assertThat(IndicatorValue.compare(IndicatorValue.ratio(-2, 4), IndicatorValue.ratio(-1, 2))).isZero();
    }

    @Test
    void overflowingSum_isReportedNotWrapped() {
        KetnghiaException error = catchThrowableOfType(
                () -> Aggregation.SUM.combine(IndicatorValue.of(Long.MAX_VALUE), IndicatorValue.of(1)),
                KetnghiaException.class);

        assertThat(error.code()).isEqualTo(ReportingErrorCode.REPORTING_OVERFLOW);
    }

    @Test
    void negativeDenominator_isRejected() {
        assertThat(catchThrowableOfType(() -> IndicatorValue.ratio(1, -1), KetnghiaException.class).code())
                .isEqualTo(ReportingErrorCode.REPORTING_NEGATIVE_DENOMINATOR);
    }

    @Test
    void labels_areBilingual() {
        assertThat(Aggregation.RATIO_OF_SUMS.label().vi()).isEqualTo("Tỷ lệ của các tổng");
        assertThat(Aggregation.WEIGHTED_AVERAGE.label().en()).isEqualTo("Weighted average");
    }
}
