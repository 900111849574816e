package org.ketnghia.core.grievance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * One step of a posting or complaint as the ledger recorded it: the event, its sequence, its date and who recorded it.
 * Immutable and thread-safe.
 *
 * @param event the event
 * @param sequence its ledger sequence
 * @param on the date it happened
 * @param actor who recorded it
 * @param <E> the event type
 */
public record Recorded<E extends LedgerEvent>(E event, long sequence, LocalDate on, Actor actor) {

    /** Checks that no part is missing. */
    public Recorded {
        requireNonNull(event, "event");
        requireNonNull(on, "on");
        requireNonNull(actor, "actor");
    }
}
