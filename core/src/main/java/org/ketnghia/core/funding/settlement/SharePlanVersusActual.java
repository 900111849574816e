package org.ketnghia.core.funding.settlement;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.funding.FundAllocation;
import org.ketnghia.core.funding.FundExpenditure;
import org.ketnghia.core.funding.FundReceipt;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSource;
import org.ketnghia.core.funding.NonCashContribution;
import org.ketnghia.core.funding.PlanActualRow;
import org.ketnghia.core.funding.PlanActualTable;
import org.ketnghia.core.funding.PlanAllocationRecorded;
import org.ketnghia.core.funding.Pledge;
import org.ketnghia.core.money.Money;

/**
 * Plan versus actual split into the state-budget share and the mobilised share ({@link FundingShare}),
 * from the funding ledger as it stands: rows keyed {@code STATE_BUDGET} and {@code MOBILISED}, and
 * {@link PlanActualTable#UNATTRIBUTED} for planned money that names no source, money of unregistered
 * sources and spending no receipt paid. Spending follows the receipts that paid it; transfers between
 * communes keep their source, so they cancel out within a share ({@code transferredNet} is zero). Stateless
 * and thread-safe; read the ledger under its lock.
 */
public final class SharePlanVersusActual {

    private SharePlanVersusActual() {
    }

    /** Plan versus actual per share; the table's dimension is {@code "share"}. */
    public static PlanActualTable byShare(FundingLedger funding) {
        return table(funding, false);
    }

    /**
     * Plan versus actual per pilot model and share, keyed {@code "<modelId>/<SHARE>"}; the table's
     * dimension is {@code "model-share"}.
     */
    public static PlanActualTable byModelAndShare(FundingLedger funding) {
        return table(funding, true);
    }

    private static PlanActualTable table(FundingLedger funding, boolean perModel) {
        requireNonNull(funding, "funding");
        Map<String, Money[]> sums = new TreeMap<>();
        for (PlanAllocationRecorded plan : funding.planAllocations()) {
            add(sums, key(funding, plan.modelId(), plan.sourceId(), perModel), 0, plan.amount());
        }
        for (Pledge pledge : funding.pledges()) {
            add(sums, key(funding, pledge.purpose().modelId(), Optional.of(pledge.sourceId()), perModel), 1, pledge.amount());
        }
        for (FundReceipt receipt : funding.receipts()) {
            add(sums, key(funding, receipt.purpose().modelId(), Optional.of(receipt.sourceId()), perModel), 2,
                    receipt.amount());
        }
        for (NonCashContribution gift : funding.nonCashContributions()) {
            add(sums, key(funding, gift.purpose().modelId(), Optional.of(gift.sourceId()), perModel), 3, gift.value());
        }
        for (FundExpenditure expenditure : funding.expenditures()) {
            String model = expenditure.purpose().modelId();
            for (FundAllocation allocation : expenditure.allocations()) {
                add(sums, key(funding, model, Optional.of(allocation.sourceId()), perModel), 4, allocation.amount());
            }
            Money untraced = expenditure.amount().minus(expenditure.traced());
            if (!untraced.isZero()) {
                add(sums, key(funding, model, Optional.empty(), perModel), 4, untraced);
            }
        }
        List<PlanActualRow> rows = new ArrayList<>();
        sums.forEach((key, s) -> rows.add(new PlanActualRow(key, s[0], s[1], s[2], s[3], s[4], Money.ZERO)));
        return new PlanActualTable(perModel ? "model-share" : "share", rows);
    }

    private static String key(FundingLedger funding, String modelId, Optional<String> sourceId, boolean perModel) {
        String share = sourceId.flatMap(funding::source).map(FundingSource::kind).map(FundingShare::of)
                .map(Enum::name).orElse(PlanActualTable.UNATTRIBUTED);
        return perModel ? modelId + "/" + share : share;
    }

    private static void add(Map<String, Money[]> sums, String key, int column, Money amount) {
        Money[] row = sums.computeIfAbsent(key, k -> new Money[] {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO});
        row[column] = row[column].plus(amount);
    }
}
