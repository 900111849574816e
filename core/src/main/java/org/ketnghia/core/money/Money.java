package org.ketnghia.core.money;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.ketnghia.core.error.KetnghiaException;

/**
 * An exact amount of Vietnamese đồng (VND): an integer, never a floating-point number.
 *
 * <p>All arithmetic is overflow-checked: an amount that does not fit in a {@code long} raises
 * {@link KetnghiaException} with {@link MoneyErrorCode#MONEY_OVERFLOW} rather than wrapping
 * silently. Amounts may be negative (a correction, a balance owed); rules that require a
 * non-negative amount say so. {@link #split(int)} and {@link #allocate(long...)} divide an amount
 * into shares that always sum back to it exactly.
 *
 * <p>JSON form: a plain integer number of đồng ({@code 20000000}). Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    /** Zero đồng. */
    public static final Money ZERO = new Money(0);

    private static final long MILLION = 1_000_000L;

    private final long dong;

    private Money(long dong) {
        this.dong = dong;
    }

    /** An amount of {@code dong} đồng. */
    @JsonCreator
    public static Money ofDong(long dong) {
        return dong == 0 ? ZERO : new Money(dong);
    }

    /** An amount of {@code millions} million đồng ({@code ofMillions(20)} = 20,000,000 ₫). */
    public static Money ofMillions(long millions) {
        return ofDong(multiplyExact(millions, MILLION));
    }

    /** The sum of all {@code amounts}; zero for none. */
    public static Money sum(Iterable<Money> amounts) {
        long total = 0;
        for (Money amount : requireNonNull(amounts, "amounts")) {
            total = addExact(total, amount.dong);
        }
        return ofDong(total);
    }

    /** The amount as a whole number of đồng. */
    @JsonValue
    public long dong() {
        return dong;
    }

    public Money plus(Money other) {
        return ofDong(addExact(dong, other.dong));
    }

    public Money minus(Money other) {
        return ofDong(subtractExact(dong, other.dong));
    }

    /** This amount times a whole quantity (e.g. head of cattle × price per head). */
    public Money times(long quantity) {
        return ofDong(multiplyExact(dong, quantity));
    }

    public Money negate() {
        return ofDong(subtractExact(0, dong));
    }

    public boolean isZero() {
        return dong == 0;
    }

    public boolean isNegative() {
        return dong < 0;
    }

    public boolean isPositive() {
        return dong > 0;
    }

    public boolean isGreaterThan(Money other) {
        return dong > other.dong;
    }

    public boolean isLessThan(Money other) {
        return dong < other.dong;
    }

    public Money min(Money other) {
        return dong <= other.dong ? this : other;
    }

    public Money max(Money other) {
        return dong >= other.dong ? this : other;
    }

    /**
     * Splits this amount into {@code shares} parts as equal as possible that sum back exactly:
     * the remainder đồng go one each to the first parts ({@code 10 ₫ / 3 = [4, 3, 3]}).
     *
     * @throws KetnghiaException {@link MoneyErrorCode#MONEY_INVALID_SPLIT} if {@code shares < 1}
     */
    public List<Money> split(int shares) {
        if (shares < 1) {
            throw KetnghiaException.of(MoneyErrorCode.MONEY_INVALID_SPLIT, "shares", shares);
        }
        long[] weights = new long[shares];
        Arrays.fill(weights, 1);
        return allocate(weights);
    }

    /**
     * Allocates this amount in proportion to non-negative {@code weights} (largest remainder
     * method): the parts sum back exactly; leftover đồng go to the parts with the largest
     * fractional remainders, earlier parts first on ties.
     *
     * @throws KetnghiaException {@link MoneyErrorCode#MONEY_INVALID_SPLIT} if there are no weights,
     *     a weight is negative or all weights are zero
     */
    public List<Money> allocate(long... weights) {
        long totalWeight = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw KetnghiaException.of(MoneyErrorCode.MONEY_INVALID_SPLIT, "weights", weight);
            }
            totalWeight = addExact(totalWeight, weight);
        }
        if (weights.length == 0 || totalWeight == 0) {
            throw KetnghiaException.of(MoneyErrorCode.MONEY_INVALID_SPLIT, "weights", weights.length);
        }
        BigInteger total = BigInteger.valueOf(dong);
        BigInteger divisor = BigInteger.valueOf(totalWeight);
        long[] parts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long allocated = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] quotient = total.multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(divisor);
            // floor division so that negative amounts also leave a non-negative remainder
            long part = quotient[0].longValueExact();
            long remainder = quotient[1].longValueExact();
            if (remainder < 0) {
                part -= 1;
                remainder += totalWeight;
            }
            parts[i] = part;
            remainders[i] = remainder;
            allocated = addExact(allocated, part);
        }
        long leftover = subtractExact(dong, allocated);
        List<Integer> order = new ArrayList<>(weights.length);
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(remainders[b], remainders[a]));
        for (int k = 0; k < leftover; k++) {
            parts[order.get(k)] += 1;
        }
        List<Money> result = new ArrayList<>(weights.length);
        for (long part : parts) {
            result.add(ofDong(part));
        }
        return Collections.unmodifiableList(result);
    }

    /** Vietnamese display: {@code "9 tỷ đồng"}, {@code "20 triệu đồng"}, {@code "1.500.000 ₫"}. */
    public String toVietnamese() {
        return MoneyFormat.vietnamese(this);
    }

    /** English display: {@code "VND 9 billion"}, {@code "VND 20 million"}, {@code "VND 1,500,000"}. */
    public String toEnglish() {
        return MoneyFormat.english(this);
    }

    /** Display in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String format(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage()) ? toVietnamese() : toEnglish();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(dong, other.dong);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && money.dong == dong;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(dong);
    }

    /** The exact amount with thousands separators, e.g. {@code "1.500.000 ₫"}. */
    @Override
    public String toString() {
        return MoneyFormat.exactVietnamese(this);
    }

    private static long addExact(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            throw KetnghiaException.of(MoneyErrorCode.MONEY_OVERFLOW, "amount", a + " + " + b);
        }
    }

    private static long subtractExact(long a, long b) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException overflow) {
            throw KetnghiaException.of(MoneyErrorCode.MONEY_OVERFLOW, "amount", a + " - " + b);
        }
    }

    private static long multiplyExact(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            throw KetnghiaException.of(MoneyErrorCode.MONEY_OVERFLOW, "amount", a + " × " + b);
        }
    }
}
