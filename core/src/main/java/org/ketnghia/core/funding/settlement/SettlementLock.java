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
 * ({@link Settlement#binds}). The
 * funding feature applies it to its own commands; a feature that spends through {@code CommuneFunds}
 * adds {@link #checkOpen} to its problems. Stateless and thread-safe.
 */
public final class SettlementLock {

    private SettlementLock() {
    }

    /**
     * The problem ({@link SettlementErrorCode#FUNDING_PERIOD_SETTLED}, naming the settlement, its period end
     * and {@code date}) if money dated {@code date} may no longer be recorded in the ledger {@code state}
     * belongs to, for the programme the command is recorded for; empty when the date is open or the
     * ledger does not keep settlements.
     *
     * @param state the state passed to the calling handler
     * @param date the date of the money recorded
     * @param field the field the problem names, e.g. {@code "occurredOn"}
     */
    public static List<Problem> checkOpen(LedgerState state, LocalDate date, String field) {
        requireNonNull(state, "state");
        requireNonNull(date, "date");
        requireNonNull(field, "field");
        if (!state.hasProjection(FundingSettlements.class)) {
            return List.of();
        }
        Optional<Settlement> closing = state.projection(FundingSettlements.class).closing(date, state.programmeId());
        return closing.map(settlement -> List.of(Problem.of(SettlementErrorCode.FUNDING_PERIOD_SETTLED, field,
                settlement.settlementId(), settlement.periodEnd(), date))).orElse(List.of());
    }
}
