package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.value.BilingualText;

/**
 * How an indicator's values for parts combine into the value for the whole (village → province).
 * {@link #combine} is exact for every aggregation on {@link IndicatorValue}'s whole-number fractions,
 * associative and commutative (for {@code MIN}/{@code MAX} up to ties between equal fractions), so a
 * total always equals the combination of its parts.
 */
public enum Aggregation {
    /** Total of the parts (households reached, đồng spent). */
    SUM,
    /** Number of items counted in the parts. */
    COUNT,
    /** Average of the parts weighted by a denominator (e.g. average score weighted by participants). */
    WEIGHTED_AVERAGE,
    /** Smallest value of the parts. */
    MIN,
    /** Largest value of the parts. */
    MAX,
    /** Sum of numerators over sum of denominators (a rate such as completion rate). */
    RATIO_OF_SUMS;

    /**
     * The value of a whole made of the two parts.
     *
     * <ul>
     *   <li>{@code SUM}, {@code COUNT}: numerators added, denominator 1;</li>
     *   <li>{@code RATIO_OF_SUMS}, {@code WEIGHTED_AVERAGE}: numerators and denominators added;</li>
     *   <li>{@code MIN}, {@code MAX}: the smaller or larger fraction, compared exactly; an undefined
     *       value (denominator 0) yields to a defined one; on a tie, {@code left}.</li>
     * </ul>
     *
     * @throws KetnghiaException {@link ReportingErrorCode#REPORTING_OVERFLOW} if a sum overflows 64 bits
     */
    public IndicatorValue combine(IndicatorValue left, IndicatorValue right) {
        requireNonNull(left, "left");
        requireNonNull(right, "right");
        try {
            return switch (this) {
                case SUM, COUNT -> new IndicatorValue(Math.addExact(left.numerator(), right.numerator()), 1);
                case RATIO_OF_SUMS, WEIGHTED_AVERAGE -> new IndicatorValue(
                        Math.addExact(left.numerator(), right.numerator()),
                        Math.addExact(left.denominator(), right.denominator()));
                case MIN -> !right.isDefined() ? left
                        : !left.isDefined() || IndicatorValue.compare(right, left) < 0 ? right : left;
                case MAX -> IndicatorValue.compare(right, left) > 0 ? right : left;
            };
        } catch (ArithmeticException overflow) {
            throw KetnghiaException.of(ReportingErrorCode.REPORTING_OVERFLOW, "value", name());
        }
    }

    /** Whether values of this aggregation must be whole numbers (denominator 1): {@code SUM} and {@code COUNT}. */
    public boolean requiresWholeValues() {
        return this == SUM || this == COUNT;
    }

    /** The label in Vietnamese and English, e.g. "Tổng" / "Sum" or "Tỷ lệ của các tổng" / "Ratio of sums". */
    public BilingualText label() {
        return switch (this) {
            case SUM -> BilingualText.of("Tổng", "Sum");
            case COUNT -> BilingualText.of("Đếm", "Count");
            case WEIGHTED_AVERAGE -> BilingualText.of("Bình quân gia quyền", "Weighted average");
            case MIN -> BilingualText.of("Nhỏ nhất", "Minimum");
            case MAX -> BilingualText.of("Lớn nhất", "Maximum");
            case RATIO_OF_SUMS -> BilingualText.of("Tỷ lệ của các tổng", "Ratio of sums");
        };
    }

}
