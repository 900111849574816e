package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * An animal was sold. Immutable.
 */
@Value.Immutable
@JsonTypeName(AnimalSold.TYPE)
@JsonSerialize(as = ImmutableAnimalSold.class)
@JsonDeserialize(as = ImmutableAnimalSold.class)
public abstract class AnimalSold implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.animal-sold";

    /** The animal. */
    public abstract String earTag();

    /** The seller. */
    public abstract String householdId();

    /** The buyer. */
    public abstract String buyer();

    /** The price. */
    public abstract Money price();

    /** The permission, if any. */
    public abstract Optional<String> permissionReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnimalSold}. */
    public static final class Builder extends ImmutableAnimalSold.Builder {
    }
}
