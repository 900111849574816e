package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * A receipt (or cash counterpart contribution) was reversed, wholly or in part (<i>điều chỉnh giảm khoản
 * thu</i>): the amount leaves the commune's fund, the receipt's amount in force and its pledge's received sum go
 * down by it. Produced by {@link ReverseReceipt}. Immutable.
 */
@Value.Immutable
@JsonTypeName(ReceiptReversed.TYPE)
@JsonSerialize(as = ImmutableReceiptReversed.class)
@JsonDeserialize(as = ImmutableReceiptReversed.class)
public abstract class ReceiptReversed implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.receipt-reversed";

    /** Unique id of the reversal. */
    public abstract String reversalId();

    /** The receipt reversed. */
    public abstract String receiptId();

    /** The commune whose fund held it. */
    public abstract String communeCode();

    /** The amount reversed; positive. */
    public abstract Money amount();

    /** Why. */
    public abstract String reason();

    /** The accounting document of the reversal. */
    public abstract String documentReference();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableReceiptReversed.Builder {
    }
}
