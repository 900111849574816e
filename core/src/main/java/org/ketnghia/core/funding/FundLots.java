package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.ketnghia.core.money.Money;

/**
 * The money each fund (a commune and a model) holds, lot by lot (<i>các lô tiền của quỹ</i>): every receipt enters
 * as a lot that remembers its receipt, source, earmarked activity and programme, and spending draws from the lots
 * first in, first out, so that every đồng spent is traced to the receipt that paid it. Part of {@link FundingLedger}'s
 * state, named in its snapshot form's code.
 *
 * <p>Mutable, not thread-safe: the funding ledger is used under its ledger's lock.
 */
final class FundLots {

    /** commune → model → lots in order of arrival. */
    private final Map<String, Map<String, List<Lot>>> lots = new TreeMap<>();
    /**
     * receipt (or cash counterpart contribution) id → the programme it was recorded for, for those recorded for one;
     * the programme of every lot of that receipt, kept here once.
     */
    private final Map<String, String> programmeOfReceipt = new LinkedHashMap<>();

    /** Adds the lots of each fund and the programmes of the receipts, as a snapshot holds them, to these (empty) ones. */
    void restore(List<FundingLedger.SavedLots> savedLots, List<FundingLedger.SavedReceiptProgramme> programmes) {
        savedLots.forEach(saved -> {
            List<Lot> held = fund(saved.communeCode(), saved.modelId());
            saved.lots().forEach(lot -> held.add(new Lot(lot.receiptId(), lot.sourceId(), lot.activity(), lot.remaining())));
        });
        programmes.forEach(saved -> programmeOfReceipt.put(saved.receiptId(), saved.programmeId()));
    }

    /** The lots of every fund, by commune and model, lot by lot in order of arrival. */
    List<FundingLedger.SavedLots> savedLots() {
        List<FundingLedger.SavedLots> saved = new ArrayList<>();
        lots.forEach((commune, byModel) -> byModel.forEach((model, held) -> saved.add(new FundingLedger.SavedLots(commune,
                model, held.stream().map(lot -> new FundingLedger.SavedLot(lot.receiptId, lot.sourceId, lot.activity,
                        lot.remaining)).toList()))));
        return saved;
    }

    /** The programme of every receipt recorded for one, in the order recorded. */
    List<FundingLedger.SavedReceiptProgramme> savedProgrammes() {
        return programmeOfReceipt.entrySet().stream()
                .map(entry -> new FundingLedger.SavedReceiptProgramme(entry.getKey(), entry.getValue())).toList();
    }

    // ------------------------------------------------------------------ money in, out and between funds

    /** Puts {@code receipt}'s whole amount in its fund as one lot, of {@code programme}. */
    void receive(FundReceipt receipt, Optional<String> programme) {
        programme.ifPresent(id -> programmeOfReceipt.put(receipt.receiptId(), id));
        fund(receipt.communeCode(), receipt.purpose().modelId())
                .add(new Lot(receipt.receiptId(), receipt.sourceId(), receipt.purpose().activity(), receipt.amount()));
    }

    /**
     * Draws {@code amount} for the expenditure {@code expenditureId} of {@code programme} from the fund of {@code
     * communeCode} for {@code purpose}, first in, first out, adding what it takes of each lot to {@code allocations}:
     * first from the lots that may pay for the programme, then, for what they cannot pay (only spending validated
     * before programmes' money was kept apart gets there), from the others.
     */
    Drawn draw(String expenditureId, String communeCode, FundPurpose purpose, Optional<String> programme, Money amount,
            List<FundAllocation> allocations) {
        Map<Boolean, List<Lot>> mayPayOrNot = drawOrder(communeCode, purpose).stream()
                .collect(Collectors.partitioningBy(lot -> pays(lot, programme)));
        BiConsumer<Lot, Money> allocate = (lot, taken) -> allocations.add(
                new FundAllocation(expenditureId, lot.receiptId, lot.sourceId, taken));
        Money needed = takeFirstInFirstOut(mayPayOrNot.get(true), amount, allocate);
        Money fromOtherProgrammes = Money.ZERO;
        if (needed.isPositive()) {
            // only an expenditure validated when the whole fund paid (before programmes' money was kept apart) gets
            // here: it was paid from the fund's cash, so the rest is traced to other programmes' money, and counted
            Money unpaidByItsOwn = needed;
            needed = takeFirstInFirstOut(mayPayOrNot.get(false), needed, allocate);
            fromOtherProgrammes = unpaidByItsOwn.minus(needed);
        }
        return new Drawn(fromOtherProgrammes, needed);
    }

    /**
     * What a draw traced to other programmes' money, and what no lot could pay.
     *
     * @param fromOtherProgrammes the part paid by lots of another programme
     * @param untraced the part no lot paid (never for validated events)
     */
    record Drawn(Money fromOtherProgrammes, Money untraced) {
    }

