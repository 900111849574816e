package org.ketnghia.testing.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.money.Money;

/** Demo projection: quantity per item and the total value recorded. */
public final class DemoItems implements Projection {

    private final Map<String, Integer> quantities = new LinkedHashMap<>();
    private Money totalValue = Money.ZERO;

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof ItemRecorded item) {
            quantities.merge(item.itemId(), item.quantity(), Integer::sum);
            totalValue = totalValue.plus(item.value());
        }
    }

    public boolean contains(String itemId) {
        return quantities.containsKey(itemId);
    }

    public Map<String, Integer> quantities() {
        return Map.copyOf(quantities);
    }

    public Money totalValue() {
        return totalValue;
    }
}
