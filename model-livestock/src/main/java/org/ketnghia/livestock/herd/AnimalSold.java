package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An animal was sold. Immutable.
 */
@Value.Immutable
@JsonTypeName(AnimalSold.TYPE)
@JsonSerialize(as = ImmutableAnimalSold.class)
@JsonDeserialize(as = ImmutableAnimalSold.class)
public abstract class AnimalSold implements SaleFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.animal-sold";

    /** The seller. */
    public abstract String householdId();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnimalSold}. */
    public static final class Builder extends ImmutableAnimalSold.Builder {
    }
}
