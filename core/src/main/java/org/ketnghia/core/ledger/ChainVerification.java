package org.ketnghia.core.ledger;

import java.util.Optional;

/**
 * The result of checking a ledger's hash chain: how many events were checked and the first
 * break, if any.
 *
 * @param eventsChecked number of events read
 * @param firstBreak the first event at which the chain is broken, if any
 */
public record ChainVerification(long eventsChecked, Optional<ChainBreak> firstBreak) {

    /** Whether the whole chain is intact. */
    public boolean isIntact() {
        return firstBreak.isEmpty();
    }

    /**
     * Where and how the chain is broken.
     *
     * @param sequence the sequence at which the break is detected (the expected sequence for a
     *     missing event)
     * @param kind what is wrong
     * @param detail a human-readable explanation
     */
    public record ChainBreak(long sequence, Kind kind, String detail) {
    }

    /** Kinds of break. */
    public enum Kind {
        /** An event is missing or out of order: its sequence is not the previous one + 1. */
        SEQUENCE_GAP,
        /** The event's {@code previousHash} is not the hash of the event before it. */
        BROKEN_LINK,
        /** The event's content no longer matches its own hash: it was altered. */
        HASH_MISMATCH
    }
}
