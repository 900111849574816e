package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A household paid cash into its group's revolving fund instead of passing animals on: {@link Herd#revolvingFund}
 * counts it in, and lots paid from the fund buy animals for the next household. Since the funding ledger keeps
 * the revolving funds, the same batch records the money as a core funding receipt ({@link #receiptId()}) earmarked
 * for the group's revolving fund. Immutable.
 */
@Value.Immutable
@JsonTypeName(CashPaidInstead.TYPE)
@JsonSerialize(as = ImmutableCashPaidInstead.class)
@JsonDeserialize(as = ImmutableCashPaidInstead.class)
public abstract class CashPaidInstead implements CashPaymentFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.cash-paid-instead";

    /**
     * The core funding receipt ({@code funding.receipt-recorded}) recorded with it into the group's revolving fund
     * in the funding ledger; absent for cash recorded before the funding ledger kept revolving funds (and then
     * absent from the JSON, so those events keep their bytes): see {@link Herd#revolvingFundOutsideFundingLedger}.
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public abstract Optional<String> receiptId();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CashPaidInstead}. */
    public static final class Builder extends ImmutableCashPaidInstead.Builder {
    }
}
