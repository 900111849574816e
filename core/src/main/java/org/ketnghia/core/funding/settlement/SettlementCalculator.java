package org.ketnghia.core.funding.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ketnghia.core.funding.BalanceTransferred;
import org.ketnghia.core.funding.ExpenditureReversed;
import org.ketnghia.core.funding.FundAllocation;
import org.ketnghia.core.funding.FundExpenditure;
import org.ketnghia.core.funding.FundReceipt;
import org.ketnghia.core.funding.FundReversal;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSource;
import org.ketnghia.core.funding.NonCashContribution;
import org.ketnghia.core.funding.Pledge;
import org.ketnghia.core.funding.ReceiptReversed;
import org.ketnghia.core.money.Money;

/**
 * Computes settlement lines by replaying, in ledger order, the receipts, expenditures, transfers and reversals
 * dated on or before the period end, taking each expenditure's trace from the funding ledger. A receipt enters
 * at the amount it was recorded with and a reversal dated in the period takes its amount back out, so a
 * reversal dated after the period end does not change the period's figures. Only the pledges, contributions,
 * receipts and expenditures whose id the settled programme counts enter; reversals and transfers move money
 * already counted (or not), so they are replayed for every programme. An expenditure of another programme enters
 * only for the part traced to receipts the settled programme counts, on lines of its own naming that programme
 * ({@link SettlementLine#spentByProgramme()}). One use only.
 */
final class SettlementCalculator {

    private static final int PLEDGED = 0;
    private static final int RECEIVED = 1;
    private static final int IN_KIND = 2;
    private static final int TRANSFERRED_IN = 3;
    private static final int TRANSFERRED_OUT = 4;
    private static final int SPENT = 5;

    private static final Comparator<LineKey> ORDER = Comparator.comparing(LineKey::unitCode)
            .thenComparing(LineKey::modelId).thenComparing(LineKey::sourceId).thenComparing(LineKey::spentBy);
    /** The {@link LineKey#spentBy} of the settled programme's own lines. */
    private static final String OWN = "";

    private final FundingLedger funding;
    private final LocalDate periodEnd;
    /** Whether the pledge, contribution, receipt or expenditure with this id counts for the programme settled. */
    private final Predicate<String> counts;
    /** The programme a pledge, contribution, receipt or expenditure was recorded for; empty for none. */
    private final Function<String, Optional<String>> programmeOf;
    private final Map<LineKey, Money[]> sums = new TreeMap<>(ORDER);
    /** (unit, model) → the money held, by receipt, in order of arrival. */
    private final Map<FundKey, List<Lot>> lots = new HashMap<>();
    /** receipt id → what every reversal of it took back, whatever its date: the receipt's amount net of it. */
    private final Map<String, Money> reversedOfReceipt = new HashMap<>();
    /** receipt id → the receipt, for those replayed so far. */
    private final Map<String, FundReceipt> received = new HashMap<>();
    /** expenditure id → what it added to the spent column, by source, for those replayed so far. */
    private final Map<String, List<SpentPart>> spentParts = new HashMap<>();
    /** expenditure id of another programme → its allocations drawn from money counted here, for those replayed so far. */
    private final Map<String, List<FundAllocation>> drawnByOtherProgramme = new HashMap<>();

    /**
     * @param funding the funding ledger
     * @param periodEnd the last day of the period
     * @param settled the programme settled; empty for every programme (then every record counts)
     * @param programmeOf the programme each money record was recorded for, empty for none
     */
    SettlementCalculator(FundingLedger funding, LocalDate periodEnd, Optional<String> settled,
            Function<String, Optional<String>> programmeOf) {
        this.funding = funding;
        this.periodEnd = periodEnd;
        this.programmeOf = programmeOf;
        this.counts = recordId -> settled.isEmpty() || programmeOf.apply(recordId).map(settled.get()::equals).orElse(true);
        for (FundReversal reversal : funding.reversals()) {
            if (reversal.kind() == FundReversal.Kind.RECEIPT) {
                reversedOfReceipt.merge(reversal.reversedId(), reversal.amount(), Money::plus);
            }
        }
    }

