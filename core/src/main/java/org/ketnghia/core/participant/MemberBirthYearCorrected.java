package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * A member's birth year was corrected (personal data).
 * Produced by {@link CorrectMemberBirthYear}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(MemberBirthYearCorrected.TYPE)
@JsonSerialize(as = ImmutableMemberBirthYearCorrected.class)
@JsonDeserialize(as = ImmutableMemberBirthYearCorrected.class)
public abstract class MemberBirthYearCorrected implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.member-birth-year-corrected";

    MemberBirthYearCorrected() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The member's full name. */
    public abstract String memberName();

    /** The correct year of birth. */
    @Sensitive(kind = SensitiveKind.BIRTH_DATE)
    public abstract int birthYear();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link MemberBirthYearCorrected}. */
    public static final class Builder extends ImmutableMemberBirthYearCorrected.Builder {
    }
}
