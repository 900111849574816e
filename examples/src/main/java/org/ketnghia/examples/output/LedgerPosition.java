package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.reporting.ReportBuilder;
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

    /**
     * The position of {@code host}'s ledger as known at the end of {@code knownOn}, the cut of the reports as known
     * on that day ({@link ReportBuilder#knownBy}): its last event recorded before then, or sequence 0 and {@link
     * EventChain#GENESIS_HASH} when none was. The chain up to it holds every event those reports count. Reads the
     * whole ledger.
     */
    public static LedgerPosition asKnownOn(ProgrammeHost host, LocalDate knownOn) {
        EventStore store = requireNonNull(host, "host").runtime().ledger().store();
        Instant knownBy = ReportBuilder.knownBy(requireNonNull(knownOn, "knownOn"));
        LedgerPosition[] last = {new LedgerPosition(0, EventChain.GENESIS_HASH)};
        store.forEach(1, event -> {
            if (event.recordedAt().isBefore(knownBy)) {
                last[0] = new LedgerPosition(event.sequence(), event.hash());
            }
        });
        return last[0];
    }
}
