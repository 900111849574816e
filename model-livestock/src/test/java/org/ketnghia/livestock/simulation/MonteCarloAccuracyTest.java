package org.ketnghia.livestock.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.livestock.Species;
import org.junit.jupiter.api.Test;

/** The individual-based simulation without pass-on and sales converges to the cohort projection. */
class MonteCarloAccuracyTest {

    private static final int HOUSEHOLDS = 2;
    private static final int REPLICATES = 2_000;

    @Test
    void monteCarloMeanOfFemalesPerFounderIsWithinThreeStandardErrorsOfTheProjection() {
        SimulationScenario scenario = Scenarios.of(Scenarios.small(HOUSEHOLDS), 10);
        LivestockSimulator simulator = new LivestockSimulator(
                SimulationSettings.defaults().withPassOnAndSales(false, false));
        SimulationSummary summary = MonteCarloRunner.builder().replicates(REPLICATES).masterSeed(20210701L)
                .threads(2).build().run(simulator, scenario);
        check(summary, Species.CATTLE, SimulationIndicators.CATTLE_FEMALES, HOUSEHOLDS * 2);
        check(summary, Species.GOAT, SimulationIndicators.GOAT_FEMALES, HOUSEHOLDS * 5);
    }

    private static void check(SimulationSummary summary, Species species, String indicator, int founders) {
        CohortProjection.Result projection = CohortProjection.of(Demography.standard().defaultFor(species))
                .project(120);
        for (int year : new int[] {3, 5, 10}) {
            IndicatorStatistics stats = summary.statistics(indicator, year).orElseThrow();
            double mean = stats.mean() / founders;
            double standardError = stats.standardDeviation() / founders / Math.sqrt(stats.count());
            double expected = projection.femalesAtYear(year);
            assertThat(Math.abs(mean - expected))
                    .as("%s year %d: MC %.5f ± %.5f vs projection %.5f", species, year, mean, standardError, expected)
                    .isLessThanOrEqualTo(3 * standardError);
        }
    }
}