    List<SettlementLine> lines(List<Flow> flows) {
        for (Pledge pledge : funding.pledges()) {
            if (!pledge.pledgedOn().isAfter(periodEnd) && counts.test(pledge.pledgeId())) {
                add(pledge.communeCode(), pledge.purpose().modelId(), pledge.sourceId(), PLEDGED, pledge.amount());
            }
        }
        for (NonCashContribution gift : funding.nonCashContributions()) {
            if (!gift.contributedOn().isAfter(periodEnd) && counts.test(gift.contributionId())) {
                add(gift.communeCode(), gift.purpose().modelId(), gift.sourceId(), IN_KIND, gift.value());
            }
        }
        for (Flow flow : flows) {
            if (flow.date().isAfter(periodEnd)) {
                continue;
            }
            switch (flow.kind()) {
                case RECEIPT -> funding.receipt(flow.id()).filter(receipt -> counts.test(flow.id())).ifPresent(this::receive);
                case EXPENDITURE -> funding.expenditure(flow.id()).ifPresent(spending -> {
                    if (counts.test(flow.id())) {
                        spend(spending);
                    } else {
                        programmeOf.apply(flow.id()).ifPresent(other -> spendOfOtherProgramme(spending, other));
                    }
                });
                case TRANSFER -> transfer(flow);
                case RECEIPT_REVERSAL -> reverseReceipt(flow);
                case EXPENDITURE_REVERSAL -> reverseExpenditure(flow);
            }
        }
        List<SettlementLine> lines = new ArrayList<>();
        sums.forEach((key, figures) -> {
            SettlementAmounts amounts = SettlementAmounts.of(figures[PLEDGED], figures[RECEIVED], figures[IN_KIND],
                    figures[TRANSFERRED_IN], figures[TRANSFERRED_OUT], figures[SPENT]);
            if (!amounts.allZero()) {
                lines.add(line(key, amounts));
            }
        });
        return List.copyOf(lines);
    }

    private SettlementLine line(LineKey key, SettlementAmounts amounts) {
        Optional<FundingSource> source = funding.source(key.sourceId());
        // money of a source that is not registered cannot be shown to be state money: it is counted as mobilised
        FundingShare share = source.map(s -> FundingShare.of(s.kind())).orElse(FundingShare.MOBILISED);
        return SettlementLine.builder().unitCode(key.unitCode()).modelId(key.modelId()).sourceId(key.sourceId())
                .sourceKind(source.map(FundingSource::kind)).sponsorId(source.flatMap(FundingSource::sponsorId))
                .share(share).spentByProgramme(Optional.of(key.spentBy()).filter(spentBy -> !spentBy.isEmpty()))
                .amounts(amounts).build();
    }

    /** The funding ledger keeps a receipt net of its reversals: it enters here at the amount it was recorded with. */
    private void receive(FundReceipt receipt) {
        String model = receipt.purpose().modelId();
        Money recorded = receipt.amount().plus(reversedOfReceipt.getOrDefault(receipt.receiptId(), Money.ZERO));
        received.put(receipt.receiptId(), receipt);
        lotsOf(receipt.communeCode(), model).add(new Lot(receipt.receiptId(), receipt.sourceId(), recorded));
        add(receipt.communeCode(), model, receipt.sourceId(), RECEIVED, recorded);
    }

    /** As the funding ledger does: the amount leaves what is left of the receipt's lots in the reversing unit's fund. */
    private void reverseReceipt(Flow reversal) {
        FundReceipt receipt = received.get(reversal.id());
        if (receipt == null) {
            // a reversal of a receipt not received by the period end (never for validated events)
            return;
        }
        String model = receipt.purpose().modelId();
        add(receipt.communeCode(), model, receipt.sourceId(), RECEIVED, reversal.amount().negate());
        Money needed = reversal.amount();
        for (Lot lot : lotsOf(reversal.fromUnit(), model)) {
            if (lot.receiptId.equals(receipt.receiptId())) {
                Money taken = lot.remaining.min(needed);
                lot.remaining = lot.remaining.minus(taken);
                lot.initial = lot.initial.minus(taken);
                needed = needed.minus(taken);
            }
        }
    }

