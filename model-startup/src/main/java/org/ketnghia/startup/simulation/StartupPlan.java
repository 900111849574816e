package org.ketnghia.startup.simulation;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.startup.StartupErrorCode;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.simulation.internal.RatesCheck;

/**
 * The start-up model's section of a plan file: the portfolio of projects and, optionally, outcome
 * rates that replace the shipped defaults for some sectors. JSON:
 * {@code {"portfolio": [{"unitCode": …, "sectorId": "fruit", "projects": 20, "supportPerProject": 50000000,
 * "firstYearRevenue": 60000000}], "rates": [{"sectorId": "fruit", "annualFailureProbability": 0.1, …}]}}.
 * Immutable.
 *
 * @param portfolio the projects
 * @param rates rates that override the defaults, by sector
 */
public record StartupPlan(List<PortfolioLine> portfolio, List<SectorRates> rates) {

    /** Copies the lists. */
    public StartupPlan {
        portfolio = portfolio == null ? List.of() : List.copyOf(portfolio);
        rates = rates == null ? List.of() : List.copyOf(rates);
    }

    /** The override for a sector, if any. */
    public Optional<SectorRates> ratesFor(String sectorId) {
        return rates.stream().filter(rate -> rate.sectorId().equals(sectorId)).findFirst();
    }

    /**
     * Checks the plan against the catalogue, listing every problem.
     *
     * @throws org.ketnghia.core.error.KetnghiaException for unknown sectors, negative counts or amounts,
     *     a sector's rates given twice, probabilities outside [0, 1]
     */
    public StartupPlan validated(SectorCatalogue catalogue, String location) {
        Problems problems = new Problems();
        for (int i = 0; i < portfolio.size(); i++) {
            PortfolioLine line = portfolio.get(i);
            String field = location + ".portfolio[" + i + "]";
            problems.check(catalogue.sector(line.sectorId()).isEmpty(), StartupErrorCode.STARTUP_SECTOR_UNKNOWN,
                    field + ".sectorId", line.sectorId());
            problems.check(line.projects() < 0, CoreErrorCode.VALUE_NEGATIVE, field + ".projects", line.projects());
            problems.check(line.supportPerProject().isNegative(), CoreErrorCode.VALUE_NEGATIVE,
                    field + ".supportPerProject", line.supportPerProject());
            problems.check(line.firstYearRevenue().isNegative(), CoreErrorCode.VALUE_NEGATIVE,
                    field + ".firstYearRevenue", line.firstYearRevenue());
        }
        RatesCheck.check(rates, location + ".rates", problems);
        problems.throwIfAny();
        return this;
    }
}
