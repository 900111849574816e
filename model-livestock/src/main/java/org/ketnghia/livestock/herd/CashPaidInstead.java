package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A household paid cash into its group's revolving fund instead of passing animals on: {@link Herd#revolvingFund}
 * counts it in, and lots paid from the fund buy animals for the next household. Immutable.
 */
@Value.Immutable
@JsonTypeName(CashPaidInstead.TYPE)
@JsonSerialize(as = ImmutableCashPaidInstead.class)
@JsonDeserialize(as = ImmutableCashPaidInstead.class)
public abstract class CashPaidInstead implements CashPaymentFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.cash-paid-instead";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CashPaidInstead}. */
    public static final class Builder extends ImmutableCashPaidInstead.Builder {
    }
}
