package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Two households were merged into one (nhập hộ); the absorbed one ended.
 * Produced by {@link MergeHouseholds}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdsMerged.TYPE)
@JsonSerialize(as = ImmutableHouseholdsMerged.class)
@JsonDeserialize(as = ImmutableHouseholdsMerged.class)
public abstract class HouseholdsMerged implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.households-merged";

    HouseholdsMerged() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The household that ended. */
    public abstract String absorbedHouseholdId();

    /** The absorbed members and their relation to the head. */
    public abstract Map<String, HouseholdRelation> relations();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link HouseholdsMerged}. */
    public static final class Builder extends ImmutableHouseholdsMerged.Builder {
    }
}
