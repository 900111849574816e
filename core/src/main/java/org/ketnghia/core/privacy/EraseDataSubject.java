package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Asks to erase a data subject's personal data ({@link DataSubjectErased}); carried out by {@link
 * DataErasure}, which records the event and then destroys the subject's key.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 *
 * @param actor the official who erases
 * @param unitCode the unit the subject belongs to (the actor's scope is checked against it)
 * @param occurredOn the date of the decision to erase
 * @param subject the subject's {@link DataSubject#key()}
 * @param legalBasis the legal basis
 * @param requestedBy who asked
 * @param reason why
 */
@JsonTypeName(EraseDataSubject.TYPE)
public record EraseDataSubject(Actor actor, String unitCode, LocalDate occurredOn, String subject, String legalBasis,
        String requestedBy, String reason) implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "privacy.erase-data-subject";

    /** Checks that no part is missing. */
    public EraseDataSubject {
        requireNonNull(actor, "actor");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(occurredOn, "occurredOn");
        requireNonNull(subject, "subject");
        requireNonNull(legalBasis, "legalBasis");
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(reason, "reason");
    }
}
