package org.ketnghia.livestock.herd;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.money.Money;

/**
 * A group's revolving fund (<i>quỹ quay vòng của tổ</i>) as the registry folds it: the cash its
 * households paid instead of passing animals on, less the lots it paid for, with every movement in
 * order. Immutable.
 *
 * @param groupId the group
 * @param balance what the fund holds now
 * @param committed what lots recorded against the fund and not yet accepted would spend
 * @param movements every movement, oldest first
 */
public record RevolvingFund(String groupId, Money balance, Money committed, List<RevolvingFundMovement> movements) {

    /** Checks that no part is missing; copies the movements. */
    public RevolvingFund {
        requireNonNull(groupId, "groupId");
        requireNonNull(balance, "balance");
        requireNonNull(committed, "committed");
        movements = List.copyOf(movements);
    }

    /** What a new lot may still spend: the balance less what recorded lots are committed to. */
    public Money available() {
        return balance.minus(committed);
    }
}
