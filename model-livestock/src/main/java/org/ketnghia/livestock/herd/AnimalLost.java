package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An animal was lost or stolen. Immutable.
 */
@Value.Immutable
@JsonTypeName(AnimalLost.TYPE)
@JsonSerialize(as = ImmutableAnimalLost.class)
@JsonDeserialize(as = ImmutableAnimalLost.class)
public abstract class AnimalLost implements LossFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.animal-lost";

    /** Its keeper, if any. */
    public abstract Optional<String> householdId();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnimalLost}. */
    public static final class Builder extends ImmutableAnimalLost.Builder {
    }
}
