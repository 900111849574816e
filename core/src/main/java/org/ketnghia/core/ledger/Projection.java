package org.ketnghia.core.ledger;

/**
 * Current state derived from the ledger: a fold over events that can always be rebuilt from zero.
 *
 * <p>A projection instance belongs to one {@link Ledger}, which applies every appended event to it
 * in sequence order and guards it with its lock: read it through {@link Ledger#read}, or from a
 * {@link CommandHandler} through {@link LedgerState}. {@link #apply} must ignore events it does
 * not know and must not throw for events the ledger accepted.
 */
public interface Projection {

    /** Folds one event into the state. */
    void apply(EventEnvelope event);
}
