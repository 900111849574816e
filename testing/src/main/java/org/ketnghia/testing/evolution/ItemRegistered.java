package org.ketnghia.testing.evolution;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.ketnghia.core.ledger.EventVersion;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An item entered in the stock book (<i>vào sổ</i>). Version 2 added {@code category}; events recorded at
 * version 1 read with {@link EvolvedStockFeature#DEFAULT_CATEGORY}.
 *
 * @param itemId the item
 * @param name its name
 * @param category its category
 */
@JsonTypeName(ItemRegistered.TYPE)
@EventVersion(2)
public record ItemRegistered(String itemId, String name, String category) implements LedgerEvent {

    /** The type id. */
    public static final String TYPE = "evolution.item-registered";
}
