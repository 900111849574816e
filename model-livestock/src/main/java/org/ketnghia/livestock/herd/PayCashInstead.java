package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Pays the policy’s cash alternative into the group’s revolving fund instead of passing animals on
 * (<i>nộp tiền thay con giống</i>). The money goes, atomically, into the funding ledger too: an unpledged
 * receipt ({@code livestock-nop-tien-<obligationId>}) into the fund of the commune recording (the group's commune,
 * or its successor after the 2025 mergers), earmarked {@code livestock/quy-quay-vong:<groupId>} so it pays only
 * the group's revolving purchases, from the group's source of kind {@code REVOLVING_REPAYMENT} ({@code
 * livestock-hoan-tra-<groupId>}, registered in the same batch the first time). Refused, with every problem, when
 * the policy has no cash alternative, the amount is below it, the obligation is unknown or closed, the commune
 * does not record for the group, or the funding ledger refuses the receipt (a settled period, say). Immutable.
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
