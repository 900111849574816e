package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A household moved to another village (chuyển nơi ở).
 * Produced by {@link MoveHousehold}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdMoved.TYPE)
@JsonSerialize(as = ImmutableHouseholdMoved.class)
@JsonDeserialize(as = ImmutableHouseholdMoved.class)
public abstract class HouseholdMoved implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.household-moved";

    HouseholdMoved() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The village it left. */
    public abstract String fromVillageCode();

    /** The village it moved to. */
    public abstract String villageCode();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link HouseholdMoved}. */
    public static final class Builder extends ImmutableHouseholdMoved.Builder {
    }
}
