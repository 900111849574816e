package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.examples.host.ProgrammeHost;

/**
 * The position of the ledger a file was built from: its last event's sequence and hash (<i>sự kiện cuối, mã băm</i>).
 * A workbook's cover names it ({@link WorkbookCover#withLedger}), so that a printed report can be tied to the exact
 * ledger it came from and checked against it ({@code verify}). Immutable.
 *
 * @param lastSequence the sequence of the ledger's last event, 0 for an empty ledger
 * @param lastHash the hash of the ledger's last event
 */
public record LedgerPosition(long lastSequence, String lastHash) {

    /** Checks that the hash is given. */
    public LedgerPosition {
        requireNonNull(lastHash, "lastHash");
    }

    /** The position of {@code host}'s ledger as stored now. Call it where nothing is being recorded concurrently. */
    public static LedgerPosition of(ProgrammeHost host) {
        EventStore store = requireNonNull(host, "host").runtime().ledger().store();
        return new LedgerPosition(store.lastSequence(), store.lastHash());
    }
}
