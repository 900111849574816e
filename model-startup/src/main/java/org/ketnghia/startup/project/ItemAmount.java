package org.ketnghia.startup.project;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.money.Money;

/**
 * An amount for one support item of the catalogue. Immutable.
 *
 * @param itemId the catalogue item, e.g. {@code "seedlings"}
 * @param amount the amount in đồng
 */
public record ItemAmount(String itemId, Money amount) {

    /** Checks that no part is missing. */
    public ItemAmount {
        requireNonNull(itemId, "itemId");
        requireNonNull(amount, "amount");
    }

    /** An amount for an item. */
    public static ItemAmount of(String itemId, Money amount) {
        return new ItemAmount(itemId, amount);
    }
}
