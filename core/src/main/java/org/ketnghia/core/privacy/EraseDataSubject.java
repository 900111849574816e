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
 * <p>Refused (nothing recorded, no key destroyed) when the subject is not a {@link DataSubject#key()} ({@code
 * PRIVACY_SUBJECT_INVALID}), the legal basis is blank, or {@link #requestedBy()} is not a reference as {@link
 * ErasureRequestReference} says ({@code VALUE_BLANK}, {@code PRIVACY_REQUESTED_BY_TOO_LONG}, {@code
 * PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED}, {@code PRIVACY_REQUESTED_BY_NOT_A_REFERENCE}, each naming the field
 * {@code requestedBy}); every problem is listed at once.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 *
 * @param actor the official who erases
 * @param unitCode the unit the subject belongs to (the actor's scope is checked against it)
 * @param occurredOn the date of the decision to erase
 * @param subject the subject's {@link DataSubject#key()}
 * @param legalBasis the legal basis
 * @param requestedBy who asked, as the reference of the request, never a name: the number of the request as the
 *     unit registered it ({@code 12/ĐN-UBND}) or an official's account id with a number ({@code cb-0123}); see
 *     {@link ErasureRequestReference}. The event keeps it in the clear for ever.
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
