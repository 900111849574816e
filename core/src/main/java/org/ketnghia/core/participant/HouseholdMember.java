package org.ketnghia.core.participant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * One member of a household (nhân khẩu): name, sex, birth year, relation to the head and,
 * optionally, the personal identification number.
 *
 * <p>Not checked when built: the handler of {@link RegisterHousehold} checks every member together
 * and reports every problem at once. Birth year and ID number are personal data. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdMember.class)
@JsonDeserialize(as = ImmutableHouseholdMember.class)
public abstract class HouseholdMember {

    HouseholdMember() {
    }

    /** A member with the given name, sex, birth year and relation, without an ID number. */
    public static HouseholdMember of(String fullName, Sex sex, int birthYear, HouseholdRelation relation) {
        return builder().fullName(fullName).sex(sex).birthYear(birthYear).relation(relation).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The full name with diacritics, e.g. {@code "Bríu Thị Hoa"}. */
    public abstract String fullName();

    /** The member's sex. */
    public abstract Sex sex();

    /** The year of birth. */
    @Sensitive(kind = SensitiveKind.BIRTH_DATE)
    public abstract int birthYear();

    /** The relation to the head of household; {@link HouseholdRelation#HEAD} for the head. */
    public abstract HouseholdRelation relation();

    /** The personal identification number (số định danh cá nhân), if recorded. */
    @Sensitive(kind = SensitiveKind.ID_NUMBER)
    public abstract Optional<String> idNumber();

    /** Builds a {@link HouseholdMember}. */
    public static final class Builder extends ImmutableHouseholdMember.Builder {
    }
}
