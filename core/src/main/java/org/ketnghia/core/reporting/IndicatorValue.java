package org.ketnghia.core.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;

/**
 * The value of an indicator for one administrative unit, kept as an exact fraction {@code
 * numerator / denominator} of whole numbers so that every {@link Aggregation} rolls up without
 * rounding:
 *
 * <ul>
 *   <li>{@link Aggregation#SUM} and {@link Aggregation#COUNT}: the amount or count is the
 *       numerator, the denominator is 1 ({@link #of(long)}, {@link #of(Money)});</li>
 *   <li>{@link Aggregation#RATIO_OF_SUMS}: e.g. households that passed on their animals over
 *       households due ({@link #ratio});</li>
 *   <li>{@link Aggregation#WEIGHTED_AVERAGE}: the weighted sum {@code Σ value·weight} over the
 *       total weight {@code Σ weight} ({@link #weighted}, {@link #average});</li>
 *   <li>{@link Aggregation#MIN} and {@link Aggregation#MAX}: any fraction; the parts are compared
 *       exactly (128-bit cross products).</li>
 * </ul>
 *
 * <p>A denominator of 0 means "no value" (a rate with nothing due); such a value is still summed
 * exactly by {@code RATIO_OF_SUMS} but is ignored by {@code MIN} and {@code MAX}. Money is a
 * numerator in đồng: it never goes through {@code double}.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"numerator": 150000000, "denominator": 1}}.
 *
 * @param numerator the numerator
 * @param denominator the denominator, not negative
 */
public record IndicatorValue(long numerator, long denominator) {

    /** The value 0 (an empty sum). */
    public static final IndicatorValue ZERO = new IndicatorValue(0, 1);

    /**
     * Checks the denominator.
     *
     * @throws KetnghiaException {@link ReportingErrorCode#REPORTING_NEGATIVE_DENOMINATOR} for a
     *     negative denominator
     */
    public IndicatorValue {
        if (denominator < 0) {
            throw KetnghiaException.of(ReportingErrorCode.REPORTING_NEGATIVE_DENOMINATOR, "denominator", denominator);
        }
    }

    /** A whole amount or count, for {@code SUM}, {@code COUNT}, {@code MIN} and {@code MAX}. */
    public static IndicatorValue of(long amount) {
        return new IndicatorValue(amount, 1);
    }

    /** An amount of money in đồng, exact. */
    public static IndicatorValue of(Money amount) {
        return new IndicatorValue(amount.dong(), 1);
    }

    /** A rate {@code numerator / denominator}, for {@code RATIO_OF_SUMS}. */
    public static IndicatorValue ratio(long numerator, long denominator) {
        return new IndicatorValue(numerator, denominator);
    }

    /** A weighted average given as the weighted sum {@code Σ value·weight} and the total weight. */
    public static IndicatorValue weighted(long weightedSum, long totalWeight) {
        return new IndicatorValue(weightedSum, totalWeight);
    }

    /**
     * One observation {@code value} with weight {@code weight} of a weighted average.
     *
     * @throws KetnghiaException {@link ReportingErrorCode#REPORTING_OVERFLOW} if the product
     *     overflows
     */
    public static IndicatorValue average(long value, long weight) {
        try {
            return new IndicatorValue(Math.multiplyExact(value, weight), weight);
        } catch (ArithmeticException overflow) {
            throw KetnghiaException.of(ReportingErrorCode.REPORTING_OVERFLOW, "value", value + "×" + weight);
        }
    }

    /** Whether the value is defined (the denominator is not 0). */
    @JsonIgnore
    public boolean isDefined() {
        return denominator != 0;
    }

    /** Whether the value is a whole number given with denominator 1. */
    @JsonIgnore
    public boolean isWhole() {
        return denominator == 1;
    }

    /**
     * The value as a decimal: exact for a whole value, otherwise rounded half-even to {@code scale}
     * decimal places.
     *
     * @throws ArithmeticException if the value is not defined
     */
    public BigDecimal toDecimal(int scale) {
        if (denominator == 0) {
            throw new ArithmeticException("indicator value " + this + " has no denominator");
        }
        if (denominator == 1) {
            return BigDecimal.valueOf(numerator);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_EVEN);
    }

    /** The value as a {@code double} for display and charts (NaN when undefined); never for money arithmetic. */
    public double toDouble() {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }

    /**
     * Compares the two values as fractions, exactly. Undefined values compare below defined ones.
     */
    public static int compare(IndicatorValue left, IndicatorValue right) {
        if (!left.isDefined() || !right.isDefined()) {
            return Boolean.compare(left.isDefined(), right.isDefined());
        }
        // left.n / left.d  vs  right.n / right.d  with positive denominators: compare n1·d2 with n2·d1 in 128 bits
        long a = left.numerator;
        long b = right.denominator;
        long c = right.numerator;
        long d = left.denominator;
        long highLeft = Math.multiplyHigh(a, b);
        long highRight = Math.multiplyHigh(c, d);
        if (highLeft != highRight) {
            return Long.compare(highLeft, highRight);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }
}
