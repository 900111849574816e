package org.ketnghia.livestock.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
        check(summary, Species.CATTLE, SimulationIndicators.CATTLE_FEMALES, HOUSEHOLDS * 2, 1.0, true);
        check(summary, Species.GOAT, SimulationIndicators.GOAT_FEMALES, HOUSEHOLDS * 5, 1.0, true);
        check(summary, Species.CATTLE, SimulationIndicators.CATTLE_MALES, HOUSEHOLDS * 2, 1.0, false);
        check(summary, Species.GOAT, SimulationIndicators.GOAT_MALES, HOUSEHOLDS * 5, 1.0, false);
    }

    /** A drought every year is a lasting fertility factor: the engine's no-birth table against the projection's factor. */
    @Test
    void aDroughtEveryYearIsTheProjectionWithItsFertilityFactor() {
        SimulationScenario scenario = Scenarios.of(Scenarios.small(HOUSEHOLDS), 10);
        List<Shock> droughts = new ArrayList<>();
        for (int year = 1; year <= 10; year++) {
            droughts.add(Shock.drought(year, 0.7));
        }
        LivestockSimulator simulator = new LivestockSimulator(
                SimulationSettings.defaults().withPassOnAndSales(false, false).withShocks(droughts));
        SimulationSummary summary = MonteCarloRunner.builder().replicates(REPLICATES).masterSeed(20261205L)
                .threads(2).build().run(simulator, scenario);
        check(summary, Species.GOAT, SimulationIndicators.GOAT_FEMALES, HOUSEHOLDS * 5, 0.7, true);
        check(summary, Species.GOAT, SimulationIndicators.GOAT_MALES, HOUSEHOLDS * 5, 0.7, false);
    }

    private static void check(SimulationSummary summary, Species species, String indicator, int founders,
            double fertility, boolean females) {
        CohortProjection.Result projection = CohortProjection.of(Demography.standard().defaultFor(species), fertility)
                .project(120);
        for (int year : new int[] {3, 5, 10}) {
            IndicatorStatistics stats = summary.statistics(indicator, year).orElseThrow();
            double mean = stats.mean() / founders;
            double standardError = stats.standardDeviation() / founders / Math.sqrt(stats.count());
            double expected = females ? projection.femalesAtYear(year)
                    : projection.animalsAtYear(year) - projection.femalesAtYear(year);
            assertThat(Math.abs(mean - expected))
                    .as("%s year %d: MC %.5f ± %.5f vs projection %.5f", species, year, mean, standardError, expected)
                    .isLessThanOrEqualTo(3 * standardError);
        }
    }
}
