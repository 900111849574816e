package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.money.Money;

/**
 * The funding ledger (<i>sổ theo dõi nguồn vốn</i>): sources, pledges, receipts into each
 * commune's fund, contributions, expenditures and plan allocations, folded from the ledger.
 *
 * <p><b>Traceability.</b> Every đồng in a fund is held in a <i>lot</i> that remembers its receipt
 * and source. An expenditure for a model and activity draws first-in-first-out from the lots of
 * that commune and model: first those earmarked for the same activity, then those received for
 * the model without an activity. An expenditure without an activity draws only from unearmarked
 * lots. So {@link #expenditure(String)} says which receipts and sources paid, and {@link
 * #receipt(String)} how much of a receipt is left.
 *
 * <p><b>Programmes.</b> A ledger may hold several programmes ({@link org.ketnghia.core.ledger.Ledger#forProgramme}),
 * and the ledger remembers, once, the programme each receipt was recorded for ({@link EventEnvelope#programmeId()}):
 * every lot of the receipt, wherever it moves, is of that programme. Money of a programme pays only that programme's
 * spending: an expenditure of programme P draws first in, first out (in the order above) from the lots of P and the
 * lots recorded for no programme, never from another programme's, and an expenditure recorded for no programme draws
 * only from lots recorded for no programme. In a ledger recorded throughout for one programme, or for none, every lot
 * may pay every expenditure, as before programmes were kept apart. {@link #availableFor(String, FundPurpose,
 * Optional)} is what a programme may spend; {@link CommuneFunds} refuses more. A balance transfer moves every
 * programme's lots and a reversal returns money to the lots it came from, each keeping its programme.
 *
 * <p><b>Revolving funds.</b> An activity named {@link CommuneFunds#REVOLVING_FUND_PREFIX}{@code <group>}
 * ({@link CommuneFunds#revolvingFund}) is a group's revolving fund (<i>quỹ quay vòng</i>): households'
 * repayments recycled for the next household. It draws only from the lots earmarked for it, never from
 * the model's unearmarked money, so the fund can neither borrow the plan's money nor lend its own, and
 * {@link #availableFor} such a purpose is exactly what the fund holds.
 *
 * <p><b>Reversals.</b> A receipt or an expenditure recorded by mistake is reversed by a new event ({@link
 * ReverseReceipt}, {@link ReverseExpenditure}) naming it, never edited: a reversed receipt's money leaves the
 * lots it is still held in (never more than is left, so no balance goes below zero), and its amount in force
 * and its pledge's received sum go down; a reversed expenditure's money returns to the lots it was drawn from,
 * and it no longer counts as spent. {@link #receipts()} and {@link #expenditures()} list what is in force (a
 * receipt at its amount net of reversals); {@link #receipt(String)}, {@link #expenditure(String)} and {@link
 * #reversals()} keep the history.
 *
 * <p><b>Communes across the 2025 reorganisation.</b> Balances are keyed by the commune code the
 * money was recorded for. A commune that merged on 1 July 2025 keeps its own historical balance;
 * nothing moves to its successor automatically. {@link TransferBalance} moves a balance
 * explicitly, keeping each đồng's receipt and source.
 *
 * <p>Not thread-safe by itself: read it through {@code Ledger.read} or from a handler. Every
 * query returns immutable values.
 */
public final class FundingLedger implements Projection {

    /**
     * How the funding ledger is saved in a ledger snapshot and restored from it. Its code covers {@link CommuneFunds},
     * whose {@link CommuneFunds#isRevolvingFund} decides which money a spending draws; {@link
     * CounterpartContributionRecorded}, whose {@code isCash} decides whether a contribution enters the fund; {@link
     * PledgeMade}, {@link ReceiptRecorded} and {@link ExpenditureRecorded}, whose {@code purpose()} names the fund money
     * enters or leaves; {@link FundReceipt}, whose {@code with…} methods keep a receipt's amount and spending; and
     * {@code FundLots}, which keeps the lots of every fund and traces spending to them. It does not name {@code
     * PlanActualTables}: the plan-versus-actual tables only read the state, never fold into it.
     */
    public static final SnapshotForm<FundingLedger, State> SNAPSHOT_FORM = SnapshotForm
            .of(State.class, FundingLedger::state, FundingLedger::restore)
            .covering(CommuneFunds.class, CounterpartContributionRecorded.class, PledgeMade.class, ReceiptRecorded.class,
                    ExpenditureRecorded.class, FundReceipt.class, FundLots.class);

