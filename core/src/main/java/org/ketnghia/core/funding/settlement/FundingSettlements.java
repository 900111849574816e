package org.ketnghia.core.funding.settlement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.funding.BalanceTransferred;
import org.ketnghia.core.funding.CounterpartContributionRecorded;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;

/**
 * The settlements of accounts recorded in the ledger (<i>các kỳ quyết toán đã phê duyệt</i>), and what
 * a settlement would record now ({@link #preview}).
 *
 * <p>Besides the settlements it keeps the order in which money entered, left and moved between funds,
 * so that a settlement can place, as of its period end, every đồng the {@link FundingLedger} traced.
 * Read it through {@code ledger.read(FundingSettlements.class, …)} or from a handler. Not thread-safe by
 * itself; every query returns immutable values.
 */
public final class FundingSettlements implements Projection {

    private final List<Settlement> settlements = new ArrayList<>();
    private final List<SettlementCalculator.Flow> flows = new ArrayList<>();

    /** An empty projection; the ledger fills it. */
    public FundingSettlements() {
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        LocalDate date = event.occurredOn();
        if (payload instanceof AccountsSettled settled) {
            settlements.add(new Settlement(event.sequence(), date, settled));
        } else if (payload instanceof ReceiptRecorded receipt) {
            flows.add(SettlementCalculator.Flow.receipt(receipt.receiptId(), date));
        } else if (payload instanceof CounterpartContributionRecorded counterpart && counterpart.isCash()) {
            flows.add(SettlementCalculator.Flow.receipt(counterpart.contributionId(), date));
        } else if (payload instanceof ExpenditureRecorded expenditure) {
            flows.add(SettlementCalculator.Flow.expenditure(expenditure.expenditureId(), date));
        } else if (payload instanceof BalanceTransferred transfer) {
            flows.add(SettlementCalculator.Flow.transfer(transfer, date));
        }
    }

    /** Every settlement, in the order approved. */
    public List<Settlement> settlements() {
        return List.copyOf(settlements);
    }

    /** The settlement with this id, if any. */
    public Optional<Settlement> settlement(String settlementId) {
        requireNonNull(settlementId, "settlementId");
        return settlements.stream().filter(s -> s.settlementId().equals(settlementId)).findFirst();
    }

    /** The lines of the settlement with this id; empty when there is no such settlement. */
    public List<SettlementLine> lines(String settlementId) {
        return settlement(settlementId).map(s -> s.accounts().lines()).orElse(List.of());
    }

    /** The latest settlement binding money of {@code programme} ({@link Settlement#binds}), if any. */
    public Optional<Settlement> latest(Optional<String> programme) {
        requireNonNull(programme, "programme");
        Settlement latest = null;
        for (Settlement settlement : settlements) {
            if (settlement.binds(programme) && (latest == null || settlement.periodEnd().isAfter(latest.periodEnd()))) {
                latest = settlement;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The settlement that closes {@code date} for money of {@code programme}: the latest binding one
     * whose period ends on or after it; empty when the date is still open.
     */
    public Optional<Settlement> closing(LocalDate date, Optional<String> programme) {
        requireNonNull(date, "date");
        return latest(programme).filter(settlement -> !settlement.periodEnd().isBefore(date));
    }

    /**
     * The lines a settlement ending on {@code periodEnd} would record now, from {@code funding} (the
     * funding ledger of the same ledger). Cumulative: everything dated on or before the period end.
     *
     * <p><b>Attribution to sources and sponsors.</b> The funding ledger traces every expenditure to the
     * receipts that paid for it (first in, first out, see {@link FundingLedger}), so spending is
     * attributed to the source of the receipt that paid it, exactly. Only spending the ledger could not
     * trace ({@link FundingLedger#untracedSpending()}, never for validated events) is attributed in
     * proportion to what each source's money made up of the receipts and transfers of that unit and model
     * up to that expenditure, split to the đồng by the largest-remainder method ({@link
     * org.ketnghia.core.money.Money#allocate}); with no money received at all it goes to {@link
     * SettlementLine#UNATTRIBUTED_SOURCE}. Transfers between a merged commune and its successor move each
     * receipt's remaining money and keep its source.
     */
    public List<SettlementLine> preview(FundingLedger funding, LocalDate periodEnd) {
        requireNonNull(funding, "funding");
        requireNonNull(periodEnd, "periodEnd");
        return new SettlementCalculator(funding, periodEnd).lines(flows);
    }
}
