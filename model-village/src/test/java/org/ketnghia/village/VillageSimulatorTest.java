package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.simulation.CriterionWork;
import org.ketnghia.village.simulation.RecognitionPlan;
import org.ketnghia.village.simulation.VillageSimulator;

class VillageSimulatorTest {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final VillageSimulator SIMULATOR = new VillageSimulator(CriteriaSets.sample());

    /** Roads 20 points at 2 a month (10 M per point), water 10 points at 1 a month, security free. */
    private static RecognitionPlan plan(long fundingMillions, double variability) {
        return RecognitionPlan.builder().unitCode(VillageTestKit.A_UR).fundingPerMonth(Money.ofMillions(fundingMillions))
                .processMonths(3)
                .addCriteria(CriterionWork.builder().criterionId("giao-thong").gap(20).improvementPerMonth(2)
                        .variability(variability).costPerPoint(Money.ofMillions(10)).build())
                .addCriteria(CriterionWork.builder().criterionId("nuoc-sach").gap(10).improvementPerMonth(1)
                        .variability(variability).costPerPoint(Money.ofMillions(5)).build())
                .addCriteria(CriterionWork.builder().criterionId("an-ninh").gap(1).improvementPerMonth(1)
                        .variability(0).costPerPoint(Money.ZERO).build())
                .build();
    }

    private static SimulationScenario scenario(RecognitionPlan plan) {
        JsonNode section = MAPPER.valueToTree(plan);
        return new SimulationScenario(LocalDate.of(2026, 1, 1), 5, new PlanSection(VillageModel.ID, "models.village", section));
    }

    @Test
    void fullyFundedPlanWithoutVariability_takesTheSlowestCriterionPlusTheWorkflow() {
        // roads: 10 months; water: 10 months; funding 25 M ≥ 2×10 M + 1×5 M each month
        assertThat(SIMULATOR.monthsToRecognition(plan(25, 0), 60, new SplittableRandom(1))).hasValue(13);
    }

    @Test
    void halfTheMoney_delaysRecognition_andNoMoneyNeverGetsThere() {
        OptionalInt half = SIMULATOR.monthsToRecognition(plan(12, 0), 60, new SplittableRandom(1));

        assertThat(half).isPresent();
        assertThat(half.getAsInt()).isGreaterThan(13);
        assertThat(SIMULATOR.monthsToRecognition(plan(0, 0), 60, new SplittableRandom(1))).isEmpty();
    }

    @Property(tries = 50)
    void moreMonthlyFunding_neverDelaysRecognition(@ForAll @IntRange(min = 1, max = 40) int millions) {
        int less = SIMULATOR.monthsToRecognition(plan(millions, 0), 600, new SplittableRandom(7)).orElse(Integer.MAX_VALUE);
        int more = SIMULATOR.monthsToRecognition(plan(millions + 5, 0), 600, new SplittableRandom(7))
                .orElse(Integer.MAX_VALUE);

        assertThat(more).isLessThanOrEqualTo(less);
    }

    @Test
    void monteCarloRun_isTheSameForOneAndTwoThreads_andRecognisesWithinTheHorizon() {
        SimulationScenario scenario = scenario(plan(25, 0.5));
        SimulationSummary one = MonteCarloRunner.builder().replicates(200).masterSeed(42).threads(1).build()
                .run(SIMULATOR, scenario);
        SimulationSummary two = MonteCarloRunner.builder().replicates(200).masterSeed(42).threads(2).build()
                .run(SIMULATOR, scenario);

        assertThat(one).isEqualTo(two);
        assertThat(one.statistics(VillageSimulator.RECOGNISED, 5)).hasValueSatisfying(
                statistics -> assertThat(statistics.mean()).isEqualTo(1.0));
        assertThat(one.statistics(VillageSimulator.MONTHS_TO_RECOGNITION, 5)).hasValueSatisfying(statistics -> {
            assertThat(statistics.min()).isGreaterThanOrEqualTo(10);
            assertThat(statistics.max()).isLessThan(61);
        });
    }

    @Test
    void budgetEstimate_costsEveryGapOfThePlan() {
        PlanSection section = new PlanSection(VillageModel.ID, "models.village", MAPPER.valueToTree(plan(25, 0)));

        BudgetEstimate estimate = VillageTestKit.model().estimateBudget(section, VillageTestKit.runtime().context()).orElseThrow();

        assertThat(estimate.total()).isEqualTo(Money.ofMillions(20 * 10 + 10 * 5));
        assertThat(estimate.lines()).hasSize(3);
    }

    @Test
    void invalidPlan_isRefusedListingEveryProblem() {
        RecognitionPlan bad = RecognitionPlan.builder().fundingPerMonth(Money.ofDong(-1))
                .addCriteria(CriterionWork.builder().criterionId(" ").gap(-1).improvementPerMonth(0).variability(2)
                        .costPerPoint(Money.ZERO).build())
                .build();

        assertThatThrownBy(() -> SIMULATOR.monthsToRecognition(bad, 10, new SplittableRandom(1)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.problems()).hasSize(5);
                    assertThat(e.has(CoreErrorCode.VALUE_NEGATIVE)).isTrue();
                });
    }
}
