package org.ketnghia.core.funding.settlement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A settlement of accounts approved (<i>quyết toán đã được phê duyệt</i>): the lines as of {@link
 * #periodEnd()} and their totals, fixed in the ledger. The totals are the exact sums of the lines (the
 * state-budget and mobilised totals of the lines of each share), checked on construction. Immutable.
 *
 * <p>JSON: {@code {"type":"funding.accounts-settled","settlementId":"qt-2026","periodEnd":"2026-12-31",
 * "decisionReference":"…","programmeId":"quang-nam-2021","previousSettlementId":"qt-2023",
 * "lines":[{…}],"totals":{…},"stateBudgetTotals":{…},"mobilisedTotals":{…}}}.
 */
@Value.Immutable
@JsonTypeName(AccountsSettled.TYPE)
@JsonSerialize(as = ImmutableAccountsSettled.class)
@JsonDeserialize(as = ImmutableAccountsSettled.class)
public abstract class AccountsSettled implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.accounts-settled";

    /** Unique id of the settlement. */
    public abstract String settlementId();

    /** The last day (inclusive) of the period settled. */
    public abstract LocalDate periodEnd();

    /** The approving decision (<i>quyết định phê duyệt quyết toán</i>). */
    public abstract String decisionReference();

    /** The programme settled, if named. */
    public abstract Optional<String> programmeId();

    /** The settlement this one follows, if any: its period starts the day after that one's end. */
    public abstract Optional<String> previousSettlementId();

    /**
     * The lines, cumulative from the start of the ledger to {@link #periodEnd()}, sorted by unit, model
     * and source.
     */
    public abstract List<SettlementLine> lines();

    /** The exact sum of every line. */
    public abstract SettlementAmounts totals();

    /** The exact sum of the lines of the {@link FundingShare#STATE_BUDGET} share. */
    public abstract SettlementAmounts stateBudgetTotals();

    /** The exact sum of the lines of the {@link FundingShare#MOBILISED} share. */
    public abstract SettlementAmounts mobilisedTotals();

    /** Checks that the totals are the sums of the lines. */
    @Value.Check
    protected void check() {
        SettlementAmounts sum = SettlementAmounts.sum(lines().stream().map(SettlementLine::amounts).toList());
        SettlementAmounts state = sumOf(FundingShare.STATE_BUDGET);
        SettlementAmounts mobilised = sumOf(FundingShare.MOBILISED);
        if (!sum.equals(totals()) || !state.equals(stateBudgetTotals()) || !mobilised.equals(mobilisedTotals())) {
            throw new IllegalStateException("settlement " + settlementId() + ": totals " + totals() + " / "
                    + stateBudgetTotals() + " / " + mobilisedTotals() + " are not the sums of the lines " + sum + " / "
                    + state + " / " + mobilised);
        }
    }

    /** The exact sum of the lines of {@code share}. */
    public SettlementAmounts sumOf(FundingShare share) {
        return SettlementAmounts.sum(lines().stream().filter(line -> line.share() == share)
                .map(SettlementLine::amounts).toList());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableAccountsSettled.Builder {
    }

    /**
     * The event for {@code lines}, with its totals computed.
     *
     * @param settlementId unique id
     * @param periodEnd last day of the period
     * @param decisionReference the approving decision
     * @param programmeId the programme, if named
     * @param previousSettlementId the settlement it follows, if any
     * @param lines the lines, in order
     */
    public static AccountsSettled of(String settlementId, LocalDate periodEnd, String decisionReference,
            Optional<String> programmeId, Optional<String> previousSettlementId, List<SettlementLine> lines) {
        SettlementAmounts totals = SettlementAmounts.sum(lines.stream().map(SettlementLine::amounts).toList());
        SettlementAmounts state = SettlementAmounts.sum(lines.stream().filter(l -> l.share() == FundingShare.STATE_BUDGET)
                .map(SettlementLine::amounts).toList());
        SettlementAmounts mobilised = SettlementAmounts.sum(lines.stream().filter(l -> l.share() == FundingShare.MOBILISED)
                .map(SettlementLine::amounts).toList());
        return builder().settlementId(settlementId).periodEnd(periodEnd).decisionReference(decisionReference)
                .programmeId(programmeId).previousSettlementId(previousSettlementId).lines(lines).totals(totals)
                .stateBudgetTotals(state).mobilisedTotals(mobilised).build();
    }
}
