package org.ketnghia.livestock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.LivestockSimulator;
import org.ketnghia.livestock.simulation.SimulationIndicators;
import org.ketnghia.livestock.simulation.SimulationSettings;

class ScenarioSweepTest {

    private static final long SEED = 20210701L;
    private static final int REPLICATES = 12;
    private static final SimulationScenario SCENARIO = SweepFixtures.small();
    private static final List<String> HEAD = List.of(SimulationIndicators.CATTLE_FEMALES,
            SimulationIndicators.CATTLE_MALES, SimulationIndicators.GOAT_FEMALES, SimulationIndicators.GOAT_MALES);

    private static ScenarioSweep sweep(int threads) {
        return ScenarioSweep.builder().replicates(REPLICATES).masterSeed(SEED).threads(threads).build();
    }

    /** The default indicators plus the head of each species and sex at the horizon. */
    private static List<ScenarioIndicator> indicatorsWithHead() {
        List<ScenarioIndicator> indicators = new ArrayList<>(ScenarioIndicator.defaults(SweepFixtures.YEARS));
        for (String id : HEAD) {
            indicators.add(ScenarioIndicator.of(id, SweepFixtures.YEARS, id, id));
        }
        return indicators;
    }

    @Test
    void identicalScenarios_differByExactlyZero_withZeroPairedStandardError() {
        ScenarioGrid grid = ScenarioGrid.builder()
                .policies(List.of(PassOnPolicies.standard().require(PassOnPolicies.FIRST_FEMALE_OFFSPRING)))
                .priceLevels(List.of(PriceLevel.of("1")))
                .demographies(List.of(DemographyLevel.assumed(Demography.standard()),
                        DemographyLevel.of("same-again", Demography.standard())))
                .shockLevels(List.of(ShockLevel.none()))
                .build();

        ScenarioComparison comparison = ScenarioSweep.builder().replicates(REPLICATES).masterSeed(SEED).threads(2)
                .indicators(indicatorsWithHead()).build().run(SCENARIO, grid);

        ScenarioRow copy = comparison.rows().get(1);
        assertThat(copy.baseline()).isFalse();
        assertThat(copy.results()).hasSize(indicatorsWithHead().size());
        for (IndicatorResult result : copy.results()) {
            assertThat(result.difference()).as(result.indicator()).isEqualTo(0.0);
            assertThat(result.differenceStandardError()).as(result.indicator()).isEqualTo(0.0);
            assertThat(result.mean()).isEqualTo(comparison.baselineRow().result(result.indicator()).orElseThrow().mean());
        }
        // the runs are not trivially empty: households beyond round 1 and a spread over replicates
        IndicatorResult households = copy.result(comparison.rankingIndicator()).orElseThrow();
        assertThat(households.mean()).isGreaterThan(40);
        assertThat(households.standardDeviation()).isGreaterThan(0);
    }

    @Test
    void differentScenarios_haveAPairedDifference_equalToTheDifferenceOfMeans_withANonZeroStandardError() {
        ScenarioComparison comparison = sweep(2).run(SCENARIO, SweepFixtures.grid());
        ScenarioRow epidemic = comparison.rows().stream()
                .filter(row -> row.level(ScenarioDimension.SHOCKS).equals(ShockLevel.EPIDEMIC)
                        && row.level(ScenarioDimension.PASS_ON_POLICY).equals(PassOnPolicies.FIRST_FEMALE_OFFSPRING)
                        && row.level(ScenarioDimension.PRICE_LEVEL).equals("1"))
                .findFirst().orElseThrow();
        IndicatorResult households = epidemic.result(comparison.rankingIndicator()).orElseThrow();
        IndicatorResult baseline = comparison.baselineRow().result(comparison.rankingIndicator()).orElseThrow();
        assertThat(households.difference()).isLessThan(0);
        assertThat(households.difference()).isCloseTo(households.mean() - baseline.mean(), within(1e-9));
        assertThat(households.differenceStandardError()).isGreaterThan(0);
    }