    /**
     * Takes up to {@code needed} from the lots of {@code order}, first in, first out, handing what it takes of each lot
     * (always a positive amount) to {@code took}; returns what is still needed. Drawing and moving a balance share it.
     */
    private static Money takeFirstInFirstOut(List<Lot> order, Money needed, BiConsumer<Lot, Money> took) {
        Money stillNeeded = needed;
        for (Lot lot : order) {
            if (!stillNeeded.isPositive()) {
                break;
            }
            Money taken = lot.remaining.min(stillNeeded);
            if (!taken.isPositive()) {
                continue;
            }
            lot.remaining = lot.remaining.minus(taken);
            stillNeeded = stillNeeded.minus(taken);
            took.accept(lot, taken);
        }
        return stillNeeded;
    }

    /**
     * Moves up to {@code amount} of a model's money from one commune's fund to another's, lot by lot in order of
     * arrival, each keeping its receipt, source and activity; returns what was moved of each lot, in order.
     */
    List<Moved> transfer(String fromCommuneCode, String toCommuneCode, String modelId, Money amount) {
        List<Lot> from = lotsOf(fromCommuneCode, modelId);
        List<Lot> to = fund(toCommuneCode, modelId);
        List<Moved> moved = new ArrayList<>();
        takeFirstInFirstOut(from, amount, (lot, taken) -> {
            to.add(new Lot(lot.receiptId, lot.sourceId, lot.activity, taken));
            moved.add(new Moved(lot.sourceId, taken));
        });
        return moved;
    }

    /**
     * What a transfer moved of one lot.
     *
     * @param sourceId the lot's source
     * @param amount how much
     */
    record Moved(String sourceId, Money amount) {
    }

    /** Takes {@code amount} of a reversed receipt back out of its lots in the fund of {@code communeCode}. */
    void takeBack(FundReceipt receipt, String communeCode, Money amount) {
        Money needed = amount;
        for (Lot lot : lotsOf(communeCode, receipt.purpose().modelId())) {
            if (lot.receiptId.equals(receipt.receiptId())) {
                Money taken = lot.remaining.min(needed);
                lot.remaining = lot.remaining.minus(taken);
                needed = needed.minus(taken);
            }
        }
    }

    /**
     * Returns the money of a reversed expenditure to the lots it was drawn from, in its commune's fund (a lot stays in
     * its fund's list when its money moves away or is taken back, so it is found there, with less or nothing left).
     * Only a lot not found at all — never for validated events — is made anew, empty, earmarked as its receipt in
     * {@code receipts} was, or as the expenditure was when the receipt is unknown.
     */
    void giveBack(FundExpenditure expenditure, Map<String, FundReceipt> receipts) {
        List<Lot> held = fund(expenditure.communeCode(), expenditure.purpose().modelId());
        for (FundAllocation allocation : expenditure.allocations()) {
            Lot back = null;
            for (Lot lot : held) {
                if (lot.receiptId.equals(allocation.receiptId())) {
                    back = lot;
                    break;
                }
            }
            if (back == null) {
                FundReceipt receipt = receipts.get(allocation.receiptId());
                back = new Lot(allocation.receiptId(), allocation.sourceId(),
                        receipt == null ? expenditure.purpose().activity() : receipt.purpose().activity(), Money.ZERO);
                held.add(back);
            }
            back.remaining = back.remaining.plus(allocation.amount());
        }
    }

    // ------------------------------------------------------------------ queries

    /** What of {@code receipt} its commune's fund still holds. */
    Money heldOf(FundReceipt receipt) {
        return remainingIn(lotsOf(receipt.communeCode(), receipt.purpose().modelId()).stream()
                .filter(lot -> lot.receiptId.equals(receipt.receiptId())).toList());
    }

