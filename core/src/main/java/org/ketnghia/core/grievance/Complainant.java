package org.ketnghia.core.grievance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * The person who raised a complaint (<i>người khiếu nại, phản ánh</i>). Every part is personal data: it is kept in the
 * ledger for the officials who handle the complaint and never reaches a public output ({@link PublicComplaintSummary}
 * holds counts only).
 *
 * <p>Every part is marked {@link Sensitive}, so that every check that looks for sensitive accessors finds them.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplainant.class)
@JsonDeserialize(as = ImmutableComplainant.class)
public abstract class Complainant {

    /** The full name. */
    @Sensitive(kind = SensitiveKind.PERSON_NAME)
    public abstract String fullName();

    /** The identity card or personal identification number, if given. */
    @Sensitive(kind = SensitiveKind.ID_NUMBER)
    public abstract Optional<String> idNumber();

    /** The phone number, if given. */
    @Sensitive(kind = SensitiveKind.CONTACT)
    public abstract Optional<String> phone();

    /** The address, if given (village, commune). */
    @Sensitive(kind = SensitiveKind.ADDRESS)
    public abstract Optional<String> address();

    /** Never shows the personal data, so that logs and error messages cannot leak it. */
    @Override
    public String toString() {
        return "Complainant[personal data withheld]";
    }

    /** A complainant with a name only. */
    public static Complainant named(String fullName) {
        return builder().fullName(fullName).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Complainant}; obtain one with {@link Complainant#builder()}. */
    public static final class Builder extends ImmutableComplainant.Builder {
    }
}
