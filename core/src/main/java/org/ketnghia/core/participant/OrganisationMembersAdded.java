package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Households and persons joined an organisation.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(OrganisationMembersAdded.TYPE)
@JsonSerialize(as = ImmutableOrganisationMembersAdded.class)
@JsonDeserialize(as = ImmutableOrganisationMembersAdded.class)
public abstract class OrganisationMembersAdded implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.organisation-members-added";

    OrganisationMembersAdded() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The organisation. */
    public abstract String organisationId();

    /** The households that joined, by id. */
    public abstract Set<String> householdIds();

    /** The persons that joined, by id. */
    public abstract Set<String> personIds();

    /** Builds a {@link OrganisationMembersAdded}. */
    public static final class Builder extends ImmutableOrganisationMembersAdded.Builder {
    }
}
