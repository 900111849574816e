package org.ketnghia.core.funding.settlement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.FundAllocation;
import org.ketnghia.core.funding.FundExpenditure;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;

/**
 * The rule that a settled period is closed (<i>kỳ đã quyết toán thì khóa sổ</i>): once a settlement
 * is approved, no receipt, expenditure, contribution in kind or counterpart, balance transfer, or reversal of
 * a receipt or an expenditure dated on or before its period end may be recorded for the money it binds
 * ({@link Settlement#binds}): a settlement of programme P closes the money recorded for P and the money
 * recorded for no programme (which counts for P too), and leaves the money of another programme open. A
 * reversal is closed for the programme it is recorded for and for the programme of the money it reverses;
 * a balance transfer moves the money of every programme the fund holds, so it is closed too by the settlement
 * of any programme whose settled money the fund holds ({@link #checkTransferOpen}).
 *
 * <p><b>Money of no programme spent by another programme.</b> A settlement of programme Q counts the money of no
 * programme that another programme P spent as spent by P ({@link SettlementLine#spentByProgramme}), so it closes that
 * spending too, though P's own money stays open: an expenditure of P dated on or before Q's period end is refused
 * when the funding ledger would trace any of it to money of no programme ({@link #checkNoProgrammeMoneyOpen},
 * {@link SettlementErrorCode#FUNDING_SETTLED_NO_PROGRAMME_MONEY_SPENT}), and a reversal of an expenditure of P dated
 * then is refused when the expenditure was traced to money Q's settlement counts (of no programme, or of Q for
 * spending recorded before programmes' money was kept apart), in {@link #checkReversalOpen} ({@link
 * SettlementErrorCode#FUNDING_SETTLED_NO_PROGRAMME_MONEY_REVERSED}). So Q's next settlement carries straight on from
 * its recorded one. Spending that draws only P's own money, and ledgers of one programme or none, are not affected.
 *
 * <p>The funding feature applies it to its own commands; a feature that spends through {@code CommuneFunds}
 * adds {@link #checkOpen} to its problems ({@code CommuneFunds.checkExpenditures} adds both checks itself).
 * Stateless and thread-safe.
 */
public final class SettlementLock {

    private SettlementLock() {
    }

    /**
     * The problem ({@link SettlementErrorCode#FUNDING_PERIOD_SETTLED}, naming the settlement, its period end
     * and {@code date}) if money dated {@code date} may no longer be recorded in the ledger {@code state}
     * belongs to, for the programme the command is recorded for ({@link LedgerState#programmeId()}, the
     * programme the money's event will name); empty when the date is open or the ledger does not keep
     * settlements.
     *
     * @param state the state passed to the calling handler
     * @param date the date of the money recorded
     * @param field the field the problem names, e.g. {@code "occurredOn"}
     */
    public static List<Problem> checkOpen(LedgerState state, LocalDate date, String field) {
        requireNonNull(state, "state");
        return checkOpen(state, date, field, state.programmeId());
    }

    /**
     * The problem ({@link SettlementErrorCode#FUNDING_PERIOD_SETTLED}) if money of {@code programme} dated
     * {@code date} may no longer be recorded: a settlement of that programme, or one naming no programme,
     * ends on or after {@code date}. Money of no programme in particular ({@code programme} empty) counts
     * for every programme, so the settlement of any programme closes it. Empty when the date is open for
     * that money or the ledger does not keep settlements.
     *
     * @param state the state passed to the calling handler
     * @param date the date of the money recorded
     * @param field the field the problem names, e.g. {@code "occurredOn"}
     * @param programme the programme the money counts for; empty for every programme
     */
    public static List<Problem> checkOpen(LedgerState state, LocalDate date, String field, Optional<String> programme) {
        requireNonNull(state, "state");
        requireNonNull(date, "date");
        requireNonNull(field, "field");
        requireNonNull(programme, "programme");
        if (!state.hasProjection(FundingSettlements.class)) {
            return List.of();
        }
        Optional<Settlement> closing = state.projection(FundingSettlements.class).closing(date, programme);
        return closing.map(settlement -> List.of(Problem.of(SettlementErrorCode.FUNDING_PERIOD_SETTLED, field,
                settlement.settlementId(), settlement.periodEnd(), date))).orElse(List.of());
    }

