package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An organisation was registered.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(OrganisationRegistered.TYPE)
@JsonSerialize(as = ImmutableOrganisationRegistered.class)
@JsonDeserialize(as = ImmutableOrganisationRegistered.class)
public abstract class OrganisationRegistered implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.organisation-registered";

    OrganisationRegistered() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The organisation as registered. */
    public abstract Organisation organisation();

    /** Builds a {@link OrganisationRegistered}. */
    public static final class Builder extends ImmutableOrganisationRegistered.Builder {
    }
}
