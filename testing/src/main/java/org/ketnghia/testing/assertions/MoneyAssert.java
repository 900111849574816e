package org.ketnghia.testing.assertions;

import org.assertj.core.api.AbstractAssert;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.money.MoneyFormat;

/** Assertions on an amount of money, with failure messages in đồng as officials write them. */
public final class MoneyAssert extends AbstractAssert<MoneyAssert, Money> {

    MoneyAssert(Money actual) {
        super(actual, MoneyAssert.class);
    }

    /** Exactly {@code dong} đồng. */
    public MoneyAssert isDong(long dong) {
        return isAmount(Money.ofDong(dong));
    }

    /** Exactly {@code millions} million đồng. */
    public MoneyAssert isMillions(long millions) {
        return isAmount(Money.ofMillions(millions));
    }

    /** Exactly {@code expected}. */
    public MoneyAssert isAmount(Money expected) {
        isNotNull();
        if (!actual.equals(expected)) {
            failWithMessage("Expected %s but was %s (a difference of %s)", show(expected), show(actual),
                    show(actual.minus(expected)));
        }
        return this;
    }

    /** Zero. */
    public MoneyAssert isZero() {
        return isAmount(Money.ZERO);
    }

    /** More than zero. */
    public MoneyAssert isPositive() {
        isNotNull();
        if (!actual.isPositive()) {
            failWithMessage("Expected a positive amount but was %s", show(actual));
        }
        return this;
    }

    /** At most {@code limit}. */
    public MoneyAssert isAtMost(Money limit) {
        isNotNull();
        if (actual.isGreaterThan(limit)) {
            failWithMessage("Expected at most %s but was %s (%s over)", show(limit), show(actual), show(actual.minus(limit)));
        }
        return this;
    }

    private static String show(Money money) {
        return MoneyFormat.exactVietnamese(money);
    }
}
