package org.ketnghia.core.funding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.money.Money;

/**
 * The plan-versus-actual tables (<i>bảng so sánh kế hoạch – thực hiện</i>) of a {@link FundingLedger}: what it folded
 * — plan allocations, pledges, receipts, contributions in kind and labour, spending in force, balances moved between
 * communes — summed by model, by commune or by sponsor.
 *
 * <p>Made by the ledger for one query, over its own collections, under its ledger's lock: it only reads them and
 * keeps nothing, so it never shapes the ledger's saved state, and the ledger's snapshot form need not name it.
 */
final class PlanActualTables {

    private final Map<String, FundingSource> sources;
    private final List<PlanAllocationRecorded> planAllocations;
    private final Collection<Pledge> pledges;
    private final Collection<FundReceipt> receipts;
    private final List<NonCashContribution> nonCash;
    private final List<FundExpenditure> expendituresInForce;
    private final List<FundingLedger.TransferSlice> transferSlices;

    /**
     * Tables over the ledger's collections, read, never changed.
     *
     * @param sources the sources by id, which name the sponsor of the money
     * @param planAllocations the plan allocations
     * @param pledges every pledge
     * @param receipts every receipt and cash counterpart contribution, wholly reversed or not, at its amount in force
     * @param nonCash the contributions in kind and in labour
     * @param expendituresInForce the expenditures not reversed, with the receipts that paid them
     * @param transferSlices the money moved between funds, slice by slice
     */
    PlanActualTables(Map<String, FundingSource> sources, List<PlanAllocationRecorded> planAllocations,
            Collection<Pledge> pledges, Collection<FundReceipt> receipts, List<NonCashContribution> nonCash,
            List<FundExpenditure> expendituresInForce, List<FundingLedger.TransferSlice> transferSlices) {
        this.sources = sources;
        this.planAllocations = planAllocations;
        this.pledges = pledges;
        this.receipts = receipts;
        this.nonCash = nonCash;
        this.expendituresInForce = expendituresInForce;
        this.transferSlices = transferSlices;
    }

    /** What a table's rows are keyed by; in lower case, the table's {@link PlanActualTable#dimension()}. */
    private enum Dimension { MODEL, COMMUNE, SPONSOR }

    /** The sums of a row, in the order of {@link PlanActualRow}'s components. */
    private enum Column { PLANNED, PLEDGED, RECEIVED, IN_KIND, SPENT, TRANSFERRED_NET }

    /** See {@link FundingLedger#planVersusActualByModel()}. */
    PlanActualTable byModel() {
        return table(Dimension.MODEL);
    }

    /** See {@link FundingLedger#planVersusActualByCommune()}. */
    PlanActualTable byCommune() {
        return table(Dimension.COMMUNE);
    }

    /** See {@link FundingLedger#planVersusActualBySponsor()}. */
    PlanActualTable bySponsor() {
        return table(Dimension.SPONSOR);
    }

    private PlanActualTable table(Dimension dimension) {
        Map<String, Money[]> sums = new TreeMap<>();
        for (PlanAllocationRecorded plan : planAllocations) {
            String key = dimension == Dimension.SPONSOR && plan.sponsorId().isPresent() ? plan.sponsorId().get()
                    : key(dimension, plan.communeCode(), plan.modelId(), plan.sourceId().orElse(null));
            add(sums, key, Column.PLANNED, plan.amount());
        }
        for (Pledge pledge : pledges) {
            add(sums, key(dimension, pledge.communeCode(), pledge.purpose().modelId(), pledge.sourceId()),
                    Column.PLEDGED, pledge.amount());
        }
        for (FundReceipt receipt : receipts) {
            add(sums, key(dimension, receipt.communeCode(), receipt.purpose().modelId(), receipt.sourceId()),
                    Column.RECEIVED, receipt.amount());
        }
        for (NonCashContribution gift : nonCash) {
            add(sums, key(dimension, gift.communeCode(), gift.purpose().modelId(), gift.sourceId()), Column.IN_KIND,
                    gift.value());
        }
        for (FundExpenditure expenditure : expendituresInForce) {
            addSpending(sums, dimension, expenditure);
        }
        for (FundingLedger.TransferSlice slice : transferSlices) {
            add(sums, key(dimension, slice.fromCommune(), slice.modelId(), slice.sourceId()), Column.TRANSFERRED_NET,
                    slice.amount().negate());
            add(sums, key(dimension, slice.toCommune(), slice.modelId(), slice.sourceId()), Column.TRANSFERRED_NET,
                    slice.amount());
        }
        List<PlanActualRow> rows = new ArrayList<>();
        sums.forEach((key, row) -> rows.add(new PlanActualRow(key, row[Column.PLANNED.ordinal()],
                row[Column.PLEDGED.ordinal()], row[Column.RECEIVED.ordinal()], row[Column.IN_KIND.ordinal()],
                row[Column.SPENT.ordinal()], row[Column.TRANSFERRED_NET.ordinal()])));
        return new PlanActualTable(dimension.name().toLowerCase(Locale.ROOT), rows);
    }

    /** Spending follows the receipts that paid it (their sources' sponsors); what no receipt paid has no source. */
    private void addSpending(Map<String, Money[]> sums, Dimension dimension, FundExpenditure expenditure) {
        String commune = expenditure.communeCode();
        String model = expenditure.purpose().modelId();
        for (FundAllocation allocation : expenditure.allocations()) {
            add(sums, key(dimension, commune, model, allocation.sourceId()), Column.SPENT, allocation.amount());
        }
        Money untraced = expenditure.amount().minus(expenditure.traced());
        if (!untraced.isZero()) {
            add(sums, key(dimension, commune, model, null), Column.SPENT, untraced);
        }
    }

    /** The row money of this commune, model and source (null: none) belongs to. */
    private String key(Dimension dimension, String communeCode, String modelId, String sourceId) {
        return switch (dimension) {
            case MODEL -> modelId;
            case COMMUNE -> communeCode;
            case SPONSOR -> Optional.ofNullable(sourceId).map(sources::get).flatMap(FundingSource::sponsorId)
                    .orElse(PlanActualTable.UNATTRIBUTED);
        };
    }

    private static void add(Map<String, Money[]> sums, String key, Column column, Money amount) {
        Money[] row = sums.computeIfAbsent(key, newKey -> {
            Money[] zeros = new Money[Column.values().length];
            Arrays.fill(zeros, Money.ZERO);
            return zeros;
        });
        row[column.ordinal()] = row[column.ordinal()].plus(amount);
    }
}
