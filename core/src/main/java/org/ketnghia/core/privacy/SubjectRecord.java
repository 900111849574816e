package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.ledger.EventEnvelope;

/**
 * Everything the ledger holds about one data subject: every event that names it (its registration, changes,
 * poverty status, support received, complaints, its erasure), in ledger order, with personal fields as the
 * reader's keys give them (in the clear, or erased).
 *
 * @param subject the subject
 * @param erased whether the subject's data was erased
 * @param events the events naming it, in order
 */
public record SubjectRecord(DataSubject subject, boolean erased, List<EventEnvelope> events) {

    /** Checks that no part is missing and copies the list. */
    public SubjectRecord {
        requireNonNull(subject, "subject");
        events = List.copyOf(events);
    }
}
