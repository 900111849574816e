package org.ketnghia.core.funding.settlement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.funding.BalanceTransferred;
import org.ketnghia.core.funding.CounterpartContributionRecorded;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.ExpenditureReversed;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.InKindContributionRecorded;
import org.ketnghia.core.funding.PledgeMade;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.funding.ReceiptReversed;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.money.Money;

/**
 * The settlements of accounts recorded in the ledger (<i>các kỳ quyết toán đã phê duyệt</i>), and what
 * a settlement would record now ({@link #preview}).
 *
 * <p>Besides the settlements it keeps the order in which money entered, left and moved between funds, and
 * in which receipts and expenditures were reversed, so that a settlement can place, as of its period end,
 * every đồng the {@link FundingLedger} traced, and the programme each pledge, receipt, contribution and
 * expenditure was recorded for ({@link #programmeOf}), so that a settlement of one programme of a shared
 * ledger counts that programme's money and the money recorded for no programme, and nothing else.
 * Read it through {@code ledger.read(FundingSettlements.class, …)} or from a handler. Not thread-safe by
 * itself; every query returns immutable values.
 */
public final class FundingSettlements implements Projection {

    /**
     * How the projection is saved in a ledger snapshot and restored from it. Its code covers the settlement
     * calculator, whose {@code Flow} builds every flow it keeps, and {@link CounterpartContributionRecorded}, whose
     * {@link CounterpartContributionRecorded#isCash()} decides which contributions enter as flows.
     */
    public static final SnapshotForm<FundingSettlements, State> SNAPSHOT_FORM = SnapshotForm
            .of(State.class, FundingSettlements::state, FundingSettlements::restore)
            .covering(SettlementCalculator.class, CounterpartContributionRecorded.class);

    private final List<Settlement> settlements = new ArrayList<>();
    private final List<SettlementCalculator.Flow> flows = new ArrayList<>();
    /** record id → the programme it was recorded for, for the money records recorded for one. */
    private final Map<String, String> programmeOfRecord = new LinkedHashMap<>();

    /** An empty projection; the ledger fills it. */
    public FundingSettlements() {
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        LocalDate date = event.occurredOn();
        if (payload instanceof AccountsSettled settled) {
            settlements.add(new Settlement(event.sequence(), date, settled));
        } else if (payload instanceof PledgeMade pledge) {
            noteProgramme(pledge.pledgeId(), event);
        } else if (payload instanceof InKindContributionRecorded gift) {
            noteProgramme(gift.contributionId(), event);
        } else if (payload instanceof ReceiptRecorded receipt) {
            noteProgramme(receipt.receiptId(), event);
            flows.add(SettlementCalculator.Flow.receipt(receipt.receiptId(), date));
        } else if (payload instanceof CounterpartContributionRecorded counterpart) {
            noteProgramme(counterpart.contributionId(), event);
            if (counterpart.isCash()) {
                flows.add(SettlementCalculator.Flow.receipt(counterpart.contributionId(), date));
            }
        } else if (payload instanceof ExpenditureRecorded expenditure) {
            noteProgramme(expenditure.expenditureId(), event);
            flows.add(SettlementCalculator.Flow.expenditure(expenditure.expenditureId(), date));
        } else if (payload instanceof BalanceTransferred transfer) {
            flows.add(SettlementCalculator.Flow.transfer(transfer, date));
        } else if (payload instanceof ReceiptReversed reversal) {
            flows.add(SettlementCalculator.Flow.receiptReversal(reversal, date));
        } else if (payload instanceof ExpenditureReversed reversal) {
            flows.add(SettlementCalculator.Flow.expenditureReversal(reversal, date));
        }
    }

    private void noteProgramme(String recordId, EventEnvelope event) {
        event.programmeId().ifPresent(programme -> programmeOfRecord.put(recordId, programme));
    }

    private State state() {
        return new State(settlements(), flows.stream().map(flow -> new SavedFlow(flow.kind().name(), flow.id(), flow.date(),
                flow.fromUnit(), flow.toUnit(), flow.modelId(), flow.amount())).toList(),
                programmeOfRecord.entrySet().stream().map(entry -> new SavedProgramme(entry.getKey(), entry.getValue()))
                        .toList());
    }

