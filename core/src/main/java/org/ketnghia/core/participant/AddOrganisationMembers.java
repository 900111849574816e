package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Add registered households and persons to an organisation (kết nạp thành viên). Each must exist
 * and not already be a member.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AddOrganisationMembers.TYPE)
@JsonSerialize(as = ImmutableAddOrganisationMembers.class)
@JsonDeserialize(as = ImmutableAddOrganisationMembers.class)
public abstract class AddOrganisationMembers implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.add-organisation-members";

    AddOrganisationMembers() {
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

    /** The organisation. */
    public abstract String organisationId();

    /** The households to add, by id. */
    public abstract Set<String> householdIds();

    /** The persons to add, by id. */
    public abstract Set<String> personIds();

    /** Builds a {@link AddOrganisationMembers}. */
    public static final class Builder extends ImmutableAddOrganisationMembers.Builder {
    }
}
