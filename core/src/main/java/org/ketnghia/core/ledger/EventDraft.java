package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An event a handler wants recorded, before the ledger numbers, dates and chains it.
 *
 * @param payload what happened
 * @param unitCode the unit it concerns
 * @param occurredOn the date it happened
 */
public record EventDraft(LedgerEvent payload, String unitCode, LocalDate occurredOn) {

    /** Checks that no part is missing. */
    public EventDraft {
        requireNonNull(payload, "payload");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(occurredOn, "occurredOn");
    }

    /** An event concerning the command's unit on the command's date. */
    public static EventDraft of(Command command, LedgerEvent payload) {
        return new EventDraft(payload, command.unitCode(), command.occurredOn());
    }
}
