package org.ketnghia.core.participant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * A person taking part in the programme on their own account: an official (cán bộ) with a
 * position and work unit, an entrepreneur, a union member who leads a group.
 *
 * <p>Obtained from {@link ParticipantRegistry}, built by the handler of {@link RegisterPerson}.
 * Birth year, ethnicity and ID number are personal data. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {

    Person() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The person id. */
    public abstract String id();

    /** The full name with diacritics. */
    public abstract String fullName();

    /** The person's sex. */
    public abstract Sex sex();

    /** The year of birth. */
    @Sensitive(kind = SensitiveKind.BIRTH_DATE)
    public abstract int birthYear();

    /** The official code of the person's ethnic group, if recorded. */
    @Sensitive(kind = SensitiveKind.ETHNICITY)
    public abstract Optional<String> ethnicityCode();

    /** What the person takes part as; never empty. */
    public abstract Set<PersonRole> roles();

    /** The mass organisations the person belongs to. */
    public abstract Set<UnionMembership> unions();

    /** The position (chức vụ) of an official, e.g. {@code "Phó Chủ tịch UBND xã"}. */
    public abstract Optional<String> position();

    /** The code of the unit an official works for. */
    public abstract Optional<String> workUnitCode();

    /** The unit the person was registered in (where they live or work). */
    public abstract String unitCode();

    /** The personal identification number, if recorded. */
    @Sensitive(kind = SensitiveKind.ID_NUMBER)
    public abstract Optional<String> idNumber();

    /** The date the person was registered. */
    public abstract LocalDate registeredOn();

    /** Whether the person has the given role. */
    public boolean hasRole(PersonRole role) {
        return roles().contains(role);
    }

    /** Builds a {@link Person}. */
    public static final class Builder extends ImmutablePerson.Builder {
    }
}
