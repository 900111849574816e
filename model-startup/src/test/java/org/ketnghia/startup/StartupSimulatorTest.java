package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.startup.simulation.StartupSimulator;

/** The portfolio simulator on the core Monte Carlo engine, and the budget estimate from the same plan section. */
class StartupSimulatorTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private final StartupModel model = new StartupModel(StartupConfiguration.quangNam2021());
    private final ModelSimulator simulator = model.simulator().orElseThrow();

    private static PlanSection section(String json) throws Exception {
        JsonNode content = KetnghiaJson.newObjectMapper().readTree(json.replace('\'', '"'));
        return new PlanSection(StartupModel.ID, "models.startup", content);
    }

    private static PlanSection portfolio(String sectorId, String rates) throws Exception {
        return section("{'portfolio': [{'unitCode': 'QNA.TAY-GIANG', 'sectorId': '" + sectorId + "', 'projects': 40,"
                + " 'supportPerProject': 50000000, 'firstYearRevenue': 60000000}], 'rates': [" + rates + "]}");
    }

    private SimulationSummary run(PlanSection section, int threads) {
        return MonteCarloRunner.builder().replicates(400).masterSeed(2021).threads(threads).build()
                .run(simulator, new SimulationScenario(START, 5, section));
    }

    @Test
    void sameSeed_givesTheSameDistributions_whateverTheThreadCount() throws Exception {
        PlanSection section = portfolio("fruit", "");

        assertThat(run(section, 1)).isEqualTo(run(section, 2));
    }

    @Test
    void projectsOnlyEverStop_soSurvivalFallsYearByYear_whileSurvivorsRevenueGrows() throws Exception {
        SimulationSummary summary = run(portfolio("fruit", ""), 2);

        double previous = 1.0;
        for (int year = 1; year <= 5; year++) {
            double survival = summary.statistics(StartupSimulator.SURVIVAL_SHARE, year).orElseThrow().mean();
            assertThat(survival).isLessThan(previous);
            previous = survival;
        }
        double firstYearRevenuePerProject = summary.statistics(StartupSimulator.REVENUE, 1).orElseThrow().mean()
                / summary.statistics(StartupSimulator.OPERATING, 1).orElseThrow().mean();
        assertThat(firstYearRevenuePerProject).isCloseTo(60_000_000, org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(summary.statistics(StartupSimulator.OPERATING_BY_SECTOR + "fruit", 5)).isPresent();
    }

    @Test
    void aPlannerCanCompareTwoPortfolios_byTheirRates() throws Exception {
        String risky = "{'sectorId': 'processing', 'annualFailureProbability': 0.30, 'revenueGrowthMean': 0.2,"
                + " 'revenueGrowthStandardDeviation': 0.1}";
        String safe = "{'sectorId': 'fruit', 'annualFailureProbability': 0.05, 'revenueGrowthMean': 0.02,"
                + " 'revenueGrowthStandardDeviation': 0.01}";

        double riskySurvival = run(portfolio("processing", risky), 2).statistics(StartupSimulator.SURVIVAL_SHARE, 3)
                .orElseThrow().mean();
        double safeSurvival = run(portfolio("fruit", safe), 2).statistics(StartupSimulator.SURVIVAL_SHARE, 3)
                .orElseThrow().mean();

        assertThat(riskySurvival).isCloseTo(0.343, org.assertj.core.data.Offset.offset(0.03));
        assertThat(safeSurvival).isCloseTo(0.857, org.assertj.core.data.Offset.offset(0.03));
    }

    @Test
    void anUnknownSectorOrABadProbability_isRefusedWithEveryProblem() throws Exception {
        PlanSection section = portfolio("mining", "{'sectorId': 'fruit', 'annualFailureProbability': 1.5,"
                + " 'revenueGrowthMean': 0, 'revenueGrowthStandardDeviation': 0}");

        assertThatThrownBy(() -> run(section, 1)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void aSectorWithoutRates_isRefusedNamingTheLine_untilThePlanGivesThem() throws Exception {
        StartupConfiguration quangNam = StartupConfiguration.quangNam2021();
        StartupConfiguration withoutFruitRates = new StartupConfiguration(quangNam.catalogue(), quangNam.policy(),
                quangNam.plan(), quangNam.simulationRates().stream().filter(rate -> !rate.sectorId().equals("fruit"))
                        .toList());
        ModelSimulator withoutFruit = new StartupModel(withoutFruitRates).simulator().orElseThrow();
        MonteCarloRunner runner = MonteCarloRunner.builder().replicates(10).masterSeed(1).threads(1).build();
        SimulationScenario fruit = new SimulationScenario(START, 3, portfolio("fruit", ""));

        assertThatThrownBy(() -> runner.run(withoutFruit, fruit)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.has(StartupErrorCode.STARTUP_SIMULATION_RATES_MISSING)).isTrue();
            assertThat(e.problems()).singleElement()
                    .satisfies(problem -> assertThat(problem.field()).isEqualTo("models.startup.portfolio[0].sectorId"));
        });
        SimulationScenario fruitWithRates = new SimulationScenario(START, 3, portfolio("fruit",
                "{'sectorId': 'fruit', 'annualFailureProbability': 0.1, 'revenueGrowthMean': 0.1,"
                        + " 'revenueGrowthStandardDeviation': 0.15}"));
        assertThat(runner.run(withoutFruit, fruitWithRates))
                .isEqualTo(runner.run(simulator, new SimulationScenario(START, 3, portfolio("fruit", ""))));
    }

    @Test
    void budgetEstimate_isProjectsTimesSupportPerLine() throws Exception {
        BudgetEstimate estimate = model.estimateBudget(section("{'portfolio': ["
                + "{'unitCode': 'QNA.TAY-GIANG', 'sectorId': 'fruit', 'projects': 10, 'supportPerProject': 50000000,"
                + " 'firstYearRevenue': 0},"
                + "{'unitCode': 'QNA.NAM-GIANG', 'sectorId': 'processing', 'projects': 4, 'supportPerProject': 120000000,"
                + " 'firstYearRevenue': 0}]}"), PilotModelContext.of(Participants.units(), Fixtures.CLOCK)).orElseThrow();

        assertThat(estimate.total()).isEqualTo(Money.ofMillions(980));
        assertThat(estimate.totalsByUnit()).containsEntry("QNA.NAM-GIANG", Money.ofMillions(480));
    }
}
