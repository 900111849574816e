package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A purchase lot was recorded: its animals wait for acceptance. Immutable.
 */
@Value.Immutable
@JsonTypeName(PurchaseLotRecorded.TYPE)
@JsonSerialize(as = ImmutablePurchaseLotRecorded.class)
@JsonDeserialize(as = ImmutablePurchaseLotRecorded.class)
public abstract class PurchaseLotRecorded implements PurchaseLotFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.purchase-lot-recorded";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PurchaseLotRecorded}. */
    public static final class Builder extends ImmutablePurchaseLotRecorded.Builder {
    }
}
