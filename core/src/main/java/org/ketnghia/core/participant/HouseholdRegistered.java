package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A household was registered (the ethnicity stored as the official code).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdRegistered.TYPE)
@JsonSerialize(as = ImmutableHouseholdRegistered.class)
@JsonDeserialize(as = ImmutableHouseholdRegistered.class)
public abstract class HouseholdRegistered implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.household-registered";

    HouseholdRegistered() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household as registered. */
    public abstract Household household();

    /** Builds a {@link HouseholdRegistered}. */
    public static final class Builder extends ImmutableHouseholdRegistered.Builder {
    }
}
