package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * Correct a member's birth year recorded by mistake (điều chỉnh năm sinh). A correction: true for every
 * date, the history keeps the value first recorded. The birth year is personal data, never on a public list.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CorrectMemberBirthYear.TYPE)
@JsonSerialize(as = ImmutableCorrectMemberBirthYear.class)
@JsonDeserialize(as = ImmutableCorrectMemberBirthYear.class)
public abstract class CorrectMemberBirthYear implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.correct-member-birth-year";

    CorrectMemberBirthYear() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it: the household's commune, or a unit containing it. */
    @Override
    public abstract String unitCode();

    /** The date the change took effect (a correction: the date it was established). */
    @Override
    public abstract LocalDate occurredOn();

    /** The household. */
    public abstract String householdId();

    /** The member's full name, as recorded. */
    public abstract String memberName();

    /** The correct year of birth. */
    @Sensitive(kind = SensitiveKind.BIRTH_DATE)
    public abstract int birthYear();

    /** Why, e.g. the decision or the request it comes from; never blank. */
    public abstract String reason();

    /** Builds a {@link CorrectMemberBirthYear}. */
    public static final class Builder extends ImmutableCorrectMemberBirthYear.Builder {
    }
}
