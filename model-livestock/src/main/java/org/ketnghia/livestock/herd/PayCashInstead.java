package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Pays the policy’s cash alternative into the group’s revolving fund instead of passing animals on
 * (<i>nộp tiền thay con giống</i>). Refused when the policy has no cash alternative, the amount is
 * below it, or the obligation is unknown or closed. Immutable.
 */
@Value.Immutable
@JsonTypeName(PayCashInstead.TYPE)
@JsonSerialize(as = ImmutablePayCashInstead.class)
@JsonDeserialize(as = ImmutablePayCashInstead.class)
public abstract class PayCashInstead implements CashPaymentFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.pay-cash-instead";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PayCashInstead}. */
    public static final class Builder extends ImmutablePayCashInstead.Builder {
    }
}
