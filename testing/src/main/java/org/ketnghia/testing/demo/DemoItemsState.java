package org.ketnghia.testing.demo;

import java.util.List;
import org.ketnghia.core.money.Money;

/**
 * The whole state of {@link DemoItems} as its snapshot saves it: the quantity of each item, in the order first
 * recorded, and the total value.
 */
record DemoItemsState(List<ItemQuantity> items, Money totalValue) {

    /** Copies the list. */
    DemoItemsState {
        items = List.copyOf(items);
    }

    /** The quantity recorded of an item. */
    record ItemQuantity(String itemId, int quantity) {
    }
}