    private final Map<String, FundingSource> sources = new LinkedHashMap<>();
    private final Map<String, Pledge> pledges = new LinkedHashMap<>();
    private final Map<String, FundReceipt> receipts = new LinkedHashMap<>();
    private final Map<String, FundExpenditure> expenditures = new LinkedHashMap<>();
    private final List<NonCashContribution> nonCash = new ArrayList<>();
    private final List<PlanAllocationRecorded> planAllocations = new ArrayList<>();
    private final List<TransferSlice> transferSlices = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, FundReversal> reversals = new LinkedHashMap<>();
    private final Map<String, FundReversal> receiptReversals = new HashMap<>();
    private final Map<String, FundReversal> expenditureReversals = new HashMap<>();
    /** The money each fund holds, lot by lot, with the programme of each receipt. */
    private final FundLots lots = new FundLots();
    private Money unfunded = Money.ZERO;
    private Money spentFromOtherProgrammes = Money.ZERO;

    /** The whole state; what lives in hash maps and sets is sorted by id, so equal ledgers save equal JSON. */
    private State state() {
        return new State(sources(), pledges(), List.copyOf(receipts.values()), List.copyOf(expenditures.values()),
                List.copyOf(nonCash), List.copyOf(planAllocations),
                transferSlices.stream().map(slice -> new SavedTransferSlice(slice.fromCommune(), slice.toCommune(),
                        slice.modelId(), slice.sourceId(), slice.amount())).toList(),
                List.copyOf(new TreeSet<>(usedIds)), List.copyOf(reversals.values()), links(receiptReversals),
                links(expenditureReversals), lots.savedLots(), lots.savedProgrammes(), unfunded, spentFromOtherProgrammes);
    }

    private static List<SavedReversalLink> links(Map<String, FundReversal> byReversedId) {
        List<SavedReversalLink> links = new ArrayList<>();
        new TreeMap<>(byReversedId).forEach((reversedId, reversal) -> links.add(new SavedReversalLink(reversedId, reversal)));
        return links;
    }

    private static FundingLedger restore(State state) {
        FundingLedger ledger = new FundingLedger();
        state.sources().forEach(source -> ledger.sources.put(source.sourceId(), source));
        state.pledges().forEach(pledge -> ledger.pledges.put(pledge.pledgeId(), pledge));
        state.receipts().forEach(receipt -> ledger.receipts.put(receipt.receiptId(), receipt));
        state.expenditures().forEach(expenditure -> ledger.expenditures.put(expenditure.expenditureId(), expenditure));
        ledger.nonCash.addAll(state.nonCash());
        ledger.planAllocations.addAll(state.planAllocations());
        state.transferSlices().forEach(slice -> ledger.transferSlices.add(new TransferSlice(slice.fromCommune(),
                slice.toCommune(), slice.modelId(), slice.sourceId(), slice.amount())));
        ledger.usedIds.addAll(state.usedIds());
        state.reversals().forEach(reversal -> ledger.reversals.put(reversal.reversalId(), reversal));
        state.receiptReversals().forEach(link -> ledger.receiptReversals.put(link.reversedId(), link.reversal()));
        state.expenditureReversals().forEach(link -> ledger.expenditureReversals.put(link.reversedId(), link.reversal()));
        ledger.lots.restore(state.lots(), state.programmes());
        ledger.unfunded = state.unfunded();
        ledger.spentFromOtherProgrammes = state.spentFromOtherProgrammes();
        return ledger;
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        LocalDate date = event.occurredOn();
        if (payload instanceof FundingSourceRegistered source) {
            usedIds.add(source.sourceId());
            sources.put(source.sourceId(),
                    new FundingSource(source.sourceId(), source.name(), source.kind(), source.sponsorId()));
        } else if (payload instanceof PledgeMade pledge) {
            usedIds.add(pledge.pledgeId());
            pledges.put(pledge.pledgeId(), new Pledge(pledge.pledgeId(), pledge.sourceId(), pledge.communeCode(),
                    pledge.purpose(), pledge.amount(), date, Money.ZERO));
        } else if (payload instanceof ReceiptRecorded receipt) {
            receipt.pledgeId().ifPresent(id -> pledges.computeIfPresent(id, (key, pledge) -> new Pledge(
                    pledge.pledgeId(), pledge.sourceId(), pledge.communeCode(), pledge.purpose(), pledge.amount(),
                    pledge.pledgedOn(), pledge.received().plus(receipt.amount()))));
            addReceipt(new FundReceipt(receipt.receiptId(), receipt.communeCode(), receipt.sourceId(),
                    receipt.pledgeId(), receipt.purpose(), receipt.amount(), date, false, Money.ZERO), event.programmeId());
        } else if (payload instanceof InKindContributionRecorded gift) {
            usedIds.add(gift.contributionId());
            nonCash.add(new NonCashContribution(gift.contributionId(), gift.communeCode(), gift.sourceId(),
                    new FundPurpose(gift.modelId(), gift.activity()), gift.description(), ContributionForm.KIND,
                    Optional.empty(), gift.value(), date));
        } else if (payload instanceof CounterpartContributionRecorded counterpart) {
            applyCounterpart(counterpart, date, event.programmeId());
        } else if (payload instanceof ExpenditureRecorded expenditure) {
            applyExpenditure(expenditure, date, event.programmeId());
        } else if (payload instanceof PlanAllocationRecorded allocation) {
            usedIds.add(allocation.allocationId());
            planAllocations.add(allocation);
        } else if (payload instanceof BalanceTransferred transfer) {
            applyTransfer(transfer);
        } else if (payload instanceof ReceiptReversed reversal) {
            applyReceiptReversal(reversal, date);
        } else if (payload instanceof ExpenditureReversed reversal) {
            applyExpenditureReversal(reversal, date);
        }
    }

