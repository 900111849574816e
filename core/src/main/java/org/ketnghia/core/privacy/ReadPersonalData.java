package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * A person's request to read a data subject's personal data in the clear: put to the {@link
 * org.ketnghia.core.ledger.PermissionPolicy} like a command (role and unit scope), never recorded in the ledger,
 * logged in the {@link AccessLog} when granted ({@link PersonalDataAccess}).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 *
 * @param actor who reads
 * @param unitCode the unit the subject belongs to (checked against the reader's scope)
 * @param occurredOn the date of the read
 * @param subject the subject's {@link DataSubject#key()}
 * @param purpose why, e.g. {@code "xác minh hồ sơ hộ nghèo"}; never blank
 */
@JsonTypeName(ReadPersonalData.TYPE)
public record ReadPersonalData(Actor actor, String unitCode, LocalDate occurredOn, String subject, String purpose)
        implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "privacy.read-personal-data";

    /** Checks that no part is missing. */
    public ReadPersonalData {
        requireNonNull(actor, "actor");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(occurredOn, "occurredOn");
        requireNonNull(subject, "subject");
        requireNonNull(purpose, "purpose");
    }
}
