package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.examples.host.ProgrammeHost;

/**
 * The state of the ledger a file was built from: its last event's sequence and hash (<i>sự kiện cuối, mã băm</i>).
 * A workbook's cover names it ({@link WorkbookCover#withLedger}), so that a printed report can be tied to the exact
 * ledger it came from and checked against it ({@code verify}). Immutable.
 *
 * @param lastSequence the sequence of the ledger's last event, 0 for an empty ledger
 * @param lastHash the hash of the ledger's last event
 */
public record LedgerState(long lastSequence, String lastHash) {

    /** Checks that the hash is given. */
    public LedgerState {
        requireNonNull(lastHash, "lastHash");
    }

    /** The state of {@code host}'s ledger as stored now. Call it where nothing is being recorded concurrently. */
    public static LedgerState of(ProgrammeHost host) {
        EventStore store = requireNonNull(host, "host").runtime().ledger().store();
        return new LedgerState(store.lastSequence(), store.lastHash());
    }
}
