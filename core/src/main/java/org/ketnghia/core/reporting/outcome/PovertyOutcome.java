package org.ketnghia.core.reporting.outcome;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorValue;

/**
 * The poverty outcome of the supported households of one unit in one year (<i>kết quả thoát nghèo của
 * hộ được hỗ trợ</i>). Counts are nested: {@code outOfPoverty ≤ poorOrNearPoorWhenFirstSupported ≤
 * supported}. Aggregates only: no household can be identified from it. Immutable.
 *
 * @param unitCode the commune, district or province
 * @param year the year of the poverty review
 * @param supported households within the unit that received support from any model on or before the
 *     end of the year (<i>số hộ được hỗ trợ</i>)
 * @param poorOrNearPoorWhenFirstSupported of them, poor or near-poor when first supported
 * @param outOfPoverty of those, neither poor nor near-poor in the year's review (newly escaped counts as
 *     out); a household not reviewed in the year is not counted as out
 * @param householdsWithIncome supported households whose status for the year records an income
 * @param incomeTotal the sum of those incomes per person per month
 */
public record PovertyOutcome(String unitCode, int year, int supported, int poorOrNearPoorWhenFirstSupported,
        int outOfPoverty, int householdsWithIncome, Money incomeTotal) {

    /** Checks that no part is missing and that the counts nest. */
    public PovertyOutcome {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(incomeTotal, "incomeTotal");
        if (outOfPoverty < 0 || outOfPoverty > poorOrNearPoorWhenFirstSupported
                || poorOrNearPoorWhenFirstSupported > supported || householdsWithIncome > supported) {
            throw new IllegalArgumentException("counts do not nest: " + outOfPoverty + " ≤ " + poorOrNearPoorWhenFirstSupported
                    + " ≤ " + supported + ", " + householdsWithIncome + " ≤ " + supported);
        }
    }

    /** The share out of poverty, exactly: {@code outOfPoverty / poorOrNearPoorWhenFirstSupported} (0/0 when none). */
    public IndicatorValue escapeRate() {
        return IndicatorValue.ratio(outOfPoverty, poorOrNearPoorWhenFirstSupported);
    }

    /** The share as a percentage rounded half-even to two decimals; empty when no household was poor or near-poor. */
    public Optional<BigDecimal> escapePercent() {
        if (poorOrNearPoorWhenFirstSupported == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(outOfPoverty).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(poorOrNearPoorWhenFirstSupported), 2, RoundingMode.HALF_EVEN));
    }

    /**
     * The mean income per person per month of the households with an income recorded, rounded half-even
     * to the đồng; empty when none is recorded.
     */
    public Optional<Money> meanMonthlyIncomePerPerson() {
        if (householdsWithIncome == 0) {
            return Optional.empty();
        }
        return Optional.of(Money.ofDong(BigDecimal.valueOf(incomeTotal.dong())
                .divide(BigDecimal.valueOf(householdsWithIncome), 0, RoundingMode.HALF_EVEN).longValueExact()));
    }
}
