package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * Register a person: an official (with position and work unit), an entrepreneur, a union member.
 * The ethnicity may be given by code, name or alias; every problem is reported at once.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RegisterPerson.TYPE)
@JsonSerialize(as = ImmutableRegisterPerson.class)
@JsonDeserialize(as = ImmutableRegisterPerson.class)
public abstract class RegisterPerson implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.register-person";

    RegisterPerson() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it (the commune, or a unit containing the participant). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The new person id. */
    public abstract String personId();

    /** The full name with diacritics. */
    public abstract String fullName();

    /** The person's sex. */
    public abstract Sex sex();

    /** The year of birth. */
    @Sensitive(kind = SensitiveKind.BIRTH_DATE)
    public abstract int birthYear();

    /** The ethnic group as code, name or alias, if known. */
    @Sensitive(kind = SensitiveKind.ETHNICITY)
    public abstract Optional<String> ethnicity();

    /** What the person takes part as; at least one. */
    public abstract Set<PersonRole> roles();

    /** The mass organisations the person belongs to. */
    public abstract Set<UnionMembership> unions();

    /** The position of an official (required for officials). */
    public abstract Optional<String> position();

    /** The code of the unit an official works for (required for officials, must exist on the date). */
    public abstract Optional<String> workUnitCode();

    /** The personal identification number, if recorded. */
    @Sensitive(kind = SensitiveKind.ID_NUMBER)
    public abstract Optional<String> idNumber();

    /** Builds a {@link RegisterPerson}. */
    public static final class Builder extends ImmutableRegisterPerson.Builder {
    }
}
