package org.ketnghia.testing.evolution;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Stock received (<i>nhập kho</i>): one of the two types {@code evolution.stock-changed} was split into
 * (its {@code "direction":"IN"} events).
 *
 * @param itemId the item
 * @param quantity how many
 */
@JsonTypeName(StockReceived.TYPE)
public record StockReceived(String itemId, long quantity) implements LedgerEvent {

    /** The type id. */
    public static final String TYPE = "evolution.stock-received";
}
