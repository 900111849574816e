package org.ketnghia.testing.evolution;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Stock issued (<i>xuất kho</i>): one of the two types {@code evolution.stock-changed} was split into (its
 * {@code "direction":"OUT"} events).
 *
 * @param itemId the item
 * @param quantity how many
 */
@JsonTypeName(StockIssued.TYPE)
public record StockIssued(String itemId, long quantity) implements LedgerEvent {

    /** The type id. */
    public static final String TYPE = "evolution.stock-issued";
}
