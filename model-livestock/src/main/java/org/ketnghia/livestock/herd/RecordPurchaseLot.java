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
 * the lot's total exceeds the commune's funds available for the model. Nothing is spent yet: the
 * acceptance pays for what it accepts. Immutable.
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
