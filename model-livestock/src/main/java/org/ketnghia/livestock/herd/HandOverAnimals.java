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
 * (by another giver or in round 1), or not next in the queue.
 *
 * <p>Round 1 gives each household its support package once (<i>mức hỗ trợ</i>: the programme's head per
 * household of the group's species, 2 cattle or 5 goats in the plan, or the package a {@link
 * RecordPackageException} recorded for it beforehand), in one hand-over or several: refused when the
 * animals would bring the household beyond it ({@code LIVESTOCK_PACKAGE_EXCEEDED}), when it already
 * received it ({@code LIVESTOCK_PACKAGE_ALREADY_RECEIVED}) or for two species ({@code
 * LIVESTOCK_PACKAGE_MIXED_SPECIES}); a household given its package in parts is supported, and owes its
 * pass-on, once. Animals bought from the group's revolving fund ({@link
 * PurchaseLotFacts#paidFromRevolvingFund()}) are no round-1 package: handed over without a giver, they go
 * to the next household in the queue in the round after the highest round of the households whose cash
 * the fund holds, and never together with round-1 animals ({@code LIVESTOCK_HANDOVER_MIXES_FUNDS}).
 * Immutable.
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
