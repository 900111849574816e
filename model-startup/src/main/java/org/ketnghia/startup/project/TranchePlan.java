package org.ketnghia.startup.project;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.money.Money;

/**
 * One planned payment of an approved project (<i>đợt giải ngân</i>): the items it pays and the
 * milestone it waits for, if any. Immutable.
 *
 * @param number the tranche's number, unique within the project
 * @param milestoneId the milestone that must be reached first; empty for an advance on approval
 * @param items the most it pays per item
 */
public record TranchePlan(int number, Optional<String> milestoneId, List<ItemAmount> items) {

    /** Checks that no part is missing. */
    public TranchePlan {
        milestoneId = milestoneId == null ? Optional.empty() : milestoneId;
        items = List.copyOf(requireNonNull(items, "items"));
    }

    /** The tranche's total. */
    public Money total() {
        return Money.sum(items.stream().map(ItemAmount::amount).toList());
    }

    /** The planned amount for an item, zero if the tranche does not pay it. */
    public Money amountFor(String itemId) {
        return Money.sum(items.stream().filter(item -> item.itemId().equals(itemId)).map(ItemAmount::amount).toList());
    }
}