    /** Every commune code that holds or held money, sorted. */
    SortedSet<String> communes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(lots.keySet()));
    }

    /** The model ids for which {@code communeCode} holds or held money, sorted. */
    SortedSet<String> modelsOf(String communeCode) {
        return Collections.unmodifiableSortedSet(
                new TreeSet<>(lots.getOrDefault(requireNonNull(communeCode, "communeCode"), Map.of()).keySet()));
    }

    /** The activities money was earmarked for in a commune and model. */
    SortedSet<String> earmarkedActivities(String communeCode, String modelId) {
        SortedSet<String> activities = new TreeSet<>();
        for (Lot lot : lotsOf(communeCode, modelId)) {
            lot.activity.ifPresent(activities::add);
        }
        return Collections.unmodifiableSortedSet(activities);
    }

    /** All money a commune still holds for a model. */
    Money balance(String communeCode, String modelId) {
        return remainingIn(lotsOf(communeCode, modelId));
    }

    /** The money the lots that pay for {@code purpose} hold, whatever their programme. */
    Money availableFor(String communeCode, FundPurpose purpose) {
        return remainingIn(drawOrder(communeCode, purpose));
    }

    /** The money the lots that pay for {@code purpose} and may pay for {@code programme} hold. */
    Money availableFor(String communeCode, FundPurpose purpose, Optional<String> programme) {
        return remainingIn(drawOrder(communeCode, purpose, programme));
    }

    private static Money remainingIn(List<Lot> held) {
        Money total = Money.ZERO;
        for (Lot lot : held) {
            total = total.plus(lot.remaining);
        }
        return total;
    }

    /** See {@link FundingLedger#inSequence}: the draws of a batch of {@code programme}, in turn; changes nothing. */
    List<FundingLedger.DrawInSequence> inSequence(List<ExpenditureRecorded> batch, Optional<String> programme) {
        IdentityHashMap<Lot, Money> remaining = new IdentityHashMap<>();
        List<FundingLedger.DrawInSequence> result = new ArrayList<>(batch.size());
        for (ExpenditureRecorded expenditure : batch) {
            List<Lot> order = drawOrder(expenditure.communeCode(), expenditure.purpose(), programme);
            Money available = Money.ZERO;
            for (Lot lot : order) {
                available = available.plus(remaining.getOrDefault(lot, lot.remaining));
            }
            if (!expenditure.amount().isPositive() || expenditure.amount().isGreaterThan(available)) {
                result.add(new FundingLedger.DrawInSequence(available, Money.ZERO));
                continue;
            }
            Money needed = expenditure.amount();
            Money fromNoProgramme = Money.ZERO;
            for (Lot lot : order) {
                Money left = remaining.getOrDefault(lot, lot.remaining);
                Money taken = left.min(needed);
                remaining.put(lot, left.minus(taken));
                needed = needed.minus(taken);
                if (!programmeOfReceipt.containsKey(lot.receiptId)) {
                    fromNoProgramme = fromNoProgramme.plus(taken);
                }
            }
            result.add(new FundingLedger.DrawInSequence(available, fromNoProgramme));
        }
        return List.copyOf(result);
    }

    // ------------------------------------------------------------------ the order of drawing

    /** The lots of a fund, made empty the first time (so the fund is listed from then on). */
    private List<Lot> fund(String communeCode, String modelId) {
        return lots.computeIfAbsent(communeCode, key -> new TreeMap<>()).computeIfAbsent(modelId, key -> new ArrayList<>());
    }

    private List<Lot> lotsOf(String communeCode, String modelId) {
        return lots.getOrDefault(requireNonNull(communeCode, "communeCode"), Map.of())
                .getOrDefault(requireNonNull(modelId, "modelId"), List.of());
    }

    /**
     * Whether {@code lot} may pay spending of {@code spender}: its receipt was recorded for no programme, or for that
     * one.
     */
    private boolean pays(Lot lot, Optional<String> spender) {
        String own = programmeOfReceipt.get(lot.receiptId);
        return own == null || spender.isPresent() && spender.get().equals(own);
    }

    /** {@link #drawOrder(String, FundPurpose)} keeping only the lots that may pay for {@code programme}. */
    private List<Lot> drawOrder(String communeCode, FundPurpose purpose, Optional<String> programme) {
        return drawOrder(communeCode, purpose).stream().filter(lot -> pays(lot, programme)).toList();
    }

    /**
     * The lots that pay for {@code purpose}, in the order they are drawn: for an activity, the lots earmarked for it,
     * then (except for a revolving fund, which pays only with its own money) the unearmarked lots of the model.
     */
    private List<Lot> drawOrder(String communeCode, FundPurpose purpose) {
        List<Lot> all = lotsOf(communeCode, purpose.modelId());
        List<Lot> ordered = new ArrayList<>();
        if (purpose.activity().isPresent()) {
            for (Lot lot : all) {
                if (lot.activity.equals(purpose.activity())) {
                    ordered.add(lot);
                }
            }
        }
        if (CommuneFunds.isRevolvingFund(purpose)) {
            // a revolving fund pays only with its own money
            return ordered;
        }
        for (Lot lot : all) {
            if (lot.activity.isEmpty()) {
                ordered.add(lot);
            }
        }
        return ordered;
    }

    /** Money in a fund that remembers where it came from; its programme is its receipt's ({@code programmeOfReceipt}). */
    private static final class Lot {
        final String receiptId;
        final String sourceId;
        final Optional<String> activity;
        Money remaining;

        Lot(String receiptId, String sourceId, Optional<String> activity, Money amount) {
            this.receiptId = receiptId;
            this.sourceId = sourceId;
            this.activity = activity;
            this.remaining = amount;
        }
    }
}
