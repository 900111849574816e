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

/**
 * Register an organisation: cooperative, cooperative group, enterprise, club or household group,
 * with its business registration (required for cooperatives and enterprises) and its first
 * members, which must be registered households and persons.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RegisterOrganisation.TYPE)
@JsonSerialize(as = ImmutableRegisterOrganisation.class)
@JsonDeserialize(as = ImmutableRegisterOrganisation.class)
public abstract class RegisterOrganisation implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.register-organisation";

    RegisterOrganisation() {
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

    /** The new organisation id. */
    public abstract String organisationId();

    /** The name. */
    public abstract String name();

    /** The kind of organisation. */
    public abstract OrganisationKind kind();

    /** The business registration, if it has one. */
    public abstract Optional<BusinessRegistration> businessRegistration();

    /** The member households by id. */
    public abstract Set<String> memberHouseholdIds();

    /** The member persons by id. */
    public abstract Set<String> memberPersonIds();

    /** Builds a {@link RegisterOrganisation}. */
    public static final class Builder extends ImmutableRegisterOrganisation.Builder {
    }
}