    // ------------------------------------------------------------------ queries

    /** Whether {@code id} is already used by any funding record (ids share one namespace). */
    public boolean isIdUsed(String id) {
        return usedIds.contains(requireNonNull(id, "id"));
    }

    /** The source with this id, if registered. */
    public Optional<FundingSource> source(String sourceId) {
        return Optional.ofNullable(sources.get(requireNonNull(sourceId, "sourceId")));
    }

    /** Every source, in order of registration. */
    public List<FundingSource> sources() {
        return List.copyOf(sources.values());
    }

    /** The pledge with this id, if any, with what has been received against it. */
    public Optional<Pledge> pledge(String pledgeId) {
        return Optional.ofNullable(pledges.get(requireNonNull(pledgeId, "pledgeId")));
    }

    /** Every pledge, in order. */
    public List<Pledge> pledges() {
        return List.copyOf(pledges.values());
    }

    /**
     * The receipt (or cash counterpart contribution) with this id, with how much of it is spent; its amount is
     * net of reversals (zero when wholly reversed).
     */
    public Optional<FundReceipt> receipt(String receiptId) {
        return Optional.ofNullable(receipts.get(requireNonNull(receiptId, "receiptId")));
    }

    /** Every receipt and cash counterpart contribution in force (not wholly reversed), in order, net of reversals. */
    public List<FundReceipt> receipts() {
        return receipts.values().stream().filter(receipt -> !receipt.amount().isZero()).toList();
    }

    /** The expenditure with this id and the receipts that paid for it, reversed or not ({@link #isReversed}). */
    public Optional<FundExpenditure> expenditure(String expenditureId) {
        return Optional.ofNullable(expenditures.get(requireNonNull(expenditureId, "expenditureId")));
    }

    /** Every expenditure in force (not reversed), in order. */
    public List<FundExpenditure> expenditures() {
        return inForce().toList();
    }

    /** Every reversal of a receipt or an expenditure, in the order recorded. */
    public List<FundReversal> reversals() {
        return List.copyOf(reversals.values());
    }

    /** The reversal of the receipt or expenditure with this id, if it was reversed. */
    public Optional<FundReversal> reversalOf(String receiptOrExpenditureId) {
        requireNonNull(receiptOrExpenditureId, "receiptOrExpenditureId");
        return Optional.ofNullable(receiptReversals.get(receiptOrExpenditureId))
                .or(() -> Optional.ofNullable(expenditureReversals.get(receiptOrExpenditureId)));
    }

    /** Whether the receipt or expenditure with this id has been reversed (a receipt: wholly or in part). */
    public boolean isReversed(String receiptOrExpenditureId) {
        return reversalOf(receiptOrExpenditureId).isPresent();
    }