    /**
     * The problem ({@link SettlementErrorCode#FUNDING_SETTLED_NO_PROGRAMME_MONEY_SPENT}) if expenditure {@code
     * expenditureId}, recorded for the programme the command is recorded for ({@link LedgerState#programmeId()}) and
     * dated {@code date}, would draw {@code drawnFromNoProgramme} of money of no programme while a settlement of
     * another programme ending on or after {@code date} has closed that money (the latest such settlement is named).
     * Empty when nothing is drawn from money of no programme, the spending is recorded for no programme (then {@link
     * #checkOpen} closes it), or the ledger does not keep settlements.
     *
     * @param state the state passed to the calling handler
     * @param date the date of the expenditure
     * @param field the field the problem names, e.g. {@code "occurredOn"}
     * @param expenditureId the expenditure, named in the message
     * @param drawnFromNoProgramme how much of it the funding ledger would trace to money of no programme
     */
    public static List<Problem> checkNoProgrammeMoneyOpen(LedgerState state, LocalDate date, String field,
            String expenditureId, Money drawnFromNoProgramme) {
        requireNonNull(state, "state");
        requireNonNull(date, "date");
        requireNonNull(field, "field");
        requireNonNull(expenditureId, "expenditureId");
        requireNonNull(drawnFromNoProgramme, "drawnFromNoProgramme");
        Optional<String> spender = state.programmeId();
        if (!drawnFromNoProgramme.isPositive() || spender.isEmpty() || !state.hasProjection(FundingSettlements.class)) {
            return List.of();
        }
        return latestOfAnotherProgramme(state.projection(FundingSettlements.class), date, spender.get(), settlement -> true)
                .map(settlement -> List.of(Problem.of(SettlementErrorCode.FUNDING_SETTLED_NO_PROGRAMME_MONEY_SPENT, field,
                        settlement.settlementId(), settlement.programmeId().orElseThrow(), settlement.periodEnd(),
                        expenditureId, spender.get(), date, drawnFromNoProgramme)))
                .orElse(List.of());
    }

