package org.ketnghia.livestock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.SimulationIndicators;

class ScenarioRefusalTest {

    private static List<String> fields(KetnghiaException refused) {
        return refused.problems().stream().map(Problem::field).toList();
    }

    @Test
    void emptyGrid_isRefused_namingEveryEmptyDimension() {
        KetnghiaException refused = catchThrowableOfType(() -> ScenarioGrid.builder().build(), KetnghiaException.class);

        assertThat(refused.problems()).extracting(Problem::code).containsOnly(ScenarioErrorCode.SCENARIO_DIMENSION_EMPTY);
        assertThat(fields(refused)).containsExactly("policies", "priceLevels", "demographies", "shockLevels");
        assertThat(refused.messageVi()).contains("cần ít nhất một mức");
        assertThat(refused.messageEn()).contains("needs at least one level");
    }

    @Test
    void unknownPolicyName_isRefused_namingItsPosition() {
        KetnghiaException refused = catchThrowableOfType(() -> ScenarioGrid.policiesNamed(PassOnPolicies.standard(),
                List.of(PassOnPolicies.FIRST_FEMALE_OFFSPRING, "second-goat-kid", "nobody")), KetnghiaException.class);

        assertThat(refused.problems()).extracting(Problem::code).containsOnly(ScenarioErrorCode.SCENARIO_POLICY_UNKNOWN);
        assertThat(fields(refused)).containsExactly("policies[1]", "policies[2]");
        assertThat(refused.problems().get(0).messageEn()).contains("second-goat-kid").contains(PassOnPolicies.MOTHER_RETURNED);
        assertThat(refused.problems().get(0).messageVi()).startsWith("Không có phương án quay vòng second-goat-kid");
    }

    @Test
    void noPolicyNamed_isRefused() {
        KetnghiaException refused = catchThrowableOfType(() -> ScenarioGrid.policiesNamed(PassOnPolicies.standard(),
                List.of()), KetnghiaException.class);
        assertThat(refused.code()).isEqualTo(ScenarioErrorCode.SCENARIO_DIMENSION_EMPTY);
        assertThat(refused.field()).isEqualTo("policies");
    }

