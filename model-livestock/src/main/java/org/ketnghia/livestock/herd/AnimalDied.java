package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An animal died. Immutable.
 */
@Value.Immutable
@JsonTypeName(AnimalDied.TYPE)
@JsonSerialize(as = ImmutableAnimalDied.class)
@JsonDeserialize(as = ImmutableAnimalDied.class)
public abstract class AnimalDied implements DeathFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.animal-died";

    /** The date it died. */
    public abstract LocalDate diedOn();

    /** Its keeper, if it was with a household. */
    public abstract Optional<String> householdId();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnimalDied}. */
    public static final class Builder extends ImmutableAnimalDied.Builder {
    }
}
