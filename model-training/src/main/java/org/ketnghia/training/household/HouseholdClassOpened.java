package org.ketnghia.training.household;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A technical class for households was opened in the event's commune, session days in date order.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdClassOpened.TYPE)
@JsonSerialize(as = ImmutableHouseholdClassOpened.class)
@JsonDeserialize(as = ImmutableHouseholdClassOpened.class)
public abstract class HouseholdClassOpened implements LedgerEvent, HouseholdClassFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "training.household-class-opened";

    HouseholdClassOpened() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HouseholdClassOpened}. */
    public static final class Builder extends ImmutableHouseholdClassOpened.Builder {
    }
}
