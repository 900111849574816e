package org.ketnghia.testing.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.money.Money;

/** Demo projection: quantity per item and the total value recorded. */
public final class DemoItems implements Projection {

    private final Map<String, Integer> quantities = new LinkedHashMap<>();
    private Money totalValue = Money.ZERO;

    /** How this projection is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it. */
    public static SnapshotForm<DemoItems, ?> snapshotForm() {
        return SnapshotForm.of(DemoItemsState.class, DemoItems::save, DemoItems::restore);
    }

    private DemoItemsState save() {
        List<DemoItemsState.ItemQuantity> items = new ArrayList<>();
        quantities.forEach((itemId, quantity) -> items.add(new DemoItemsState.ItemQuantity(itemId, quantity)));
        return new DemoItemsState(items, totalValue);
    }

    private static DemoItems restore(DemoItemsState state) {
        DemoItems restored = new DemoItems();
        state.items().forEach(item -> restored.quantities.put(item.itemId(), item.quantity()));
        restored.totalValue = state.totalValue();
        return restored;
    }

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