    private void spend(FundExpenditure expenditure) {
        String unit = expenditure.communeCode();
        String model = expenditure.purpose().modelId();
        List<Lot> held = lotsOf(unit, model);
        List<SpentPart> parts = new ArrayList<>();
        spentParts.put(expenditure.expenditureId(), parts);
        for (FundAllocation allocation : expenditure.allocations()) {
            draw(held, allocation);
            spent(parts, unit, model, allocation.sourceId(), OWN, allocation.amount());
        }
        Money untraced = expenditure.amount().minus(expenditure.traced());
        if (untraced.isPositive()) {
            attributeInProportion(parts, unit, model, untraced, held);
        }
    }

    /**
     * An expenditure of another programme: the part of it the funding ledger traced to receipts counted here (money of
     * no programme, or, for spending recorded before programmes' money was kept apart, of the programme settled) left
     * the fund, so it is counted as spent by that programme, on lines of its own; the rest is that programme's
     * money and does not enter.
     */
    private void spendOfOtherProgramme(FundExpenditure expenditure, String other) {
        String unit = expenditure.communeCode();
        String model = expenditure.purpose().modelId();
        List<Lot> held = lotsOf(unit, model);
        List<SpentPart> parts = new ArrayList<>();
        List<FundAllocation> drawn = new ArrayList<>();
        for (FundAllocation allocation : expenditure.allocations()) {
            if (counts.test(allocation.receiptId())) {
                draw(held, allocation);
                drawn.add(allocation);
                spent(parts, unit, model, allocation.sourceId(), other, allocation.amount());
            }
        }
        if (!parts.isEmpty()) {
            spentParts.put(expenditure.expenditureId(), parts);
            drawnByOtherProgramme.put(expenditure.expenditureId(), drawn);
        }
    }

    /** As the funding ledger does: the allocation's amount leaves what is left of its receipt's lots. */
    private static void draw(List<Lot> held, FundAllocation allocation) {
        Money needed = allocation.amount();
        for (Lot lot : held) {
            if (!needed.isPositive()) {
                break;
            }
            if (lot.receiptId.equals(allocation.receiptId())) {
                Money taken = lot.remaining.min(needed);
                lot.remaining = lot.remaining.minus(taken);
                needed = needed.minus(taken);
            }
        }
    }

    /**
     * As the funding ledger does: the money returns to the lots of the receipts that paid for it, and what the
     * expenditure added to the spent column is taken out again, source by source (for another programme's
     * expenditure, only what it drew from money counted here).
     */
    private void reverseExpenditure(Flow reversal) {
        List<SpentPart> parts = spentParts.remove(reversal.id());
        if (parts == null) {
            // a reversal of an expenditure not replayed by the period end (never for validated events), or of
            // another programme's expenditure that drew nothing counted here
            return;
        }
        FundExpenditure expenditure = funding.expenditure(reversal.id()).orElseThrow();
        for (SpentPart part : parts) {
            add(part.unitCode(), part.modelId(), part.sourceId(), part.spentBy(), SPENT, part.amount().negate());
        }
        List<Lot> held = lotsOf(expenditure.communeCode(), expenditure.purpose().modelId());
        List<FundAllocation> drawn = drawnByOtherProgramme.remove(reversal.id());
        for (FundAllocation allocation : drawn != null ? drawn : expenditure.allocations()) {
            Lot back = held.stream().filter(lot -> lot.receiptId.equals(allocation.receiptId())).findFirst()
                    .orElseGet(() -> {
                        Lot returned = new Lot(allocation.receiptId(), allocation.sourceId(), Money.ZERO);
                        held.add(returned);
                        return returned;
                    });
            back.remaining = back.remaining.plus(allocation.amount());
        }
    }

    private void spent(List<SpentPart> parts, String unit, String model, String source, String spentBy, Money amount) {
        parts.add(new SpentPart(unit, model, source, spentBy, amount));
        add(unit, model, source, spentBy, SPENT, amount);
    }

