package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.livestock.Species;

/**
 * An animal was born to a mother kept by a household. Immutable.
 */
@Value.Immutable
@JsonTypeName(AnimalBorn.TYPE)
@JsonSerialize(as = ImmutableAnimalBorn.class)
@JsonDeserialize(as = ImmutableAnimalBorn.class)
public abstract class AnimalBorn implements BirthFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.animal-born";

    /** The species. */
    public abstract Species species();

    /** The household keeping mother and young. */
    public abstract String householdId();

    /** The household’s group. */
    public abstract String groupId();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnimalBorn}. */
    public static final class Builder extends ImmutableAnimalBorn.Builder {
    }
}