    @Test
    void aShockInTheLastYear_leavesEveryEarlierYearIdentical_replicateByReplicate() {
        // common random numbers: replicate i draws the same stream in both scenarios, and the simulator consumes it
        // month by month, so up to the shock the two runs are the same run
        int last = SweepFixtures.YEARS;
        ScenarioGrid grid = ScenarioGrid.builder().from(SweepFixtures.grid())
                .shockLevels(ShockLevel.standardSet(List.of(last), 0.3, List.of(last), 0.2).subList(0, 2))
                .build();
        List<ScenarioIndicator> indicators = List.of(ScenarioIndicator.householdsReached(last - 1),
                ScenarioIndicator.of(SimulationIndicators.BIRTHS_ID, last - 1, "sinh", "births"),
                ScenarioIndicator.of(SimulationIndicators.DEATHS_ID, last, "chết", "deaths"));

        ScenarioComparison comparison = ScenarioSweep.builder().replicates(REPLICATES).masterSeed(SEED).threads(2)
                .indicators(indicators).build().run(SCENARIO, grid, grid.oneAtATime());

        ScenarioRow epidemic = comparison.rows().stream()
                .filter(row -> row.level(ScenarioDimension.SHOCKS).equals(ShockLevel.EPIDEMIC)).findFirst().orElseThrow();
        for (IndicatorResult before : epidemic.results().subList(0, 2)) {
            assertThat(before.difference()).as(before.indicator()).isEqualTo(0.0);
            assertThat(before.differenceStandardError()).as(before.indicator()).isEqualTo(0.0);
        }
        IndicatorResult deaths = epidemic.results().get(2);
        assertThat(deaths.difference()).isPositive();
    }

    @Test
    void priceOnly_givesIdenticalHerdsAndHouseholds_andAScaledHerdValue() {
        ScenarioComparison comparison = ScenarioSweep.builder().replicates(REPLICATES).masterSeed(SEED).threads(2)
                .indicators(indicatorsWithHead()).build().run(SCENARIO, SweepFixtures.grid());
        ScenarioRow baseline = comparison.baselineRow();
        ScenarioRow dearer = comparison.row(baseline.scenarioId().replace(" | 1 | ", " | 1.2 | ")).orElseThrow();

        for (IndicatorResult result : dearer.results()) {
            if (result.indicator().startsWith("herd-value")) {
                IndicatorResult base = baseline.result(result.indicator()).orElseThrow();
                assertThat(base.mean()).isPositive();
                assertThat(result.mean()).isCloseTo(1.2 * base.mean(), within(1e-6 * base.mean()));
                assertThat(result.p5()).isCloseTo(1.2 * base.p5(), within(1e-6 * base.mean()));
                assertThat(result.p95()).isCloseTo(1.2 * base.p95(), within(1e-6 * base.mean()));
                assertThat(result.difference()).isCloseTo(0.2 * base.mean(), within(1e-6 * base.mean()));
            } else {
                // equal in every replicate: mean difference 0 and no spread of the differences
                assertThat(result.difference()).as(result.indicator()).isEqualTo(0.0);
                assertThat(result.differenceStandardError()).as(result.indicator()).isEqualTo(0.0);
            }
        }
    }

    @Test
    void pricesDriveNoDraw_replicateByReplicateInTheSimulator() {
        SimulationSettings base = SimulationSettings.defaults();
        LivestockSimulator plain = new LivestockSimulator(base);
        LivestockSimulator dearer = new LivestockSimulator(base.withDemography(PriceLevel.of("1.2").apply(base.demography())));
        MonteCarloRunner runner = MonteCarloRunner.builder().replicates(4).masterSeed(SEED).threads(1).build();
        for (long i = 0; i < 4; i++) {
            ReplicateValues one = runner.replicate(plain, SCENARIO, i);
            ReplicateValues two = runner.replicate(dearer, SCENARIO, i);
            for (String id : one.values().keySet()) {
                for (int year = 1; year <= SweepFixtures.YEARS; year++) {
                    double value = one.value(id, year).orElseThrow();
                    double other = two.value(id, year).orElseThrow();
                    if (id.startsWith(SimulationIndicators.HERD_VALUE_ID)) {
                        assertThat(new BigDecimal(other)).as(id).isEqualByComparingTo(
                                new BigDecimal(value).multiply(new BigDecimal("1.2")));
                    } else {
                        assertThat(other).as(id + " year " + year).isEqualTo(value);
                    }
                }
            }
        }
    }

