package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * Money arrived in a commune's fund, managed by the commune people's committee (<i>UBND xã</i>):
 * against a pledge, or unpledged when {@link #pledgeId()} is empty. Immutable.
 */
@Value.Immutable
@JsonTypeName(ReceiptRecorded.TYPE)
@JsonSerialize(as = ImmutableReceiptRecorded.class)
@JsonDeserialize(as = ImmutableReceiptRecorded.class)
public abstract class ReceiptRecorded implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.receipt-recorded";

    /** Unique id of the receipt. */
    public abstract String receiptId();

    /** The commune whose fund receives the money. */
    public abstract String communeCode();

    /** Where the money comes from. */
    public abstract String sourceId();

    /** The pledge this receipt fills; empty for an unpledged receipt. */
    public abstract Optional<String> pledgeId();

    /** The pilot model the money is for. */
    public abstract String modelId();

    /** The activity, if earmarked. */
    public abstract Optional<String> activity();

    /** The amount received; positive. */
    public abstract Money amount();

    /** The purpose: model and optional activity. */
    public FundPurpose purpose() {
        return new FundPurpose(modelId(), activity());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableReceiptRecorded.Builder {
    }
}
