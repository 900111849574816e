package org.ketnghia.village.criteria;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;

/**
 * One measured value of an indicator: a number (percentage or count), an amount of money
 * (đồng), or yes/no — exactly one, matching the indicator's {@link ThresholdKind}; the handlers
 * check it against the set. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReading.class)
@JsonDeserialize(as = ImmutableReading.class)
public abstract class Reading {

    /** A percentage (0–100) or a count. */
    public abstract Optional<BigDecimal> number();

    /** An amount of money, e.g. income per person per year. */
    public abstract Optional<Money> amount();

    /** Yes or no. */
    public abstract Optional<Boolean> yes();

    /** A percentage or count. */
    public static Reading of(BigDecimal number) {
        return builder().number(number).build();
    }

    /** A percentage or count. */
    public static Reading of(long number) {
        return of(BigDecimal.valueOf(number));
    }

    /** An amount. */
    public static Reading of(Money amount) {
        return builder().amount(amount).build();
    }

    /** Yes or no. */
    public static Reading of(boolean yes) {
        return builder().yes(yes).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Reading}. */
    public static final class Builder extends ImmutableReading.Builder {
    }
}
