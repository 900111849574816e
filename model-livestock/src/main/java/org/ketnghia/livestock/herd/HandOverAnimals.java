package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Hands animals over to a member household (<i>bàn giao con giống</i>). Without {@link
 * #fromHouseholdId()} it is round 1: accepted animals of the group's lots, still with the commune,
 * go to a member. With it, it is a pass-on (<i>quay vòng</i>): the giver's animals that its group's
 * policy requires go to the next household in the group's queue, as round giver + 1, fulfilling the
 * giver's obligation — offspring born in its herd of the policy's sex and age, at least the policy's
 * ordinal-th of their mother; or, for a mother policy, animals it received, one for each offspring of
 * its herd grown to the policy's age. A giver owing several animals hands each to the same next
 * household. Refused for an animal that is dead, sold, lost, already handed over, under age, of the
 * wrong sex or not what the policy asks, and for a recipient that is not a member, already supported
 * (by another giver or in round 1), or not next in the queue. Immutable.
 */
@Value.Immutable
@JsonTypeName(HandOverAnimals.TYPE)
@JsonSerialize(as = ImmutableHandOverAnimals.class)
@JsonDeserialize(as = ImmutableHandOverAnimals.class)
public abstract class HandOverAnimals implements HandOverFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.hand-over-animals";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HandOverAnimals}. */
    public static final class Builder extends ImmutableHandOverAnimals.Builder {
    }
}