    @Test
    void badLevels_areRefusedAllAtOnce() {
        KetnghiaException refused = catchThrowableOfType(() -> ScenarioGrid.builder()
                .policies(List.of(PassOnPolicies.standard().require(PassOnPolicies.FIRST_FEMALE_OFFSPRING)))
                .priceLevels(List.of(PriceLevel.of("0"), PriceLevel.of("1"), PriceLevel.of("1.0")))
                .demographies(List.of(DemographyLevel.assumed(Demography.standard())))
                .shockLevels(List.of(ShockLevel.none()))
                .baselinePrice("2")
                .baselineShocks("drought")
                .build(), KetnghiaException.class);

        assertThat(refused.problems()).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ScenarioErrorCode.SCENARIO_LEVEL_DUPLICATE, "priceLevels[2].name"),
                org.assertj.core.groups.Tuple.tuple(ScenarioErrorCode.SCENARIO_BASELINE_UNKNOWN, "baselinePrice"),
                org.assertj.core.groups.Tuple.tuple(ScenarioErrorCode.SCENARIO_BASELINE_UNKNOWN, "baselineShocks"),
                org.assertj.core.groups.Tuple.tuple(ScenarioErrorCode.SCENARIO_PRICE_MULTIPLIER_INVALID,
                        "priceLevels[0].multiplier"));
    }

    @Test
    void sweepSettingsOutOfRange_areRefused() {
        KetnghiaException refused = catchThrowableOfType(() -> ScenarioSweep.builder().replicates(0).threads(0).build(),
                KetnghiaException.class);
        assertThat(fields(refused)).containsExactly("replicates", "threads");
        assertThat(refused.problems()).extracting(Problem::code).containsExactly(
                ScenarioErrorCode.SCENARIO_REPLICATES_OUT_OF_RANGE, ScenarioErrorCode.SCENARIO_THREADS_OUT_OF_RANGE);
    }

    @Test
    void badScenarioListAndIndicators_areRefusedBeforeAnythingRuns() {
        ScenarioGrid grid = SweepFixtures.grid();
        Scenario foreign = Scenario.builder().from(grid.baseline()).priceLevel(PriceLevel.of("3")).build();
        List<Scenario> noBaseline = List.of(grid.scenarios().get(1), grid.scenarios().get(1), foreign);
        ScenarioSweep sweep = ScenarioSweep.builder().replicates(1).threads(1).progress((done, total) -> {
            throw new AssertionError("nothing may run");
        }).indicators(List.of(ScenarioIndicator.of("livestock.sim.unicorns", 2, "kỳ lân", "unicorns"),
                ScenarioIndicator.householdsReached(9), ScenarioIndicator.householdsReached(9)))
                .rankBy("herd-value@6").build();

        KetnghiaException refused = catchThrowableOfType(() -> sweep.run(SweepFixtures.small(), grid, noBaseline),
                KetnghiaException.class);

        assertThat(fields(refused)).containsExactlyInAnyOrder("scenarios[1]", "scenarios[2].price", "scenarios",
                "indicators[0].indicatorId", "indicators[1].year", "indicators[2].year", "indicators[2].key", "rankBy");
        assertThat(refused.has(ScenarioErrorCode.SCENARIO_BASELINE_MISSING)).isTrue();
        assertThat(refused.has(ScenarioErrorCode.SCENARIO_DUPLICATE)).isTrue();
        assertThat(refused.has(ScenarioErrorCode.SCENARIO_LEVEL_UNKNOWN)).isTrue();
        assertThat(refused.has(ScenarioErrorCode.SCENARIO_INDICATOR_UNKNOWN)).isTrue();
        assertThat(refused.has(ScenarioErrorCode.SCENARIO_INDICATOR_YEAR_OUT_OF_RANGE)).isTrue();
        assertThat(refused.has(ScenarioErrorCode.SCENARIO_INDICATOR_DUPLICATE)).isTrue();
        assertThat(refused.has(ScenarioErrorCode.SCENARIO_RANKING_INDICATOR_UNKNOWN)).isTrue();
    }

    @Test
    void emptyScenarioList_isRefused() {
        KetnghiaException refused = catchThrowableOfType(() -> ScenarioSweep.builder().replicates(1).threads(1).build()
                .run(SweepFixtures.small(), SweepFixtures.grid(), List.of()), KetnghiaException.class);
        assertThat(refused.code()).isEqualTo(ScenarioErrorCode.SCENARIO_NONE);
        assertThat(refused.field()).isEqualTo("scenarios");
    }

    @Test
    void aDistrictIndicatorTheSimulatorDoesNotRecord_isRefusedAfterTheRun() {
        // goats are not recorded for a cattle district: the id is listed but never recorded
        String id = SimulationIndicators.GOAT_FEMALES + "/QNA.NAM-GIANG";
        KetnghiaException refused = catchThrowableOfType(() -> ScenarioSweep.builder().replicates(1).threads(1)
                .indicators(List.of(ScenarioIndicator.of(id, 1, id, id))).build()
                .run(SweepFixtures.small(), SweepFixtures.grid(), List.of(SweepFixtures.grid().baseline())),
                KetnghiaException.class);
        assertThat(refused.code()).isEqualTo(ScenarioErrorCode.SCENARIO_INDICATOR_UNKNOWN);
        assertThat(refused.field()).isEqualTo("indicators[0].indicatorId");
    }

    @Test
    void everyErrorCode_hasAPrefixAndBothLanguages() {
        for (ScenarioErrorCode code : ScenarioErrorCode.values()) {
            assertThat(code.name()).startsWith("SCENARIO_");
            assertThat(code.message().vi()).isNotBlank().isNotEqualTo(code.message().en());
            assertThat(code.message().en()).isNotBlank();
        }
    }

    @Test
    void priceLevel_scalesEveryPriceExactly_roundingHalfUpToWholeDong() {
        PriceLevel level = PriceLevel.builder().name("odd").multiplier(new BigDecimal("1.15")).build();
        assertThat(level.scale(org.ketnghia.core.money.Money.ofDong(1_234_567)).dong()).isEqualTo(1_419_752); // 1,419,752.05
        assertThat(level.scale(org.ketnghia.core.money.Money.ofDong(10)).dong()).isEqualTo(12); // 11.5 -> 12

        Demography standard = Demography.standard().withDistrict("QNA.TAY-GIANG",
                Demography.standard().defaults().get(1));
        Demography dearer = PriceLevel.of("1.2").apply(standard);
        for (int i = 0; i < standard.defaults().size(); i++) {
            var before = standard.defaults().get(i);
            var after = dearer.defaults().get(i);
            assertThat(after.priceAdultFemale().dong()).isEqualTo(before.priceAdultFemale().dong() * 12 / 10);
            assertThat(after.priceYoungMale().dong()).isEqualTo(before.priceYoungMale().dong() * 12 / 10);
            assertThat(after.mortalityAdult()).isEqualTo(before.mortalityAdult());
            assertThat(after.litterSize()).isEqualTo(before.litterSize());
        }
        assertThat(dearer.districts().get("QNA.TAY-GIANG").get(0).priceYoungFemale().dong())
                .isEqualTo(standard.districts().get("QNA.TAY-GIANG").get(0).priceYoungFemale().dong() * 12 / 10);
        assertThat(PriceLevel.of("1.00").apply(standard)).isSameAs(standard);
        assertThat(PriceLevel.of("1.20").name()).isEqualTo("1.2");
        assertThat(PriceLevel.of("0.8").labelVi()).isEqualTo("giá × 0,8");
    }
}
