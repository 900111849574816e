package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Merge two households into one (nhập hộ): every member of the absorbed household joins {@link
 * #householdId()}, with their relation to its head; the absorbed household ends on the date (its id and
 * history remain, it is no longer among the households in being).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(MergeHouseholds.TYPE)
@JsonSerialize(as = ImmutableMergeHouseholds.class)
@JsonDeserialize(as = ImmutableMergeHouseholds.class)
public abstract class MergeHouseholds implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.merge-households";

    MergeHouseholds() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it: the household's commune, or a unit containing it. */
    @Override
    public abstract String unitCode();

    /** The date the change took effect (a correction: the date it was established). */
    @Override
    public abstract LocalDate occurredOn();

    /** The household. */
    public abstract String householdId();

    /** The household that joins and ends. */
    public abstract String absorbedHouseholdId();

    /** Each absorbed member's full name and relation to the head; every member, none {@link HouseholdRelation#HEAD}. */
    public abstract Map<String, HouseholdRelation> relations();

    /** Why, e.g. the decision or the request it comes from; never blank. */
    public abstract String reason();

    /** Builds a {@link MergeHouseholds}. */
    public static final class Builder extends ImmutableMergeHouseholds.Builder {
    }
}
