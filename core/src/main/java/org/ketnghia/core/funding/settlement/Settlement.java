package org.ketnghia.core.funding.settlement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An approved settlement as {@link FundingSettlements} keeps it: the recorded {@link AccountsSettled}
 * with the date it was approved and its place in the ledger. Immutable.
 *
 * @param sequence the ledger sequence of the event
 * @param approvedOn the date of approval (the command's date)
 * @param accounts the lines and totals
 */
public record Settlement(long sequence, LocalDate approvedOn, AccountsSettled accounts) {

    /** Checks that no part is missing. */
    public Settlement {
        requireNonNull(approvedOn, "approvedOn");
        requireNonNull(accounts, "accounts");
    }

    /** The settlement id. */
    public String settlementId() {
        return accounts.settlementId();
    }

    /** The last day (inclusive) of the period settled. */
    public LocalDate periodEnd() {
        return accounts.periodEnd();
    }

    /** The programme settled, if named. */
    public Optional<String> programmeId() {
        return accounts.programmeId();
    }

    /**
     * Whether this settlement binds money recorded for {@code programme} (empty: for no programme in
     * particular): a settlement naming no programme binds everything, and money recorded for no programme
     * counts for every programme.
     */
    public boolean binds(Optional<String> programme) {
        requireNonNull(programme, "programme");
        return programmeId().isEmpty() || programme.isEmpty() || programmeId().equals(programme);
    }
}