    /**
     * One replicate valued at the prices of other simulators priced alike records, for each, exactly what a replicate
     * of that simulator on the same stream records: every indicator of every year, bit for bit (the sweep runs the
     * scenarios of a grid's price levels so); the herd value does differ, so the recorders are not mixed up.
     */
    @Test
    void oneReplicateValuedAtOtherPrices_recordsWhatEachSimulatorsOwnReplicateRecords() {
        SimulationSettings base = SimulationSettings.defaults()
                .withShocks(ShockLevel.standardSet(List.of(2), 0.13, List.of(1), 0.7).get(3).shocks());
        LivestockSimulator plain = new LivestockSimulator(base);
        List<LivestockSimulator> others = List.of(
                new LivestockSimulator(base.withDemography(PriceLevel.of("0.8").apply(base.demography()))),
                new LivestockSimulator(base.withDemography(PriceLevel.of("1.2").apply(base.demography()))));
        MonteCarloRunner runner = MonteCarloRunner.builder().replicates(4).masterSeed(SEED).threads(1).build();
        for (long i = 0; i < 4; i++) {
            List<java.util.Map<String, java.util.Map<Integer, Double>>> recorded = new ArrayList<>();
            for (int v = 0; v < others.size(); v++) {
                recorded.add(new java.util.TreeMap<>());
            }
            ReplicateValues together = runner.replicate(new ModelSimulator() {
                @Override
                public String modelId() {
                    return plain.modelId();
                }

                @Override
                public void simulateReplicate(SimulationScenario scenario, SplittableRandom random,
                        ReplicateRecorder recorder) {
                    List<ReplicateRecorder> into = new ArrayList<>();
                    for (java.util.Map<String, java.util.Map<Integer, Double>> values : recorded) {
                        into.add((id, year, value) -> values.computeIfAbsent(id, k -> new java.util.TreeMap<>())
                                .put(year, value));
                    }
                    plain.simulateReplicate(scenario, random, recorder, others, into);
                }
            }, SCENARIO, i);

            assertThat(together).isEqualTo(runner.replicate(plain, SCENARIO, i));
            for (int v = 0; v < others.size(); v++) {
                ReplicateValues alone = runner.replicate(others.get(v), SCENARIO, i);
                assertThat(recorded.get(v)).as("simulator %s, replicate %s", v, i).isEqualTo(alone.values());
                assertThat(recorded.get(v).get(SimulationIndicators.HERD_VALUE_ID))
                        .isNotEqualTo(together.values().get(SimulationIndicators.HERD_VALUE_ID));
            }
        }
    }

