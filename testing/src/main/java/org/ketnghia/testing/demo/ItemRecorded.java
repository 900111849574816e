package org.ketnghia.testing.demo;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/** Demo event: an item was recorded with a quantity and a value. */
@Value.Immutable
@JsonTypeName(ItemRecorded.TYPE)
@JsonSerialize(as = ImmutableItemRecorded.class)
@JsonDeserialize(as = ImmutableItemRecorded.class)
public abstract class ItemRecorded implements LedgerEvent {

    public static final String TYPE = "demo.item-recorded";

    public abstract String itemId();

    public abstract int quantity();

    public abstract Money value();

    public static ItemRecorded of(String itemId, int quantity, Money value) {
        return builder().itemId(itemId).quantity(quantity).value(value).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder. */
    public static final class Builder extends ImmutableItemRecorded.Builder {
    }
}
