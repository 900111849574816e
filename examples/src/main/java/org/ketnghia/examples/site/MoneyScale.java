package org.ketnghia.examples.site;

/**
 * The unit a money axis is drawn in, or a computed amount written in, chosen from the largest amount so that ticks and
 * table cells read as officials write them ({@code 2,5 tỷ đồng}, never {@code 2.5E9} nor {@code 2,500,000,000}), with
 * the decimals each unit keeps in a table ({@link SiteFormat#moneyInUnit}).
 */
public enum MoneyScale {
    /** Amounts below a million: đồng. */
    DONG(1, "đồng", 0),
    /** Amounts from a million: triệu đồng, written to 0,1 triệu (100.000 đồng). */
    MILLION(1_000_000, "triệu đồng", 1),
    /** Amounts from a billion: tỷ đồng, written to 0,01 tỷ (10 triệu đồng). */
    BILLION(1_000_000_000, "tỷ đồng", 2);

    private final long divisor;
    private final String unitVi;
    private final int decimals;

    MoneyScale(long divisor, String unitVi, int decimals) {
        this.divisor = divisor;
        this.unitVi = unitVi;
        this.decimals = decimals;
    }

    /** The scale for an axis whose largest absolute amount is {@code largestDong}. */
    public static MoneyScale forLargest(double largestDong) {
        double magnitude = Math.abs(largestDong);
        if (magnitude >= BILLION.divisor) {
            return BILLION;
        }
        return magnitude >= MILLION.divisor ? MILLION : DONG;
    }

    /** The scale for amounts written side by side (a mean and its band): that of the largest in magnitude. */
    public static MoneyScale forAll(double... amountsDong) {
        double largest = 0;
        for (double amount : amountsDong) {
            largest = Math.max(largest, Math.abs(amount));
        }
        return forLargest(largest);
    }

    /** {@code dong} in this scale's unit. */
    public double scale(double dong) {
        return dong / divisor;
    }

    /** The axis label: {@code "triệu đồng"}. */
    public String unitVi() {
        return unitVi;
    }

    /** How many decimals an amount in this unit keeps when written: 0 for đồng, 1 for triệu, 2 for tỷ. */
    public int decimals() {
        return decimals;
    }
}