    /**
     * What of a receipt is still held, unspent and not moved, in the fund of the commune that received it: the
     * most a reversal may take back without any balance going below zero.
     */
    public Money reversibleOf(String receiptId) {
        FundReceipt receipt = receipts.get(requireNonNull(receiptId, "receiptId"));
        return receipt == null ? Money.ZERO : lots.heldOf(receipt);
    }

    private Stream<FundExpenditure> inForce() {
        return expenditures.values().stream().filter(e -> !expenditureReversals.containsKey(e.expenditureId()));
    }

    /** Every contribution in kind or labour, in order. */
    public List<NonCashContribution> nonCashContributions() {
        return List.copyOf(nonCash);
    }

    /** Every plan allocation, in order. */
    public List<PlanAllocationRecorded> planAllocations() {
        return List.copyOf(planAllocations);
    }

    /** Every commune code that holds or held money, sorted. */
    public SortedSet<String> communesWithFunds() {
        return lots.communes();
    }

    /** The model ids for which {@code communeCode} holds or held money, sorted. */
    public SortedSet<String> modelsOf(String communeCode) {
        return lots.modelsOf(communeCode);
    }

    /** The activities money was earmarked for in a commune and model (the unearmarked money is not listed). */
    public SortedSet<String> earmarkedActivities(String communeCode, String modelId) {
        return lots.earmarkedActivities(communeCode, modelId);
    }

    /** All money a commune still holds for a model, whatever the activity (<i>số dư</i>). */
    public Money balance(String communeCode, String modelId) {
        return lots.balance(communeCode, modelId);
    }

    /**
     * The money a commune holds for a purpose, whatever programme it was recorded for: for an activity, the lots
     * earmarked for it plus the unearmarked lots of the model; for the model alone, the unearmarked lots; for a
     * revolving fund ({@link CommuneFunds#revolvingFund}), only the lots earmarked for it. In a ledger of one
     * programme it is what the commune may still spend; in a ledger of several, see {@link #availableFor(String,
     * FundPurpose, Optional)}.
     */
    public Money availableFor(String communeCode, FundPurpose purpose) {
        requireNonNull(purpose, "purpose");
        return lots.availableFor(communeCode, purpose);
    }

    /**
     * What a commune may still spend for a purpose for {@code programme}: {@link #availableFor(String, FundPurpose)}
     * counting only the lots of that programme and those recorded for no programme; with {@code programme} empty
     * (spending recorded for no programme), only the lots recorded for no programme.
     *
     * @param communeCode the unit whose fund pays
     * @param purpose the model and optional activity
     * @param programme the programme the spending is recorded for; empty for none
     */
    public Money availableFor(String communeCode, FundPurpose purpose, Optional<String> programme) {
        requireNonNull(purpose, "purpose");
        requireNonNull(programme, "programme");
        return lots.availableFor(communeCode, purpose, programme);
    }

    /** The sum of money received into a commune's fund for a purpose (exactly that activity, or unearmarked). */
    public Money received(String communeCode, FundPurpose purpose) {
        return Money.sum(receipts.values().stream()
                .filter(r -> r.communeCode().equals(communeCode) && r.purpose().equals(purpose))
                .map(FundReceipt::amount).toList());
    }

    /** The sum of money received into a commune's fund for a model, every activity included. */
    public Money received(String communeCode, String modelId) {
        return Money.sum(receipts.values().stream()
                .filter(r -> r.communeCode().equals(communeCode) && r.purpose().modelId().equals(modelId))
                .map(FundReceipt::amount).toList());
    }

    /** The sum a commune spent for a purpose (exactly that activity, or none). */
    public Money spent(String communeCode, FundPurpose purpose) {
        return Money.sum(inForce()
                .filter(e -> e.communeCode().equals(communeCode) && e.purpose().equals(purpose))
                .map(FundExpenditure::amount).toList());
    }

    /** The sum a commune spent for a model, every activity included. */
    public Money spent(String communeCode, String modelId) {
        return Money.sum(inForce()
                .filter(e -> e.communeCode().equals(communeCode) && e.purpose().modelId().equals(modelId))
                .map(FundExpenditure::amount).toList());
    }

