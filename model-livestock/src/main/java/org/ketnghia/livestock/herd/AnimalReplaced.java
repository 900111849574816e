package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.passon.DeathHandling;

/**
 * A dead received animal was replaced (<i>đã bù con giống chết</i>): the household keeps the new
 * animal as one it received, and its pass-on obligation stands. Immutable.
 */
@Value.Immutable
@JsonTypeName(AnimalReplaced.TYPE)
@JsonSerialize(as = ImmutableAnimalReplaced.class)
@JsonDeserialize(as = ImmutableAnimalReplaced.class)
public abstract class AnimalReplaced implements ReplacementFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.animal-replaced";

    /** The household given the new animal (the one that kept the dead one). */
    public abstract String householdId();

    /** The household's group. */
    public abstract String groupId();

    /** The species. */
    public abstract Species species();

    /** Who paid for it, as the group's policy says: the household or the group's pool. */
    public abstract DeathHandling paidAs();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnimalReplaced}. */
    public static final class Builder extends ImmutableAnimalReplaced.Builder {
    }
}
