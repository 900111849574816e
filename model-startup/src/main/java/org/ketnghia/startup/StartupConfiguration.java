package org.ketnghia.startup;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.error.Problems;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.policy.LocalDevelopmentPlan;
import org.ketnghia.startup.policy.StartupPolicy;
import org.ketnghia.startup.simulation.SectorRates;
import org.ketnghia.startup.simulation.internal.RatesCheck;

/**
 * Everything the start-up model (<i>mô hình hỗ trợ khởi nghiệp</i>) is configured with: the sector
 * catalogue, the policy, the local development plan and the simulator's outcome rates per sector.
 * Nothing is filled in silently: a host names each part, or takes Quảng Nam's 2021 set explicitly with
 * {@link #quangNam2021()}. Immutable and thread-safe; equal when every part is equal, so a Guice module
 * installed twice with equal configurations registers the model once.
 *
 * @param catalogue sectors, products and allowed support items
 * @param policy the rules of support
 * @param plan the planned products per unit
 * @param simulationRates the simulator's outcome rates per catalogue sector (a plan section may override
 *     them); a portfolio line of a sector without rates cannot be simulated
 */
public record StartupConfiguration(SectorCatalogue catalogue, StartupPolicy policy, LocalDevelopmentPlan plan,
        List<SectorRates> simulationRates) {

    /**
     * Checks that every product of the plan and every sector of the rates is in the catalogue, and that the
     * rates are valid (each sector once, probabilities in [0, 1], spreads not negative).
     *
     * @throws NullPointerException naming a missing part
     * @throws org.ketnghia.core.error.KetnghiaException listing every problem
     */
    public StartupConfiguration {
        requireNonNull(catalogue, "catalogue");
        requireNonNull(policy, "policy");
        requireNonNull(plan, "plan");
        simulationRates = List.copyOf(requireNonNull(simulationRates, "simulationRates"));
        Problems problems = new Problems();
        for (int i = 0; i < plan.entries().size(); i++) {
            for (String productId : plan.entries().get(i).productIds()) {
                problems.check(!catalogue.hasProduct(productId), StartupErrorCode.STARTUP_CONFIG_INVALID,
                        "plan.entries[" + i + "].productIds", "product " + productId + " is not in the catalogue");
            }
        }
        RatesCheck.check(simulationRates, "simulationRates", problems);
        for (int i = 0; i < simulationRates.size(); i++) {
            String sectorId = simulationRates.get(i).sectorId();
            problems.check(catalogue.sector(sectorId).isEmpty(), StartupErrorCode.STARTUP_SECTOR_UNKNOWN,
                    "simulationRates[" + i + "].sectorId", sectorId);
        }
        problems.throwIfAny();
    }

    /**
     * Quảng Nam's 2021 configuration, named explicitly by the hosts and tests that use it: the plan's sector
     * catalogue ({@link SectorCatalogue#quangNam2021()}), the national-practice policy ({@link
     * StartupPolicy#nationalPractice()}), the plan's products for the 6 mountain districts ({@link
     * LocalDevelopmentPlan#quangNam2021()}) and the shipped outcome rates ({@link
     * SectorRates#quangNam2021()}, assumptions to calibrate).
     */
    public static StartupConfiguration quangNam2021() {
        return new StartupConfiguration(SectorCatalogue.quangNam2021(), StartupPolicy.nationalPractice(),
                LocalDevelopmentPlan.quangNam2021(), SectorRates.quangNam2021());
    }
}