    /**
     * The sum a commune spent for a model from revolving funds ({@link CommuneFunds#isRevolvingFund}): the
     * households' recycled money, which the plan's allotment does not cap.
     */
    public Money spentFromRevolvingFunds(String communeCode, String modelId) {
        return Money.sum(inForce()
                .filter(e -> e.communeCode().equals(communeCode) && e.purpose().modelId().equals(modelId)
                        && CommuneFunds.isRevolvingFund(e.purpose()))
                .map(FundExpenditure::amount).toList());
    }

    /** Balances moved into a commune for a model minus those moved out. */
    public Money transferredNet(String communeCode, String modelId) {
        Money net = Money.ZERO;
        for (TransferSlice slice : transferSlices) {
            if (slice.modelId.equals(modelId)) {
                if (slice.toCommune.equals(communeCode)) {
                    net = net.plus(slice.amount);
                }
                if (slice.fromCommune.equals(communeCode)) {
                    net = net.minus(slice.amount);
                }
            }
        }
        return net;
    }

    /**
     * Expenditure amounts that could not be traced to any receipt. Always zero when every
     * expenditure went through {@link CommuneFunds}; anything else points at events written
     * around the ledger's validation.
     */
    public Money untracedSpending() {
        return unfunded;
    }

    /**
     * Spending traced to another programme's money: only an expenditure recorded before programmes' money was
     * kept apart (when the whole fund paid first in, first out), replayed, for the part its own programme's money
     * and the money of no programme could not pay; always zero for expenditures validated since ({@link
     * CommuneFunds} refuses them).
     */
    public Money spentFromOtherProgrammes() {
        return spentFromOtherProgrammes;
    }

    /** Plan versus actual per pilot model. */
    public PlanActualTable planVersusActualByModel() {
        return planActualTables().byModel();
    }

    /** Plan versus actual per commune (by the commune code the money was recorded for). */
    public PlanActualTable planVersusActualByCommune() {
        return planActualTables().byCommune();
    }

    /**
     * Plan versus actual per sponsor: money is attributed to the sponsor of its source (planned
     * money to the allocation's sponsor, else its source's); spending follows the receipts that
     * paid for it. Money of sources without a sponsor is in the {@link PlanActualTable#UNATTRIBUTED} row.
     */
    public PlanActualTable planVersusActualBySponsor() {
        return planActualTables().bySponsor();
    }

    /** The tables over what this ledger holds now (every receipt, even one wholly reversed: it names a row). */
    private PlanActualTables planActualTables() {
        return new PlanActualTables(sources, planAllocations, pledges.values(), receipts.values(), nonCash,
                inForce().toList(), transferSlices);
    }

    /**
     * For expenditures of {@code programme} appended in this order, what each would find available to that programme
     * when its turn comes (earlier ones in the list that fit are drawn first), and how much of it the ledger would trace
     * to money recorded for no programme (zero for one that does not fit: it is refused and draws nothing). Changes
     * nothing.
     */
    List<DrawInSequence> inSequence(List<ExpenditureRecorded> batch, Optional<String> programme) {
        return lots.inSequence(batch, programme);
    }

    /** What an expenditure of a batch finds available in its turn, and what it would take from money of no programme. */
    record DrawInSequence(Money available, Money fromNoProgramme) {
    }

    // ------------------------------------------------------------------ folding

    private void addReceipt(FundReceipt receipt, Optional<String> programme) {
        usedIds.add(receipt.receiptId());
        receipts.put(receipt.receiptId(), receipt);
        lots.receive(receipt, programme);
    }

    private void applyCounterpart(CounterpartContributionRecorded counterpart, LocalDate date, Optional<String> programme) {
        FundPurpose purpose = new FundPurpose(counterpart.modelId(), counterpart.activity());
        if (counterpart.isCash()) {
            addReceipt(new FundReceipt(counterpart.contributionId(), counterpart.communeCode(), counterpart.sourceId(),
                    Optional.empty(), purpose, counterpart.value(), date, true, Money.ZERO), programme);
        } else {
            usedIds.add(counterpart.contributionId());
            nonCash.add(new NonCashContribution(counterpart.contributionId(), counterpart.communeCode(),
                    counterpart.sourceId(), purpose, counterpart.description(), counterpart.form(),
                    Optional.of(counterpart.contributor()), counterpart.value(), date));
        }
    }