    private static FundingSettlements restore(State state) {
        FundingSettlements projection = new FundingSettlements();
        projection.settlements.addAll(state.settlements());
        state.flows().forEach(flow -> projection.flows.add(new SettlementCalculator.Flow(
                SettlementCalculator.Flow.Kind.valueOf(flow.kind()), flow.id(), flow.date(), flow.fromUnit(), flow.toUnit(),
                flow.modelId(), flow.amount())));
        state.programmes().forEach(saved -> projection.programmeOfRecord.put(saved.recordId(), saved.programmeId()));
        return projection;
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

    /**
     * The programme the pledge, receipt, contribution or expenditure {@code recordId} was recorded for; empty
     * when it was recorded for no programme in particular (it counts for every programme) or is unknown.
     */
    public Optional<String> programmeOf(String recordId) {
        requireNonNull(recordId, "recordId");
        return Optional.ofNullable(programmeOfRecord.get(recordId));
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
     * The lines a settlement ending on {@code periodEnd} would record now for the whole ledger, whatever the
     * programme each record names: {@link #preview(FundingLedger, LocalDate, Optional)} with no programme.
     */
    public List<SettlementLine> preview(FundingLedger funding, LocalDate periodEnd) {
        return preview(funding, periodEnd, Optional.empty());
    }

    /**
     * The lines a settlement of {@code programme} ending on {@code periodEnd} would record now, from {@code
     * funding} (the funding ledger of the same ledger). Cumulative: everything dated on or before the period end.
     *
     * <p><b>Programmes.</b> A ledger may hold several programmes ({@link org.ketnghia.core.ledger.Ledger#forProgramme}).
     * A settlement of programme P counts the pledges, receipts, contributions and expenditures recorded for P
     * and those recorded for no programme in particular (they count for every programme, as {@link
     * EventEnvelope#countsFor} says); those recorded for another programme are left out. A reversal follows
     * the receipt or expenditure it reverses, and a balance transfer between a merged commune and its
     * successor moves the money of every programme the fund holds, so both count wherever that money counts.
     * With {@code programme} empty, every record counts, as in a ledger of one programme. The funding ledger
     * traces an expenditure of P only to receipts of P and of no programme, even where another programme holds
     * money in the same unit's fund for the same model ({@link FundingLedger}), so P's spending is settled under
     * P's sources and the sources of no programme.
     *
     * <p><b>Money another programme spent.</b> Money of no programme counts for every programme, but only one can
     * spend each đồng of it. When the funding ledger traced an expenditure of another programme Q to money this
     * settlement counts (money of no programme; or, for spending recorded before programmes' money was kept apart,
     * money of P), that part is counted as spent, on a line of its own for the unit, model and source naming Q
     * ({@link SettlementLine#spentByProgramme()}, printed as <i>chương trình Q đã chi</i>, <i>spent by programme
     * Q</i>): its only figure is {@code spent} and its balance is minus that. So P's balance carried forward for a
     * unit and model is what the fund still holds of the money P may spend (for a fund without earmarked money, {@link
     * FundingLedger#availableFor(String, org.ketnghia.core.funding.FundPurpose, Optional)} for the model and P, as of
     * the period end), the same đồng never shows as spent by Q and carried forward by P, and P's own lines are
     * unchanged. Q's expenditure enters in the period it is dated in and leaves in the period
     * its reversal is dated in, as P's own would. A settlement for no programme, and a ledger recorded for one
     * programme or for none, have no such lines.
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
     *
     * <p><b>Reversals.</b> A reversal ({@link org.ketnghia.core.funding.ReverseReceipt}, {@link
     * org.ketnghia.core.funding.ReverseExpenditure}) counts in the period it is dated in, as the money it
     * corrects counts in the period that money is dated in: the lines leave out every receipt (or the part of it)
     * and every expenditure reversed on or before {@code periodEnd}, and keep those reversed after it, which
     * the next settlement leaves out. A settled period refuses reversals dated in it ({@link SettlementLock}),
     * so an approved settlement never needs to change.
     *
     * @param funding the funding ledger of the same ledger
     * @param periodEnd the last day of the period
     * @param programme the programme settled; empty for every programme of the ledger
     */
    public List<SettlementLine> preview(FundingLedger funding, LocalDate periodEnd, Optional<String> programme) {
        requireNonNull(funding, "funding");
        requireNonNull(periodEnd, "periodEnd");
        requireNonNull(programme, "programme");
        return new SettlementCalculator(funding, periodEnd, programme, this::programmeOf).lines(flows);
    }

    /**
     * The projection's whole state in a snapshot, in the order recorded.
     *
     * @param settlements the settlements approved
     * @param flows money in, out and between funds, and reversals, as the settlement calculator reads it
     * @param programmes the programme of every money record recorded for one, in the order recorded
     */
    public record State(List<Settlement> settlements, List<SavedFlow> flows, List<SavedProgramme> programmes) {

        /** Copies the lists. */
        public State {
            settlements = List.copyOf(settlements);
            flows = List.copyOf(flows);
            programmes = List.copyOf(programmes);
        }
    }

    /**
     * The programme a pledge, receipt, contribution or expenditure was recorded for, in a snapshot.
     *
     * @param recordId the record's id
     * @param programmeId the programme named by the event that recorded it
     */
    public record SavedProgramme(String recordId, String programmeId) {
    }

    /**
     * One movement of money in a snapshot: a receipt, an expenditure, a transfer between funds or the reversal
     * of a receipt or an expenditure.
     *
     * @param kind {@code RECEIPT}, {@code EXPENDITURE}, {@code TRANSFER}, {@code RECEIPT_REVERSAL} or {@code
     *     EXPENDITURE_REVERSAL}
     * @param id the receipt's, expenditure's or transfer's id; for a reversal, the id of the receipt or expenditure
     *     reversed
     * @param date the day it happened
     * @param fromUnit the unit a transfer leaves, or the unit whose fund a reversal concerns; empty otherwise
     * @param toUnit the unit a transfer enters, empty otherwise
     * @param modelId the model of a transfer's fund, empty otherwise
     * @param amount the amount of a transfer or a reversal, zero otherwise
     */
    public record SavedFlow(String kind, String id, LocalDate date, String fromUnit, String toUnit, String modelId,
            Money amount) {
    }
}
