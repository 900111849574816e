package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A household was split into two (tách hộ).
 * Produced by {@link SplitHousehold}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdSplit.TYPE)
@JsonSerialize(as = ImmutableHouseholdSplit.class)
@JsonDeserialize(as = ImmutableHouseholdSplit.class)
public abstract class HouseholdSplit implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.household-split";

    HouseholdSplit() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The new household. */
    public abstract String newHouseholdId();

    /** The members who left to form it. */
    public abstract List<String> memberNames();

    /** Its head. */
    public abstract String newHeadName();

    /** Its village. */
    public abstract String villageCode();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link HouseholdSplit}. */
    public static final class Builder extends ImmutableHouseholdSplit.Builder {
    }
}
