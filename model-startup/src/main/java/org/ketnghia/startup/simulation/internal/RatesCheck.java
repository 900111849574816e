package org.ketnghia.startup.simulation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.startup.simulation.SectorRates;

/** Checks a list of outcome rates: each sector once, a probability in [0, 1], a spread that is not negative. */
public final class RatesCheck {

    private RatesCheck() {
    }

    /** Adds a problem at {@code field[i]…} for every bad rate. */
    public static void check(List<SectorRates> rates, String field, Problems problems) {
        Set<String> sectors = new HashSet<>();
        for (int i = 0; i < rates.size(); i++) {
            SectorRates rate = rates.get(i);
            String at = field + "[" + i + "]";
            problems.check(!sectors.add(rate.sectorId()), CoreErrorCode.VALUE_DUPLICATE, at + ".sectorId",
                    rate.sectorId());
            problems.check(!(rate.annualFailureProbability() >= 0 && rate.annualFailureProbability() <= 1),
                    CoreErrorCode.VALUE_OUT_OF_RANGE, at + ".annualFailureProbability",
                    rate.annualFailureProbability(), 0, 1);
            problems.check(!(rate.revenueGrowthStandardDeviation() >= 0), CoreErrorCode.VALUE_NEGATIVE,
                    at + ".revenueGrowthStandardDeviation", rate.revenueGrowthStandardDeviation());
        }
    }
}
