package org.ketnghia.startup.simulation;

import static java.util.Objects.requireNonNull;

/**
 * Yearly outcome rates of start-ups in one sector <i>(check; calibrate per district)</i>. Immutable.
 *
 * @param sectorId the catalogue sector
 * @param annualFailureProbability chance a running business stops within a year, 0 to 1
 * @param revenueGrowthMean mean yearly revenue growth, e.g. 0.08 for +8 %
 * @param revenueGrowthStandardDeviation spread of the yearly growth (normal distribution)
 */
public record SectorRates(String sectorId, double annualFailureProbability, double revenueGrowthMean,
        double revenueGrowthStandardDeviation) {

    /** Checks that no part is missing. */
    public SectorRates {
        requireNonNull(sectorId, "sectorId");
    }
}
