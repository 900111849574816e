package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.training.simulation.CoverageSimulator;
import org.junit.jupiter.api.Test;

class CoverageSimulatorTest {

    private static final LocalDate START = LocalDate.of(2021, 7, 1);
    private final ModelSimulator simulator = TrainingFixtures.model().simulator().orElseThrow();

    private static SimulationScenario scenario(int years, String coverage) throws Exception {
        JsonNode content = KetnghiaJson.newObjectMapper().readTree("{\"coverage\": " + coverage + "}");
        return new SimulationScenario(START, years, new PlanSection(TrainingModel.ID, "models.training", content));
    }

    private static String coverage(int classesPerYear, int capacity, double completion, double turnover) {
        return """
                {"communes": [{"unitCode": "QNA.TAY-GIANG.A-XAN", "officials": 24},
                              {"unitCode": "QNA.TAY-GIANG.CHOM", "officials": 60}],
                 "classesPerYear": %d, "capacity": %d, "completionProbability": %s,
                 "annualTurnover": %s, "coverageTarget": 0.8}""".formatted(classesPerYear, capacity, completion, turnover);
    }

    @Test
    void certainCompletionWithoutTurnover_reachesTheTargetInTheMonthThePlanedClassesAllow() throws Exception {
        // 4 classes a year (months 3, 6, 9, 12) of 10 seats: A Xan needs 20 of 24 → month 6; Chơm needs 48 of 60 → month 15
        SimulationScenario scenario = scenario(2, coverage(4, 10, 1.0, 0.0));

        ReplicateValues values = MonteCarloRunner.builder().replicates(1).masterSeed(7).threads(1).build()
                .replicate(simulator, scenario, 0);

        assertThat(values.value(CoverageSimulator.MONTHS_TO_TARGET_OF + "QNA.TAY-GIANG.A-XAN", 2)).contains(6.0);
        assertThat(values.value(CoverageSimulator.MONTHS_TO_TARGET_OF + "QNA.TAY-GIANG.CHOM", 2)).contains(15.0);
        assertThat(values.value(CoverageSimulator.COVERAGE_OF + "QNA.TAY-GIANG.A-XAN", 1)).contains(1.0);
        assertThat(values.value(CoverageSimulator.COVERAGE_OF + "QNA.TAY-GIANG.CHOM", 1)).contains(40.0 / 60);
        assertThat(values.value(CoverageSimulator.COMMUNES_AT_TARGET, 1)).contains(1.0);
        assertThat(values.value(CoverageSimulator.COMMUNES_AT_TARGET, 2)).contains(2.0);
    }

    @Test
    void noClasses_neverReachTheTarget() throws Exception {
        SimulationScenario scenario = scenario(3, coverage(0, 10, 1.0, 0.1));

        ReplicateValues values = MonteCarloRunner.builder().replicates(1).masterSeed(7).threads(1).build()
                .replicate(simulator, scenario, 0);

        assertThat(values.value(CoverageSimulator.MONTHS_TO_TARGET_OF + "QNA.TAY-GIANG.A-XAN", 3)).contains(37.0);
        assertThat(values.value(CoverageSimulator.COVERAGE, 3)).contains(0.0);
    }

    @Test
    void turnover_lowersCoverage_andTheRunIsTheSameForAnyThreadCount() throws Exception {
        SimulationScenario steady = scenario(5, coverage(6, 12, 0.9, 0.0));
        SimulationScenario turnover = scenario(5, coverage(6, 12, 0.9, 0.3));

        SimulationSummary oneThread = MonteCarloRunner.builder().replicates(200).masterSeed(42).threads(1).build()
                .run(simulator, turnover);
        SimulationSummary twoThreads = MonteCarloRunner.builder().replicates(200).masterSeed(42).threads(2).build()
                .run(simulator, turnover);
        SimulationSummary noTurnover = MonteCarloRunner.builder().replicates(200).masterSeed(42).threads(2).build()
                .run(simulator, steady);

        assertThat(twoThreads).isEqualTo(oneThread);
        double withTurnover = oneThread.statistics(CoverageSimulator.COVERAGE, 5).orElseThrow().mean();
        double without = noTurnover.statistics(CoverageSimulator.COVERAGE, 5).orElseThrow().mean();
        assertThat(withTurnover).isLessThan(without).isGreaterThan(0.0);
        assertThat(without).isGreaterThan(0.95);
    }

    @Test
    void invalidScenario_listsEveryProblem() throws Exception {
        SimulationScenario scenario = scenario(1, """
                {"communes": [{"unitCode": " ", "officials": 0}], "classesPerYear": 60, "capacity": 0,
                 "completionProbability": 1.5, "annualTurnover": -0.1, "coverageTarget": 0}""");

        KetnghiaException refusal = catchThrowableOfType(KetnghiaException.class,
                () -> simulator.simulateReplicate(scenario, new SplittableRandom(1), (id, year, value) -> { }));

        assertThat(refusal.problems()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(refusal.has(CoreErrorCode.VALUE_OUT_OF_RANGE)).isTrue();
        assertThat(refusal.has(CoreErrorCode.VALUE_BLANK)).isTrue();
    }
}
