package org.ketnghia.startup.policy;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.error.Problems;
import org.ketnghia.startup.StartupErrorCode;
import org.ketnghia.startup.catalogue.SectorCatalogue;

/**
 * Everything the start-up model is configured with: the sector catalogue, the policy and the local
 * development plan. Immutable and thread-safe.
 *
 * @param catalogue sectors, products and allowed support items
 * @param policy the rules of support
 * @param plan the planned products per unit
 */
public record StartupConfiguration(SectorCatalogue catalogue, StartupPolicy policy, LocalDevelopmentPlan plan) {

    /**
     * Checks that every product of the plan is in the catalogue.
     *
     * @throws org.ketnghia.core.error.KetnghiaException listing every unknown product
     */
    public StartupConfiguration {
        requireNonNull(catalogue, "catalogue");
        requireNonNull(policy, "policy");
        requireNonNull(plan, "plan");
        Problems problems = new Problems();
        for (int i = 0; i < plan.entries().size(); i++) {
            for (String productId : plan.entries().get(i).productIds()) {
                problems.check(!catalogue.hasProduct(productId), StartupErrorCode.STARTUP_CONFIG_INVALID,
                        "plan.entries[" + i + "].productIds", "product " + productId + " is not in the catalogue");
            }
        }
        problems.throwIfAny();
    }

    /** The shipped catalogue, policy and default plan. */
    public static StartupConfiguration standard() {
        return new StartupConfiguration(SectorCatalogue.standard(), StartupPolicy.standard(),
                LocalDevelopmentPlan.standard());
    }
}
