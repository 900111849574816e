package org.ketnghia.core.participant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An organisation taking part in the programme: a cooperative, cooperative group, enterprise,
 * club or household group, with its business registration (when it has one) and its members —
 * registered households and persons, by id.
 *
 * <p>Obtained from {@link ParticipantRegistry}, built by the handlers of {@link
 * RegisterOrganisation} and {@link AddOrganisationMembers}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganisation.class)
@JsonDeserialize(as = ImmutableOrganisation.class)
public abstract class Organisation {

    Organisation() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The organisation id. */
    public abstract String id();

    /** The name, e.g. {@code "Tổ hợp tác chăn nuôi dê thôn A Ur"}. */
    public abstract String name();

    /** The kind of organisation. */
    public abstract OrganisationKind kind();

    /** The unit it is based in. */
    public abstract String unitCode();

    /** Its business registration, if it has one. */
    public abstract Optional<BusinessRegistration> businessRegistration();

    /** The member households, in the order they joined. */
    public abstract Set<String> memberHouseholdIds();

    /** The member persons, in the order they joined. */
    public abstract Set<String> memberPersonIds();

    /** The date it was registered. */
    public abstract LocalDate registeredOn();

    /** Builds an {@link Organisation}. */
    public static final class Builder extends ImmutableOrganisation.Builder {
    }
}
