package org.ketnghia.livestock.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.SimulationIndicators;
import org.ketnghia.livestock.simulation.SimulationSettings;

/**
 * A household cohort's monthly binomial parturitions ({@link CohortBirths}) and each female's own
 * parturition months are two exact ways to the same law: the Quảng Nam plan, every district's cohorts drawn
 * month by month against none, gives the same means of births, sales and females (within four standard
 * errors of the difference) over 400 replicates each.
 */
class CohortBirthsTest {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final int REPLICATES = 400;
    private static final List<String> CHECKED = List.of(SimulationIndicators.BIRTHS_ID,
            SimulationIndicators.SALES_ID, SimulationIndicators.GOAT_FEMALES, SimulationIndicators.CATTLE_FEMALES,
            SimulationIndicators.ANIMAL_MONTHS_ID);

    @ParameterizedTest(name = "pass-on {0}")
    @ValueSource(booleans = {true, false})
    void monthlyCohortsGiveTheSameMeansAsEachFemalesOwnParturitions(boolean passOn) {
        SimulationScenario scenario = new SimulationScenario(LocalDate.of(2021, 7, 1), 10,
                new PlanSection(LivestockModel.ID, "models.livestock",
                        MAPPER.valueToTree(LivestockProgramme.quangNam2021())));
        SimulationSettings settings = SimulationSettings.defaults().withPassOnAndSales(passOn, true);
        CompiledPlan cohorts = CompiledPlan.compile(scenario, LivestockProgramme.quangNam2021(), settings, 0);
        CompiledPlan females = CompiledPlan.compile(scenario, LivestockProgramme.quangNam2021(), settings,
                Double.POSITIVE_INFINITY);
        assertThat(cohorts.cohortMonthly).contains(true);
        assertThat(females.cohortMonthly).containsOnly(false);

        Map<String, double[]> withCohorts = moments(cohorts, 1);
        Map<String, double[]> withoutCohorts = moments(females, 2);

        for (String id : CHECKED) {
            for (int year : new int[] {3, 6, 10}) {
                double[] a = withCohorts.get(id + "@" + year);
                double[] b = withoutCohorts.get(id + "@" + year);
                double standardError = Math.sqrt(variance(a) / REPLICATES + variance(b) / REPLICATES);
                assertThat(Math.abs(mean(a) - mean(b)))
                        .as("%s year %d: %.2f vs %.2f ± %.2f", id, year, mean(a), mean(b), standardError)
                        .isLessThanOrEqualTo(4 * standardError);
            }
        }
    }

    /** Per indicator and year, the sum and the sum of squares over the replicates. */
    private static Map<String, double[]> moments(CompiledPlan plan, long seed) {
        Map<String, double[]> sums = new HashMap<>();
        SplittableRandom master = new SplittableRandom(seed);
        for (int r = 0; r < REPLICATES; r++) {
            Replicate.of(plan, master.split()).run((id, year, value) -> {
                double[] sum = sums.computeIfAbsent(id + "@" + year, key -> new double[2]);
                sum[0] += value;
                sum[1] += value * value;
            });
        }
        return sums;
    }

    private static double mean(double[] sums) {
        return sums[0] / REPLICATES;
    }

    private static double variance(double[] sums) {
        double mean = mean(sums);
        return (sums[1] / REPLICATES - mean * mean) * REPLICATES / (REPLICATES - 1);
    }
}