    /** Spending no receipt paid: in proportion to each source's money that came into the fund. */
    private void attributeInProportion(List<SpentPart> parts, String unit, String model, Money amount, List<Lot> held) {
        Map<String, Money> bySource = new LinkedHashMap<>();
        for (Lot lot : held) {
            bySource.merge(lot.sourceId, lot.initial, Money::plus);
        }
        bySource.values().removeIf(money -> !money.isPositive());
        if (bySource.isEmpty()) {
            spent(parts, unit, model, SettlementLine.UNATTRIBUTED_SOURCE, OWN, amount);
            return;
        }
        List<String> sources = List.copyOf(bySource.keySet());
        long[] weights = sources.stream().mapToLong(source -> bySource.get(source).dong()).toArray();
        List<Money> shares = amount.allocate(weights);
        for (int i = 0; i < sources.size(); i++) {
            spent(parts, unit, model, sources.get(i), OWN, shares.get(i));
        }
    }

    private void transfer(Flow flow) {
        List<Lot> to = lotsOf(flow.toUnit(), flow.modelId());
        Money needed = flow.amount();
        for (Lot lot : lotsOf(flow.fromUnit(), flow.modelId())) {
            Money taken = lot.remaining.min(needed);
            if (!taken.isPositive()) {
                continue;
            }
            lot.remaining = lot.remaining.minus(taken);
            needed = needed.minus(taken);
            to.add(new Lot(lot.receiptId, lot.sourceId, taken));
            add(flow.fromUnit(), flow.modelId(), lot.sourceId, TRANSFERRED_OUT, taken);
            add(flow.toUnit(), flow.modelId(), lot.sourceId, TRANSFERRED_IN, taken);
        }
    }

    private List<Lot> lotsOf(String unit, String model) {
        return lots.computeIfAbsent(new FundKey(unit, model), key -> new ArrayList<>());
    }

    private void add(String unit, String model, String source, int column, Money amount) {
        add(unit, model, source, OWN, column, amount);
    }

    private void add(String unit, String model, String source, String spentBy, int column, Money amount) {
        Money[] figures = sums.computeIfAbsent(new LineKey(unit, model, source, spentBy), key -> new Money[] {
            Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO});
        figures[column] = figures[column].plus(amount);
    }

    /** A movement of money, in ledger order. */
    record Flow(Kind kind, String id, LocalDate date, String fromUnit, String toUnit, String modelId, Money amount) {

        enum Kind { RECEIPT, EXPENDITURE, TRANSFER, RECEIPT_REVERSAL, EXPENDITURE_REVERSAL }

        static Flow receipt(String receiptId, LocalDate date) {
            return new Flow(Kind.RECEIPT, receiptId, date, "", "", "", Money.ZERO);
        }

        static Flow expenditure(String expenditureId, LocalDate date) {
            return new Flow(Kind.EXPENDITURE, expenditureId, date, "", "", "", Money.ZERO);
        }

        static Flow transfer(BalanceTransferred transfer, LocalDate date) {
            return new Flow(Kind.TRANSFER, transfer.transferId(), date, transfer.fromCommuneCode(),
                    transfer.toCommuneCode(), transfer.modelId(), transfer.amount());
        }

        /** Keeps the receipt's id, the unit whose fund the money leaves and the amount reversed. */
        static Flow receiptReversal(ReceiptReversed reversal, LocalDate date) {
            return new Flow(Kind.RECEIPT_REVERSAL, reversal.receiptId(), date, reversal.communeCode(), "", "",
                    reversal.amount());
        }

        /** Keeps the expenditure's id, the unit that had spent and the amount returned. */
        static Flow expenditureReversal(ExpenditureReversed reversal, LocalDate date) {
            return new Flow(Kind.EXPENDITURE_REVERSAL, reversal.expenditureId(), date, reversal.communeCode(), "", "",
                    reversal.amount());
        }
    }

    /** A line: {@code spentBy} names another programme for money it spent, {@link #OWN} otherwise. */
    private record LineKey(String unitCode, String modelId, String sourceId, String spentBy) {
    }

    private record FundKey(String unitCode, String modelId) {
    }

    /** What an expenditure added to the spent column of one line. */
    private record SpentPart(String unitCode, String modelId, String sourceId, String spentBy, Money amount) {
    }

    /** Money of one receipt held by a fund. */
    private static final class Lot {
        final String receiptId;
        final String sourceId;
        Money initial;
        Money remaining;

        Lot(String receiptId, String sourceId, Money amount) {
            this.receiptId = receiptId;
            this.sourceId = sourceId;
            this.initial = amount;
            this.remaining = amount;
        }
    }
}
