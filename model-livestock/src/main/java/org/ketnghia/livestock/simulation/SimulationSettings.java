package org.ketnghia.livestock.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.passon.PassOnPolicy;

/**
 * What the livestock simulator assumes besides the plan: demography, the pass-on policy of every
 * group, whether pass-on and sales happen, and shocks.
 *
 * @param demography herd demography per species and district
 * @param policy the pass-on policy of the groups
 * @param passOn whether households pass animals on (off: founders' herds only)
 * @param sales whether households sell (male offtake, herd cap); off: animals leave by death and culling only
 * @param shocks epidemic and drought years
 * @param waitingHouseholdsPerGroup households waiting in each group's queue after round 1 (the group's
 *     members beyond those of round 1); 0 = as many as needed. A pass-on with nobody left in the queue
 *     waits.
 */
public record SimulationSettings(Demography demography, PassOnPolicy policy, boolean passOn, boolean sales,
        List<Shock> shocks, int waitingHouseholdsPerGroup) {

    /** Checks and copies. */
    public SimulationSettings {
        requireNonNull(demography, "demography");
        requireNonNull(policy, "policy");
        shocks = List.copyOf(shocks);
        if (waitingHouseholdsPerGroup < 0) {
            throw new IllegalArgumentException("waitingHouseholdsPerGroup must not be negative");
        }
    }

    /** DOMAIN.md's demography, the "first female offspring" policy, pass-on and sales on, no shock. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(Demography.standard(),
                PassOnPolicies.standard().require(PassOnPolicies.FIRST_FEMALE_OFFSPRING), true, true, List.of(), 0);
    }

    /** A copy with pass-on and sales switched as given (both off gives pure herd demography). */
    public SimulationSettings withPassOnAndSales(boolean passOnOn, boolean salesOn) {
        return new SimulationSettings(demography, policy, passOnOn, salesOn, shocks, waitingHouseholdsPerGroup);
    }

    /** A copy with {@code newShocks}. */
    public SimulationSettings withShocks(List<Shock> newShocks) {
        return new SimulationSettings(demography, policy, passOn, sales, newShocks, waitingHouseholdsPerGroup);
    }

    /** A copy with {@code newPolicy}. */
    public SimulationSettings withPolicy(PassOnPolicy newPolicy) {
        return new SimulationSettings(demography, newPolicy, passOn, sales, shocks, waitingHouseholdsPerGroup);
    }

    /** A copy with {@code waiting} households in each group's queue after round 1 (0 = unlimited). */
    public SimulationSettings withWaitingHouseholdsPerGroup(int waiting) {
        return new SimulationSettings(demography, policy, passOn, sales, shocks, waiting);
    }

    /** A copy with {@code newDemography}. */
    public SimulationSettings withDemography(Demography newDemography) {
        return new SimulationSettings(newDemography, policy, passOn, sales, shocks, waitingHouseholdsPerGroup);
    }
}
