package org.ketnghia.examples.site;

/**
 * The unit a money axis is drawn in, chosen from the largest amount so that ticks read as officials
 * write them ({@code 2,5 tỷ đồng}, never {@code 2.5E9}).
 */
public enum MoneyScale {
    /** Amounts below a million: đồng. */
    DONG(1, "đồng"),
    /** Amounts from a million: triệu đồng. */
    MILLION(1_000_000, "triệu đồng"),
    /** Amounts from a billion: tỷ đồng. */
    BILLION(1_000_000_000, "tỷ đồng");

    private final long divisor;
    private final String unitVi;

    MoneyScale(long divisor, String unitVi) {
        this.divisor = divisor;
        this.unitVi = unitVi;
    }

    /** The scale for an axis whose largest absolute amount is {@code largestDong}. */
    public static MoneyScale forLargest(double largestDong) {
        double magnitude = Math.abs(largestDong);
        if (magnitude >= BILLION.divisor) {
            return BILLION;
        }
        return magnitude >= MILLION.divisor ? MILLION : DONG;
    }

    /** {@code dong} in this scale's unit. */
    public double scale(double dong) {
        return dong / divisor;
    }

    /** The axis label: {@code "triệu đồng"}. */
    public String unitVi() {
        return unitVi;
    }
}
