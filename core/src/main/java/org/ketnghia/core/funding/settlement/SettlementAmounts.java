package org.ketnghia.core.funding.settlement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;

/**
 * The figures of a settlement line or of a total (<i>số liệu quyết toán</i>), in exact đồng, as of the
 * settlement's period end. The balance carried forward (<i>số dư chuyển kỳ sau</i>) is always {@code
 * received + transferredIn − transferredOut − spent}; contributions in kind and labour are counted but
 * are not money in the fund. Immutable.
 *
 * <p>JSON: {@code {"pledged":…,"received":…,"inKind":…,"transferredIn":…,"transferredOut":…,"spent":…,
 * "balance":…}}, each a whole number of đồng.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSettlementAmounts.class)
@JsonDeserialize(as = ImmutableSettlementAmounts.class)
public abstract class SettlementAmounts {

    /** All zero. */
    public static final SettlementAmounts ZERO = of(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
            Money.ZERO);

    SettlementAmounts() {
    }

    /** Pledged (<i>cam kết</i>) on or before the period end. */
    public abstract Money pledged();

    /** Received into the fund, cash counterpart included (<i>đã nhận</i>). */
    public abstract Money received();

    /** Value of contributions in kind and labour (<i>hiện vật, ngày công</i>); not in the balance. */
    public abstract Money inKind();

    /** Balances moved in from a predecessor unit (<i>nhận điều chuyển</i>). */
    public abstract Money transferredIn();

    /** Balances moved out to a successor unit (<i>điều chuyển đi</i>). */
    public abstract Money transferredOut();

    /** Spent (<i>đã chi</i>). */
    public abstract Money spent();

    /** Carried forward: {@code received + transferredIn − transferredOut − spent}. */
    public abstract Money balance();

    /** Checks that the balance is what was received and moved in, less what was moved out and spent. */
    @Value.Check
    protected void check() {
        Money expected = received().plus(transferredIn()).minus(transferredOut()).minus(spent());
        if (!balance().equals(expected)) {
            throw new IllegalStateException("balance " + balance() + " is not received + transferredIn − transferredOut − spent = "
                    + expected);
        }
    }

    /** The figures with the balance computed. */
    public static SettlementAmounts of(Money pledged, Money received, Money inKind, Money transferredIn,
            Money transferredOut, Money spent) {
        return builder().pledged(pledged).received(received).inKind(inKind)
                .transferredIn(transferredIn).transferredOut(transferredOut).spent(spent)
                .balance(received.plus(transferredIn).minus(transferredOut).minus(spent)).build();
    }

    /** A new builder; {@code build()} checks the balance. Prefer {@link #of}, which computes it. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when an attribute is missing or the balance is wrong. */
    public static final class Builder extends ImmutableSettlementAmounts.Builder {
    }

    /** The exact sum of these figures and {@code other}. */
    public SettlementAmounts plus(SettlementAmounts other) {
        return of(pledged().plus(other.pledged()), received().plus(other.received()), inKind().plus(other.inKind()),
                transferredIn().plus(other.transferredIn()), transferredOut().plus(other.transferredOut()),
                spent().plus(other.spent()));
    }

    /** The exact sum of {@code amounts}; {@link #ZERO} for none. */
    public static SettlementAmounts sum(Iterable<SettlementAmounts> amounts) {
        SettlementAmounts total = ZERO;
        for (SettlementAmounts each : amounts) {
            total = total.plus(each);
        }
        return total;
    }

    /** Whether every figure is zero (named so that JSON does not see a property). */
    public boolean allZero() {
        return equals(ZERO);
    }
}