    /**
     * The settlement of a programme other than {@code spender} (and naming one) ending on or after {@code date} and
     * accepted by {@code test}, with the latest period end; settlements naming no programme are left to {@link
     * #checkOpen}.
     */
    private static Optional<Settlement> latestOfAnotherProgramme(FundingSettlements settlements, LocalDate date,
            String spender, Predicate<Settlement> test) {
        Settlement latest = null;
        for (Settlement settlement : settlements.settlements()) {
            boolean another = settlement.programmeId().filter(settled -> !settled.equals(spender)).isPresent();
            if (another && !settlement.periodEnd().isBefore(date) && test.test(settlement)
                    && (latest == null || settlement.periodEnd().isAfter(latest.periodEnd()))) {
                latest = settlement;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The problem ({@link SettlementErrorCode#FUNDING_PERIOD_SETTLED}) if a reversal dated {@code date} of the receipt or
     * expenditure {@code reversedId} may no longer be recorded: as {@link #checkOpen} for the programme the reversal is
     * recorded for; and, because a reversal changes the money of the record it reverses, which counts for that record's
     * programme (for every programme when it names none), also when a settlement closes that programme's money then.
     * And ({@link SettlementErrorCode#FUNDING_SETTLED_NO_PROGRAMME_MONEY_REVERSED}) when it reverses an expenditure of
     * programme P that the funding ledger traced in part to money a settlement of another programme Q counts (money of
     * no programme, or Q's own for spending recorded before programmes' money was kept apart), and that settlement
     * ends on or after {@code date}: Q's settlement counted that part as spent by P.
     *
     * @param state the state passed to the calling handler
     * @param date the date of the reversal
     * @param field the field the problem names, e.g. {@code "occurredOn"}
     * @param reversedId the receipt or expenditure reversed, empty when the ledger does not know it (a problem of its
     *     own): then only the reversal's own programme counts
     */
    public static List<Problem> checkReversalOpen(LedgerState state, LocalDate date, String field,
            Optional<String> reversedId) {
        requireNonNull(reversedId, "reversedId");
        List<Problem> own = checkOpen(state, date, field);
        if (!own.isEmpty() || reversedId.isEmpty() || !state.hasProjection(FundingSettlements.class)) {
            return own;
        }
        FundingSettlements settlements = state.projection(FundingSettlements.class);
        Optional<String> spender = settlements.programmeOf(reversedId.get());
        List<Problem> reversed = checkOpen(state, date, field, spender);
        if (!reversed.isEmpty() || spender.isEmpty() || !state.hasProjection(FundingLedger.class)) {
            return reversed;
        }
        Optional<FundExpenditure> expenditure = state.projection(FundingLedger.class).expenditure(reversedId.get());
        if (expenditure.isEmpty()) {
            return List.of();
        }
        return latestOfAnotherProgramme(settlements, date, spender.get(),
                settlement -> drawnFromSettledMoney(expenditure.get(), settlement, settlements).isPositive())
                .map(settlement -> List.of(Problem.of(SettlementErrorCode.FUNDING_SETTLED_NO_PROGRAMME_MONEY_REVERSED,
                        field, settlement.settlementId(), settlement.programmeId().orElseThrow(), settlement.periodEnd(),
                        expenditure.get().expenditureId(), spender.get(),
                        drawnFromSettledMoney(expenditure.get(), settlement, settlements), date)))
                .orElse(List.of());
    }

    /**
     * What {@code expenditure} drew from receipts {@code settlement} counts, as the settlement calculator decides it:
     * those recorded for no programme or for the programme settled.
     */
    private static Money drawnFromSettledMoney(FundExpenditure expenditure, Settlement settlement,
            FundingSettlements settlements) {
        Money drawn = Money.ZERO;
        for (FundAllocation allocation : expenditure.allocations()) {
            if (settlement.binds(settlements.programmeOf(allocation.receiptId()))) {
                drawn = drawn.plus(allocation.amount());
            }
        }
        return drawn;
    }

    /**
     * The problem ({@link SettlementErrorCode#FUNDING_PERIOD_SETTLED}) if a balance transfer dated {@code date}
     * out of the fund of {@code fromUnit} for {@code modelId} may no longer be recorded: as {@link #checkOpen}
     * for the programme the command is recorded for; and, because a transfer moves the money of every
     * programme the fund holds, also when a settlement of another programme ending on or after {@code date}
     * shows a balance in that fund (its lines for that unit and model carry money forward).
     *
     * @param state the state passed to the calling handler
     * @param date the date of the transfer
     * @param field the field the problem names, e.g. {@code "occurredOn"}
     * @param fromUnit the unit whose fund the transfer empties
     * @param modelId the model of the fund
     */
    public static List<Problem> checkTransferOpen(LedgerState state, LocalDate date, String field, String fromUnit,
            String modelId) {
        requireNonNull(fromUnit, "fromUnit");
        requireNonNull(modelId, "modelId");
        List<Problem> own = checkOpen(state, date, field);
        if (!own.isEmpty() || !state.hasProjection(FundingSettlements.class)) {
            return own;
        }
        for (Settlement settlement : state.projection(FundingSettlements.class).settlements()) {
            boolean holdsSettledMoney = settlement.accounts().lines().stream().anyMatch(line -> line.unitCode().equals(fromUnit)
                    && line.modelId().equals(modelId) && !line.amounts().balance().isZero());
            if (!settlement.periodEnd().isBefore(date) && holdsSettledMoney) {
                return List.of(Problem.of(SettlementErrorCode.FUNDING_PERIOD_SETTLED, field, settlement.settlementId(),
                        settlement.periodEnd(), date));
            }
        }
        return List.of();
    }
}
