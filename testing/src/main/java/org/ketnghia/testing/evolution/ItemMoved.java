package org.ketnghia.testing.evolution;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.ketnghia.core.ledger.EventVersion;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An item moved to another commune (<i>điều chuyển</i>). Version 2 renamed {@code toUnit} to {@code
 * destinationUnit}.
 *
 * @param itemId the item
 * @param destinationUnit the commune it went to
 */
@JsonTypeName(ItemMoved.TYPE)
@EventVersion(2)
public record ItemMoved(String itemId, String destinationUnit) implements LedgerEvent {

    /** The type id. */
    public static final String TYPE = "evolution.item-moved";
}
