package org.ketnghia.startup.simulation;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.money.Money;

/**
 * A number of start-up projects of one sector in one unit, in a plan or a simulated portfolio. Immutable.
 *
 * @param unitCode the commune or district
 * @param sectorId the catalogue sector
 * @param projects how many projects
 * @param supportPerProject the state support planned per project
 * @param firstYearRevenue the revenue a project makes in its first year
 */
public record PortfolioLine(String unitCode, String sectorId, int projects, Money supportPerProject,
        Money firstYearRevenue) {

    /** Checks that no part is missing. */
    public PortfolioLine {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(sectorId, "sectorId");
        requireNonNull(supportPerProject, "supportPerProject");
        requireNonNull(firstYearRevenue, "firstYearRevenue");
    }
}
