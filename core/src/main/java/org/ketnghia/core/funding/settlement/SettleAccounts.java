package org.ketnghia.core.funding.settlement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Approves the settlement of accounts (<i>phê duyệt quyết toán</i>) of a period ending on {@link
 * #periodEnd()}: the handler computes, from the funding ledger, one {@link SettlementLine} per
 * fund-holding unit, pilot model and funding source and records {@link AccountsSettled}. Recorded by the
 * system or the provincial committee, typically on the programme's last day (year 5) and at the end of
 * any earlier settlement period the programme sets. In a ledger holding several programmes, the settlement of
 * a programme counts only the money recorded for it or for no programme ({@link
 * FundingSettlements#preview(org.ketnghia.core.funding.FundingLedger, LocalDate, Optional)}), and money of no
 * programme that another programme's expenditure was traced to is counted as spent by that programme, on a line of
 * its own ({@link SettlementLine#spentByProgramme()}), so the balance carried forward is what the programme settled
 * can still spend; a settlement for no programme counts everything.
 *
 * <p>Refused when the period has not ended on {@link #occurredOn()} ({@code
 * FUNDING_SETTLEMENT_PERIOD_NOT_ENDED}; the ledger itself refuses dates after today) or does not end
 * after the previous settlement ({@code FUNDING_SETTLEMENT_NOT_AFTER_PREVIOUS}). Afterwards, no receipt,
 * expenditure, contribution, transfer or reversal dated on or before the period end is accepted for the money
 * the settlement binds ({@code FUNDING_PERIOD_SETTLED}, see {@link SettlementLock}).
 *
 * <p>A receipt or expenditure reversed ({@link org.ketnghia.core.funding.ReverseReceipt}, {@link
 * org.ketnghia.core.funding.ReverseExpenditure}) on or before the period end is left out of the lines (a receipt
 * reversed in part counts for what is left of it); one reversed after the period end, even before the
 * settlement is approved, still counts in this period, and the next settlement leaves it out.
 */
@Value.Immutable
@JsonTypeName(SettleAccounts.TYPE)
@JsonSerialize(as = ImmutableSettleAccounts.class)
@JsonDeserialize(as = ImmutableSettleAccounts.class)
public abstract class SettleAccounts implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.settle-accounts";

    @Override
    public abstract Actor actor();

    /** The unit approving the settlement, usually the province. */
    @Override
    public abstract String unitCode();

    /** The date the settlement is approved; not before {@link #periodEnd()}. */
    @Override
    public abstract LocalDate occurredOn();

    /** Unique id of the settlement. */
    public abstract String settlementId();

    /** The last day (inclusive) of the period settled. */
    public abstract LocalDate periodEnd();

    /** The approving decision, e.g. {@code "Quyết định 1234/QĐ-UBND ngày 31/12/2026"}. */
    public abstract String decisionReference();

    /**
     * The programme settled; when empty, the programme the command is recorded for ({@code
     * Ledger.forProgramme}), if any.
     */
    public abstract Optional<String> programmeId();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableSettleAccounts.Builder {
    }
}