    @Test
    void pricedAlike_holdsForPriceLevelsOnly_andOtherSettingsAreRefused() {
        SimulationSettings base = SimulationSettings.defaults();
        SimulationSettings dearer = base.withDemography(PriceLevel.of("1.2").apply(base.demography()));
        SimulationSettings shocked = dearer.withShocks(ShockLevel.standardSet(List.of(2), 0.13, List.of(1), 0.7).get(1)
                .shocks());
        SimulationSettings otherPolicy = base.withPolicy(PassOnPolicies.standard().require(PassOnPolicies.FIRST_CALF_ANY_SEX));

        assertThat(LivestockSimulator.pricedAlike(base, dearer)).isTrue();
        assertThat(LivestockSimulator.pricedAlike(base, shocked)).isFalse();
        assertThat(LivestockSimulator.pricedAlike(base, otherPolicy)).isFalse();
        assertThat(LivestockSimulator.pricedAlike(base, base.withPassOnAndSales(true, false))).isFalse();
        LivestockSimulator plain = new LivestockSimulator(base);
        SplittableRandom random = new SplittableRandom(1);
        ReplicateRecorder ignore = (id, year, value) -> { };
        assertThatThrownBy(() -> plain.simulateReplicate(SCENARIO, random, ignore,
                List.of(new LivestockSimulator(shocked)), List.of(ignore)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prices");
        assertThatThrownBy(() -> plain.simulateReplicate(SCENARIO, random, ignore,
                List.of(new LivestockSimulator(dearer)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one recorder per simulator");
    }

    @Test
    void ranking_putsPriceLast_withNoEffectOnHouseholdsReached() {
        ScenarioComparison comparison = sweep(2).run(SCENARIO, SweepFixtures.grid());

        assertThat(comparison.sensitivity()).extracting(SensitivityEntry::dimension)
                .containsOnly(ScenarioDimension.PASS_ON_POLICY, ScenarioDimension.PRICE_LEVEL, ScenarioDimension.SHOCKS)
                .hasSize(3).last().isEqualTo(ScenarioDimension.PRICE_LEVEL);
        SensitivityEntry price = comparison.sensitivity().get(2);
        assertThat(price.rank()).isEqualTo(3);
        assertThat(price.swing()).isEqualTo(0.0);
        assertThat(price.lowestDifference()).isEqualTo(0.0);
        assertThat(price.highestDifference()).isEqualTo(0.0);
        assertThat(price.lowestLevel()).isEqualTo("1"); // a tie goes to the baseline level: nothing moved it
        assertThat(price.highestLevel()).isEqualTo("1");
        assertThat(price.mainEffectSwing()).contains(0.0);
        assertThat(price.labelVi()).isEqualTo("Mức giá");
        SensitivityEntry first = comparison.sensitivity().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.swing()).isPositive().isGreaterThanOrEqualTo(comparison.sensitivity().get(1).swing());
        assertThat(first.lowestDifference()).isLessThanOrEqualTo(0);
        assertThat(first.highestDifference()).isGreaterThanOrEqualTo(0);
        SensitivityEntry shocks = comparison.sensitivity().stream()
                .filter(entry -> entry.dimension() == ScenarioDimension.SHOCKS).findFirst().orElseThrow();
        assertThat(shocks.lowestLevel()).isEqualTo(ShockLevel.EPIDEMIC);
        assertThat(shocks.swing()).isEqualTo(-shocks.lowestDifference());
    }

    @Test
    void oneAtATime_ranksWithoutMainEffects() {
        ScenarioGrid grid = SweepFixtures.grid();
        List<Scenario> scenarios = grid.oneAtATime();
        assertThat(scenarios).hasSize(1 + 1 + 2 + 1).first().isEqualTo(grid.baseline());

        ScenarioComparison comparison = sweep(1).run(SCENARIO, grid, scenarios);

        assertThat(comparison.rows()).hasSize(5);
        assertThat(comparison.sensitivity()).hasSize(3).allSatisfy(entry -> assertThat(entry.mainEffectSwing()).isEmpty());
        assertThat(comparison.sensitivity().get(2).dimension()).isEqualTo(ScenarioDimension.PRICE_LEVEL);
        // the same scenarios in the full sweep have the same values: a scenario's replicates do not depend on the others
        ScenarioComparison full = sweep(2).run(SCENARIO, grid);
        for (ScenarioRow row : comparison.rows()) {
            assertThat(full.row(row.scenarioId())).contains(row);
        }
    }

    @Test
    void result_doesNotDependOnThreads_andIsByteIdentical() {
        ScenarioComparison one = sweep(1).run(SCENARIO, SweepFixtures.grid());
        ScenarioComparison three = sweep(3).run(SCENARIO, SweepFixtures.grid());

        assertThat(three).isEqualTo(one);
        assertThat(three.toJson()).isEqualTo(one.toJson());
        assertThat(three.toCsv()).isEqualTo(one.toCsv());
        assertThat(three.sensitivityCsv()).isEqualTo(one.sensitivityCsv());
    }

    @Test
    void baselineRow_equalsAPlainMonteCarloRunWithTheSameSeed() {
        ScenarioGrid grid = SweepFixtures.grid();
        ScenarioComparison comparison = sweep(2).run(SCENARIO, grid);
        SimulationSummary plain = MonteCarloRunner.builder().replicates(REPLICATES).masterSeed(SEED).threads(2).build()
                .run(new LivestockSimulator(grid.baseline().settings(SimulationSettings.defaults())), SCENARIO);

        for (ScenarioIndicator indicator : comparison.indicators()) {
            IndicatorResult result = comparison.baselineRow().result(indicator.key()).orElseThrow();
            var statistics = plain.statistics(indicator.indicatorId(), indicator.year()).orElseThrow();
            double tolerance = 1e-9 * Math.max(1, Math.abs(statistics.mean()));
            assertThat(result.mean()).as(indicator.key()).isCloseTo(statistics.mean(), within(tolerance));
            assertThat(result.p5()).as(indicator.key()).isCloseTo(statistics.p5(), within(tolerance));
            assertThat(result.p95()).as(indicator.key()).isCloseTo(statistics.p95(), within(tolerance));
            assertThat(result.difference()).isEqualTo(0.0);
        }
    }

    @Test
    void progress_countsEveryScenarioReplicate_inOrder() {
        List<Long> done = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        ScenarioSweep.builder().replicates(3).masterSeed(SEED).threads(2)
                .progress((finished, total) -> {
                    done.add(finished);
                    totals.add(total);
                })
                .build().run(SCENARIO, SweepFixtures.grid());

        long expected = 12L * 3;
        assertThat(done).hasSize((int) expected).isSorted().doesNotHaveDuplicates().last().isEqualTo(expected);
        assertThat(totals).containsOnly(expected);
    }
}
