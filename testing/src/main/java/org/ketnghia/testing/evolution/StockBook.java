package org.ketnghia.testing.evolution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;

/** The stock book (<i>sổ kho</i>) of the evolved test model: each item with its category, commune and quantity. */
public final class StockBook implements Projection {

    private final Map<String, Item> items = new LinkedHashMap<>();

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof ItemRegistered registered) {
            items.put(registered.itemId(), new Item(registered.name(), registered.category(), event.unitCode(), 0));
        } else if (payload instanceof ItemMoved moved) {
            items.computeIfPresent(moved.itemId(), (id, item) -> item.movedTo(moved.destinationUnit()));
        } else if (payload instanceof StockReceived received) {
            items.computeIfPresent(received.itemId(), (id, item) -> item.plus(received.quantity()));
        } else if (payload instanceof StockIssued issued) {
            items.computeIfPresent(issued.itemId(), (id, item) -> item.plus(-issued.quantity()));
        }
    }

    /** The item {@code itemId}, if registered. */
    public Optional<Item> item(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** Every item by id, in the order registered. */
    public Map<String, Item> items() {
        return Map.copyOf(items);
    }

    /**
     * One item of the book.
     *
     * @param name its name
     * @param category its category
     * @param unitCode the commune holding it
     * @param quantity how many are in stock
     */
    public record Item(String name, String category, String unitCode, long quantity) {

        Item movedTo(String destination) {
            return new Item(name, category, destination, quantity);
        }

        Item plus(long change) {
            return new Item(name, category, unitCode, quantity + change);
        }
    }
}