    private void applyExpenditure(ExpenditureRecorded expenditure, LocalDate date, Optional<String> programme) {
        usedIds.add(expenditure.expenditureId());
        List<FundAllocation> allocations = new ArrayList<>();
        FundLots.Drawn drawn = lots.draw(expenditure.expenditureId(), expenditure.communeCode(), expenditure.purpose(),
                programme, expenditure.amount(), allocations);
        for (FundAllocation allocation : allocations) {
            receipts.computeIfPresent(allocation.receiptId(),
                    (id, receipt) -> receipt.withSpent(receipt.spent().plus(allocation.amount())));
        }
        if (drawn.fromOtherProgrammes().isPositive()) {
            spentFromOtherProgrammes = spentFromOtherProgrammes.plus(drawn.fromOtherProgrammes());
        }
        if (drawn.untraced().isPositive()) {
            // validated events never get here; a projection must not throw, so the gap is counted
            unfunded = unfunded.plus(drawn.untraced());
        }
        expenditures.put(expenditure.expenditureId(), new FundExpenditure(expenditure.expenditureId(),
                expenditure.communeCode(), expenditure.purpose(), expenditure.description(), expenditure.amount(),
                expenditure.documentReference(), date, allocations));
    }

    private void applyTransfer(BalanceTransferred transfer) {
        usedIds.add(transfer.transferId());
        for (FundLots.Moved moved : lots.transfer(transfer.fromCommuneCode(), transfer.toCommuneCode(),
                transfer.modelId(), transfer.amount())) {
            transferSlices.add(new TransferSlice(transfer.fromCommuneCode(), transfer.toCommuneCode(), transfer.modelId(),
                    moved.sourceId(), moved.amount()));
        }
    }

    private void applyReceiptReversal(ReceiptReversed reversal, LocalDate date) {
        usedIds.add(reversal.reversalId());
        FundReversal record = new FundReversal(reversal.reversalId(), FundReversal.Kind.RECEIPT, reversal.receiptId(),
                reversal.communeCode(), reversal.amount(), reversal.reason(), reversal.documentReference(), date);
        reversals.put(record.reversalId(), record);
        receiptReversals.put(reversal.receiptId(), record);
        FundReceipt receipt = receipts.get(reversal.receiptId());
        if (receipt == null) {
            return;
        }
        receipts.put(receipt.receiptId(), receipt.withAmount(receipt.amount().minus(reversal.amount())));
        receipt.pledgeId().ifPresent(id -> pledges.computeIfPresent(id, (key, pledge) -> new Pledge(pledge.pledgeId(),
                pledge.sourceId(), pledge.communeCode(), pledge.purpose(), pledge.amount(), pledge.pledgedOn(),
                pledge.received().minus(reversal.amount()))));
        lots.takeBack(receipt, reversal.communeCode(), reversal.amount());
    }

    private void applyExpenditureReversal(ExpenditureReversed reversal, LocalDate date) {
        usedIds.add(reversal.reversalId());
        FundReversal record = new FundReversal(reversal.reversalId(), FundReversal.Kind.EXPENDITURE,
                reversal.expenditureId(), reversal.communeCode(), reversal.amount(), reversal.reason(),
                reversal.documentReference(), date);
        reversals.put(record.reversalId(), record);
        expenditureReversals.put(reversal.expenditureId(), record);
        FundExpenditure expenditure = expenditures.get(reversal.expenditureId());
        if (expenditure == null) {
            return;
        }
        lots.giveBack(expenditure, receipts);
        for (FundAllocation allocation : expenditure.allocations()) {
            receipts.computeIfPresent(allocation.receiptId(),
                    (id, receipt) -> receipt.withSpent(receipt.spent().minus(allocation.amount())));
        }
    }

    /**
     * Money moved from one fund to another by a balance transfer, one slice per lot moved; read by {@link
     * #transferredNet} and the plan-versus-actual tables, saved as {@link SavedTransferSlice}.
     */
    record TransferSlice(String fromCommune, String toCommune, String modelId, String sourceId, Money amount) {
    }

    // ------------------------------------------------------------------ snapshot

