package org.ketnghia.core.funding.settlement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.LedgerState;

/**
 * The rule that a settled period is closed (<i>kỳ đã quyết toán thì khóa sổ</i>): once a settlement
 * is approved, no receipt, expenditure, contribution in kind or counterpart, balance transfer, or reversal of
 * a receipt or an expenditure dated on or before its period end may be recorded for the money it binds
 * ({@link Settlement#binds}): a settlement of programme P closes the money recorded for P and the money
 * recorded for no programme (which counts for P too), and leaves the money of another programme open. A
 * reversal is closed for the programme it is recorded for and for the programme of the money it reverses;
 * a balance transfer moves the money of every programme the fund holds, so it is closed too by the settlement
 * of any programme whose settled money the fund holds ({@link #checkTransferOpen}). The
 * funding feature applies it to its own commands; a feature that spends through {@code CommuneFunds}
 * adds {@link #checkOpen} to its problems. Stateless and thread-safe.
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
     * The problem ({@link SettlementErrorCode#FUNDING_PERIOD_SETTLED}) if a reversal dated {@code date} of the receipt or
     * expenditure {@code reversedId} may no longer be recorded: as {@link #checkOpen} for the programme the reversal is
     * recorded for; and, because a reversal changes the money of the record it reverses, which counts for that record's
     * programme (for every programme when it names none), also when a settlement closes that programme's money then.
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
        return checkOpen(state, date, field,
                state.projection(FundingSettlements.class).programmeOf(reversedId.get()));
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
