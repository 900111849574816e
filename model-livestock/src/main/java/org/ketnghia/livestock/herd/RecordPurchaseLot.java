package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Records a purchase lot (<i>lô mua con giống</i>) for a group of the commune: supplier, contract and
 * every animal with its ear tag. Refused when the lot id or an ear tag is already used (or repeated),
 * the group is unknown or of another commune, an animal is of another species than the group's, or
 * the lot's total exceeds the commune's funds available for the model — or, for a lot {@linkplain
 * #paidFromRevolvingFund() paid from the group's revolving fund}, what that fund holds less the lots
 * already recorded against it ({@code LIVESTOCK_REVOLVING_FUND_INSUFFICIENT}; the funding ledger's
 * earmarked fund is checked when the lot is accepted and paid). When the ledger declares
 * a programme with a price norm per head for a species ({@link
 * org.ketnghia.livestock.programme.LivestockNorms}), the lot's average price per head of that species
 * may not exceed it unless {@link #aboveNormJustification()} says why ({@code
 * LIVESTOCK_PRICE_ABOVE_NORM}); the event keeps the justification. Nothing is spent yet: the acceptance
 * pays for what it accepts. Immutable.
 */
@Value.Immutable
@JsonTypeName(RecordPurchaseLot.TYPE)
@JsonSerialize(as = ImmutableRecordPurchaseLot.class)
@JsonDeserialize(as = ImmutableRecordPurchaseLot.class)
public abstract class RecordPurchaseLot implements PurchaseLotFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.record-purchase-lot";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordPurchaseLot}. */
    public static final class Builder extends ImmutableRecordPurchaseLot.Builder {
    }
}