    /**
     * The funding ledger's whole state in a snapshot, in the order recorded unless said otherwise.
     *
     * @param sources the sources
     * @param pledges the pledges, with what was received against them
     * @param receipts the receipts and cash counterpart contributions, with what is spent of them
     * @param expenditures the expenditures, with the receipts that paid them
     * @param nonCash the contributions in kind and in labour
     * @param planAllocations the plan allocations recorded
     * @param transferSlices the money moved between funds, slice by slice
     * @param usedIds every id used by a funding record, sorted
     * @param reversals every reversal
     * @param receiptReversals the reversal of each reversed receipt, by receipt id
     * @param expenditureReversals the reversal of each reversed expenditure, by expenditure id
     * @param lots the money held in each fund, by commune and model, lot by lot in order of arrival
     * @param programmes the programme of every receipt and cash counterpart contribution recorded for one, in the order
     *     recorded: the programme of every lot of it; required. A state saved when each lot kept its programme is
     *     replayed, not read: its code fingerprint differs, and its lots' {@code programme} is a field this form
     *     does not know (the runtime's mapper refuses unknown fields)
     * @param unfunded spending no lot could pay (never for validated events)
     * @param spentFromOtherProgrammes spending traced to another programme's money ({@link
     *     FundingLedger#spentFromOtherProgrammes()}); zero when absent, as in a state saved before it was kept
     */
    public record State(List<FundingSource> sources, List<Pledge> pledges, List<FundReceipt> receipts,
            List<FundExpenditure> expenditures, List<NonCashContribution> nonCash, List<PlanAllocationRecorded> planAllocations,
            List<SavedTransferSlice> transferSlices, List<String> usedIds, List<FundReversal> reversals,
            List<SavedReversalLink> receiptReversals, List<SavedReversalLink> expenditureReversals, List<SavedLots> lots,
            List<SavedReceiptProgramme> programmes, Money unfunded, Money spentFromOtherProgrammes) {

        /** Copies the lists; a missing {@code spentFromOtherProgrammes} is zero. */
        public State {
            sources = List.copyOf(sources);
            pledges = List.copyOf(pledges);
            receipts = List.copyOf(receipts);
            expenditures = List.copyOf(expenditures);
            nonCash = List.copyOf(nonCash);
            planAllocations = List.copyOf(planAllocations);
            transferSlices = List.copyOf(transferSlices);
            usedIds = List.copyOf(usedIds);
            reversals = List.copyOf(reversals);
            receiptReversals = List.copyOf(receiptReversals);
            expenditureReversals = List.copyOf(expenditureReversals);
            lots = List.copyOf(lots);
            programmes = List.copyOf(requireNonNull(programmes, "programmes"));
            requireNonNull(unfunded, "unfunded");
            spentFromOtherProgrammes = spentFromOtherProgrammes == null ? Money.ZERO : spentFromOtherProgrammes;
        }
    }

    /**
     * Money moved from one fund to another, in a snapshot.
     *
     * @param fromCommune the commune it left
     * @param toCommune the commune it entered
     * @param modelId the model of both funds
     * @param sourceId the source of the money moved
     * @param amount how much
     */
    public record SavedTransferSlice(String fromCommune, String toCommune, String modelId, String sourceId, Money amount) {
    }

    /**
     * The reversal of a receipt or an expenditure, by the id of what it reversed, in a snapshot.
     *
     * @param reversedId the receipt's or expenditure's id
     * @param reversal the reversal
     */
    public record SavedReversalLink(String reversedId, FundReversal reversal) {
    }

    /**
     * The lots of one fund (a commune and a model), in a snapshot.
     *
     * @param communeCode the commune
     * @param modelId the model
     * @param lots the lots in order of arrival
     */
    public record SavedLots(String communeCode, String modelId, List<SavedLot> lots) {

        /** Copies the list. */
        public SavedLots {
            lots = List.copyOf(lots);
        }
    }

    /**
     * Money in a fund that remembers where it came from, in a snapshot; its programme is its receipt's ({@link
     * SavedReceiptProgramme}).
     *
     * @param receiptId the receipt it came with
     * @param sourceId that receipt's source
     * @param activity the activity it is earmarked for, if any
     * @param remaining how much of it is left
     */
    public record SavedLot(String receiptId, String sourceId, Optional<String> activity, Money remaining) {
    }

    /**
     * The programme a receipt or cash counterpart contribution was recorded for, in a snapshot.
     *
     * @param receiptId the receipt's or contribution's id
     * @param programmeId the programme named by the event that recorded it
     */
    public record SavedReceiptProgramme(String receiptId, String programmeId) {
    }
}
