package org.ketnghia.livestock.simulation;

import org.ketnghia.livestock.programme.LivestockProgramme;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.junit.jupiter.api.Test;

class SimulatorBehaviourTest {

    private static final SimulationScenario QUANG_NAM = Scenarios.quangNam(10);

    private static SimulationSummary run(LivestockSimulator simulator, SimulationScenario scenario, long seed,
            int threads, int replicates) {
        return MonteCarloRunner.builder().replicates(replicates).masterSeed(seed).threads(threads).build()
                .run(simulator, scenario);
    }

    @Test
    void sameSeedGivesIdenticalResultsWithOneAndTwoThreads() {
        LivestockSimulator simulator = new LivestockSimulator();
        SimulationSummary one = run(simulator, QUANG_NAM, 7, 1, 60);
        SimulationSummary two = run(simulator, QUANG_NAM, 7, 2, 60);
        assertThat(two).isEqualTo(one);
    }

    @Test
    void differentSeedsGiveDifferentResults() {
        LivestockSimulator simulator = new LivestockSimulator();
        assertThat(run(simulator, QUANG_NAM, 8, 2, 20)).isNotEqualTo(run(simulator, QUANG_NAM, 9, 2, 20));
    }

    @Test
    void theModelOffersTheSimulator() {
        assertThat(new LivestockModel(LivestockProgramme.quangNam2021()).simulator()).get().isInstanceOf(LivestockSimulator.class)
                .extracting(s -> s.modelId()).isEqualTo(LivestockModel.ID);
    }

    @Test
    void theRevolvingSchemeReachesMoreHouseholdsRoundByRound() {
        ReplicateValues values = MonteCarloRunner.builder().masterSeed(1).build()
                .replicate(new LivestockSimulator(), QUANG_NAM, 0);
        assertThat(values.value("livestock.sim.households-reached-round-1", 10)).contains(300.0);
        assertThat(values.value(SimulationIndicators.HOUSEHOLDS, 1).orElseThrow()).isGreaterThanOrEqualTo(300);
        double year10 = values.value(SimulationIndicators.HOUSEHOLDS, 10).orElseThrow();
        assertThat(year10).isGreaterThan(values.value(SimulationIndicators.HOUSEHOLDS, 5).orElseThrow())
                .isGreaterThan(450);
        assertThat(values.value("livestock.sim.households-reached-round-3-plus", 10).orElseThrow()).isPositive();
        assertThat(values.value(SimulationIndicators.HOUSEHOLDS + "/QNA.NAM-GIANG", 1)).contains(50.0);
        assertThat(values.value("livestock.sim.cattle-female/QNA.TAY-GIANG", 1)).isEmpty();
        double districts = 0;
        for (String code : List.of("QNA.TAY-GIANG", "QNA.PHUOC-SON", "QNA.NAM-TRA-MY", "QNA.NAM-GIANG",
                "QNA.DONG-GIANG", "QNA.BAC-TRA-MY")) {
            districts += values.value(SimulationIndicators.HOUSEHOLDS + "/" + code, 10).orElseThrow();
        }
        assertThat(districts).isEqualTo(year10);
        double due = values.value("livestock.sim.pass-ons-due", 10).orElseThrow();
        double done = values.value(SimulationIndicators.PASS_ONS_DONE_ID, 10).orElseThrow();
        double overdue = values.value("livestock.sim.pass-ons-overdue", 10).orElseThrow();
        assertThat(done).isPositive();
        assertThat(overdue).isLessThanOrEqualTo(due);
        assertThat(values.value(SimulationIndicators.HERD_VALUE_ID, 1).orElseThrow()).isGreaterThan(5e9);
    }

    @Test
    void aYearOfLumpySkinDiseaseKillsMoreCattleInItsDistrictOnly() {
        LivestockSimulator base = new LivestockSimulator();
        LivestockSimulator epidemic = new LivestockSimulator(SimulationSettings.defaults()
                .withShocks(List.of(Shock.epidemic(3, "QNA.NAM-GIANG", 0.13))));
        SimulationScenario fourYears = Scenarios.quangNam(4);
        SimulationSummary a = run(base, fourYears, 3, 2, 100);
        SimulationSummary b = run(epidemic, fourYears, 3, 2, 100);
        String namGiang = SimulationIndicators.DEATHS_ID + "/QNA.NAM-GIANG";
        assertThat(b.statistics(namGiang, 3).orElseThrow().mean())
                .isGreaterThan(a.statistics(namGiang, 3).orElseThrow().mean() + 5);
        assertThat(b.statistics(namGiang, 2)).isEqualTo(a.statistics(namGiang, 2));
    }

    @Test
    void aDroughtYearLowersBirths() {
        LivestockSimulator drought = new LivestockSimulator(SimulationSettings.defaults()
                .withShocks(List.of(Shock.drought(2, 0.5))));
        SimulationScenario threeYears = Scenarios.quangNam(3);
        SimulationSummary a = run(new LivestockSimulator(), threeYears, 4, 2, 100);
        SimulationSummary b = run(drought, threeYears, 4, 2, 100);
        assertThat(b.statistics(SimulationIndicators.BIRTHS_ID, 2).orElseThrow().mean())
                .isLessThan(0.7 * a.statistics(SimulationIndicators.BIRTHS_ID, 2).orElseThrow().mean());
    }

    @Test
    void theMotherReturnedPolicyHandsMothersOnAndReplacesDeadOnesFromThePool() {
        LivestockSimulator mothers = new LivestockSimulator(SimulationSettings.defaults()
                .withPolicy(PassOnPolicies.standard().require(PassOnPolicies.MOTHER_RETURNED)));
        SimulationSummary summary = run(mothers, QUANG_NAM, 5, 2, 50);
        assertThat(summary.statistics(SimulationIndicators.PASS_ONS_DONE_ID, 10).orElseThrow().mean()).isPositive();
        assertThat(summary.statistics("livestock.sim.replacements", 10).orElseThrow().mean()).isPositive();
        assertThat(summary.statistics("livestock.sim.obligations-written-off", 10).orElseThrow().max()).isZero();
    }

    @Test
    void withoutPassOnOnlyTheFirstRoundIsReached() {
        LivestockSimulator none = new LivestockSimulator(SimulationSettings.defaults().withPassOnAndSales(false, true));
        SimulationSummary summary = run(none, QUANG_NAM, 6, 2, 20);
        assertThat(summary.statistics(SimulationIndicators.HOUSEHOLDS, 10).orElseThrow().max()).isEqualTo(300);
        assertThat(summary.statistics("livestock.sim.pass-ons-due", 10).orElseThrow().max()).isZero();
    }
}
