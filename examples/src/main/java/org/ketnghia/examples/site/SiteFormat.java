package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.money.MoneyFormat;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;

/**
 * Numbers as a Vietnamese official reads them: money in whole đồng with dots between thousands
 * ({@code 9.318.459.000 ₫}), a computed amount (a forecast's or a simulation's mean, band or difference) in triệu or
 * tỷ đồng as the charts draw it ({@code 9,32 tỷ đồng}), shares as percentages with a decimal comma
 * ({@code 0,5 → 50 %}), counts with dots between thousands. Never scientific notation. Stateless and thread-safe.
 */
public final class SiteFormat {

    /** The unit of indicators that are a share of one ({@code 0.46}), shown in per cent. */
    public static final String SHARE_UNIT = "tỷ lệ";

    /** How {@link #moneyInUnit} rounds, for the caption of a table showing such amounts. */
    public static final String MONEY_ROUNDING_VI = "tiền ghi bằng tỷ đồng làm tròn đến 0,01 tỷ, bằng triệu đồng đến"
            + " 0,1 triệu";

    /** Where the exact đồng of the amounts {@link #moneyInUnit} rounds are, for a page's note. */
    public static final String EXACT_MONEY_VI = "Trỏ chuột vào ô tiền để xem số đồng chính xác; các tệp CSV, JSON và Excel"
            + " ghi đủ số đồng.";

    private SiteFormat() {
    }

    /** The exact amount: {@code 9.318.459.000 ₫}. */
    public static String money(Money amount) {
        return MoneyFormat.exactVietnamese(requireNonNull(amount, "amount"));
    }

    /** A computed amount (a mean of replicates) rounded to the whole đồng: {@code 9318459000.37 → 9.318.459.000 ₫}. */
    public static String money(double dong) {
        return money(Money.ofDong(BigDecimal.valueOf(dong).setScale(0, RoundingMode.HALF_EVEN).longValueExact()));
    }

    /**
     * A computed amount in the unit its size calls for ({@link MoneyScale#forLargest}), rounded to that unit's
     * decimals: {@code 27266550000 → "27,27 tỷ đồng"}, {@code -42271141 → "-42,3 triệu đồng"}, {@code 950000 →
     * "950.000 đồng"}; {@code "—"} for a value that is no number.
     */
    public static String moneyInUnit(double dong) {
        if (!Double.isFinite(dong)) {
            return "—";
        }
        MoneyScale scale = MoneyScale.forLargest(dong);
        // chosen again once rounded: 999.960.000 đồng is "1 tỷ đồng", not "1.000 triệu đồng"
        double rounded = BigDecimal.valueOf(scale.scale(dong)).setScale(scale.decimals(), RoundingMode.HALF_EVEN)
                .doubleValue();
        return moneyInUnit(dong, MoneyScale.forLargest(rounded / scale.scale(1)));
    }

    /** A computed amount in {@code scale}'s unit, rounded to its decimals: {@code 900000000} in tỷ → {@code "0,9 tỷ đồng"}. */
    public static String moneyInUnit(double dong, MoneyScale scale) {
        requireNonNull(scale, "scale");
        if (!Double.isFinite(dong)) {
            return "—";
        }
        return decimal(scale.scale(dong), scale.decimals()) + " " + scale.unitVi();
    }

    /**
     * A mean and its band from p5 to p95, all three in the unit of the largest, each side naming it:
     * {@code "1 tỷ đồng [0,9 – 1,1 tỷ đồng]"}.
     */
    public static String moneyBandInUnit(double mean, double p5, double p95) {
        MoneyScale scale = MoneyScale.forAll(mean, p5, p95);
        return moneyInUnit(mean, scale) + " [" + decimal(scale.scale(p5), scale.decimals()) + " – "
                + moneyInUnit(p95, scale) + "]";
    }

    /** The exact đồng of a computed band, for a cell's {@code title}: {@code "trung bình 1.005.000.000 ₫; p5 …; p95 …"}. */
    public static String exactBand(double mean, double p5, double p95) {
        return "trung bình " + money(mean) + "; p5 " + money(p5) + "; p95 " + money(p95);
    }

    /**
     * A computed value of {@code kind} (a mean, a percentile, a difference of replicates): money in the unit its size
     * calls for ({@link #moneyInUnit}), a share or a count as {@link #value} writes it.
     */
    public static String computed(double value, ValueKind kind) {
        return requireNonNull(kind, "kind") == ValueKind.MONEY ? moneyInUnit(value) : value(value, kind);
    }

    /**
     * Four significant digits, written as the site writes numbers: {@code 0.0123456 → "0,01235"}, {@code 12345.6 →
     * "12.350"}; {@code "—"} for a value that is no number.
     */
    public static String significant(double value) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4));
        return decimal(rounded.doubleValue(), Math.max(0, rounded.scale()));
    }

    /** A share of one as a percentage with at most one decimal: {@code 0.5 → "50 %"}, {@code 0.8934 → "89,3 %"}. */
    public static String percent(double share) {
        return decimal(share * 100, 1) + " %";
    }

    /** A number with dots between thousands and at most {@code decimals} decimals after a comma: {@code 1234.5 → "1.234,5"}. */
    public static String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        String plain = rounded.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : "," + plain.substring(point + 1);
        return (rounded.signum() < 0 ? "-" : "") + group(whole) + fraction;
    }

    /** A whole count: {@code 1234 → "1.234"}. */
    public static String count(long value) {
        return (value < 0 ? "-" : "") + group(Long.toString(Math.abs(value)).replace("-", ""));
    }

    /** {@code value} of {@code kind}: money, a share or a count with up to one decimal. */
    public static String value(double value, ValueKind kind) {
        return switch (requireNonNull(kind, "kind")) {
            case MONEY -> money(value);
            case SHARE -> percent(value);
            case COUNT -> decimal(value, 1);
        };
    }

    /**
     * A report's value as its indicator is read: a share with the unit "%" in per cent ({@code 435/487 → "89,3 %"}),
     * a share of one with the unit {@value #SHARE_UNIT} in per cent ({@code 0,46 → "46 %"}), đồng exactly, đồng per
     * person or household to the whole đồng, whole counts grouped, other values with two decimals.
     */
    public static String indicatorValue(IndicatorValue value, IndicatorDefinition indicator) {
        requireNonNull(value, "value");
        requireNonNull(indicator, "indicator");
        if (indicator.aggregation() == Aggregation.RATIO_OF_SUMS && "%".equals(indicator.unit())) {
            return BigDecimal.valueOf(value.numerator()).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(value.denominator()), 1, RoundingMode.HALF_EVEN)
                    .toPlainString().replace('.', ',') + " %";
        }
        if (SHARE_UNIT.equals(indicator.unit())) {
            return percent(value.toDecimal(6).doubleValue());
        }
        if (value.isWhole()) {
            long whole = value.numerator() / value.denominator();
            return "đồng".equals(indicator.unit()) ? money(Money.ofDong(whole)) : count(whole);
        }
        if (indicator.unit().startsWith("đồng")) {
            // an amount per person or per household is still money: no decimals of a đồng
            return decimal(value.toDecimal(2).doubleValue(), 0);
        }
        return decimal(value.toDecimal(2).doubleValue(), 2);
    }

    /** The value of {@code value} for sorting a table: what {@link #indicatorValue} shows, as a plain number. */
    public static String sortKey(IndicatorValue value) {
        return value.toDecimal(6).toPlainString();
    }

    private static String group(String digits) {
        StringBuilder grouped = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            grouped.append('.').append(digits, i, i + 3);
        }
        return grouped.toString();
    }
}
