package org.ketnghia.examples.outcomes;

import static org.ketnghia.testing.assertions.KetnghiaAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammePlan;
import org.ketnghia.examples.water.CleanWaterModel;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.LivestockSimulator;
import org.ketnghia.livestock.simulation.Shock;
import org.ketnghia.livestock.simulation.SimulationSettings;
import org.ketnghia.startup.StartupConfiguration;
import org.ketnghia.startup.StartupModel;
import org.ketnghia.training.TrainingConfiguration;
import org.ketnghia.training.TrainingModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.outcome.ProgrammeOutcome;
import org.ketnghia.testing.outcome.SimulatedOutcome;

/**
 * Programme outcomes of the Quảng Nam 2021 plan (<i>kết quả dự kiến của Kế hoạch</i>), asserted statistically
 * with the testing kit: what the plan reaches, and what a shock or a different rule changes. Seeds are fixed, so
 * the suite is deterministic; each test states its tolerance (see {@code docs/testing.md}).
 */
class QuangNamOutcomesTest {

    private static final ProgrammePlan PLAN = ProgrammeFile.shipped().plan();
    private static final int YEARS = 5;
    private static final long REPLICATES = 400;
    private static final String REACHED = "livestock.sim.households-reached";
    private static final String ROUND_1 = "livestock.sim.households-reached-round-1";
    private static final String ROUND_2 = "livestock.sim.households-reached-round-2";
    /** A cattle district of the plan (priority species cattle), and a goat district. */
    private static final String NAM_GIANG = "QNA.NAM-GIANG";
    private static final String TAY_GIANG = "QNA.TAY-GIANG";

    private static SimulationScenario scenario(String modelId) {
        JsonNode section = PLAN.models().get(modelId);
        return new SimulationScenario(PLAN.programme().start(), YEARS, new PlanSection(modelId, "models." + modelId, section));
    }

    private static SimulatedOutcome livestock(SimulationSettings settings) {
        return ProgrammeOutcome.given(scenario(LivestockModel.ID)).simulatedBy(new LivestockSimulator(settings))
                .replicates(REPLICATES).seed(2021).simulate();
    }

    private static SimulatedOutcome simulate(String modelId, ModelSimulator simulator) {
        return ProgrammeOutcome.given(scenario(modelId)).simulatedBy(simulator).replicates(REPLICATES).seed(2021).simulate();
    }

    private static String in(String indicator, String district) {
        return indicator + "/" + district;
    }

    private static final SimulatedOutcome BASELINE = livestock(SimulationSettings.defaults());

    @Test
    void aLumpySkinEpidemicInNamGiangInYear2_killsMoreCattleThere_andReachesFewerHouseholdsByYear5() {
        // 13 % extra annual mortality among Nam Giang's cattle in programme year 2 (viêm da nổi cục, 2021 outbreak)
        SimulatedOutcome epidemic = livestock(SimulationSettings.defaults()
                .withShocks(List.of(Shock.epidemic(2, NAM_GIANG, 0.13))));

        // tolerance: 3 standard errors of the difference of two means of 400 replicates
        assertThat(epidemic).meanOf(in("livestock.sim.deaths", NAM_GIANG), 2).isGreaterThanIn(BASELINE, 3);
        assertThat(BASELINE).meanOf(in(REACHED, NAM_GIANG), 5).isGreaterThanIn(epidemic, 3);
        // elsewhere nothing changes: Tây Giang's reach within 4 standard errors of the baseline's mean
        assertThat(epidemic).meanOf(in(REACHED, TAY_GIANG), 5)
                .isWithinStandardErrorsOf(4, BASELINE.statistics(in(REACHED, TAY_GIANG), 5).orElseThrow().mean());
    }

    @Test
    void underTheEpidemic_roundOneCattleHouseholdsStillPassOn_inMostReplicates() {
        SimulatedOutcome epidemic = livestock(SimulationSettings.defaults()
                .withShocks(List.of(Shock.epidemic(2, NAM_GIANG, 0.13))));

        // the share of round-1 households of Nam Giang whose animals were passed on by year 5: pass-ons done over round 1
        IndicatorStatistics done = epidemic.statistics(in("livestock.sim.pass-ons-done", NAM_GIANG), 5).orElseThrow();
        IndicatorStatistics roundOne = epidemic.statistics(in(ROUND_1, NAM_GIANG), 5).orElseThrow();
        assertThat(done.mean() / roundOne.mean()).as("pass-ons done per round-1 household").isBetween(0.3, 1.5);
        // tolerance: a probability bound 3 standard errors (√(p(1−p)/400) ≤ 0.025) below the 0.95 the baseline gives
        assertThat(epidemic).hasProbability(in(ROUND_2, NAM_GIANG), 5, households -> households > 0,
                "> 0 households reached in round 2", 0.9, 1.0);
    }

    @Test
    void motherReturned_reachesMoreHouseholdsByYear5_thanFirstFemaleOffspring() {
        SimulatedOutcome motherReturned = livestock(SimulationSettings.defaults()
                .withPolicy(PassOnPolicies.standard().require(PassOnPolicies.MOTHER_RETURNED)));

        // the mother moves on once her offspring is six months old, whereas a first female offspring must be born
        // and grow before it is passed: the mother revolves faster (about 930 against 720 households on this plan)
        // tolerance: 3 standard errors of the difference
        assertThat(motherReturned).meanOf(REACHED, 5).isGreaterThanIn(BASELINE, 3);
        assertThat(motherReturned).meanOf(ROUND_1, 5)
                .isWithinStandardErrorsOf(4, BASELINE.statistics(ROUND_1, 5).orElseThrow().mean());
    }

    @Test
    void goats_reachMoreHouseholdsPerBillionDong_thanCattle() {
        BudgetEstimate budget = new LivestockModel(LivestockProgramme.fromSection(new PlanSection(LivestockModel.ID,
                "models.livestock", PLAN.models().get(LivestockModel.ID)), org.ketnghia.core.json.KetnghiaJson.newObjectMapper()))
                .estimateBudget(scenario(LivestockModel.ID).section(),
                        PilotModelContext.of(ProvincePacks.quangNam().units(), Fixtures.CLOCK)).orElseThrow();
        Map<String, Money> byDistrict = budget.totalsByUnit();

        double goats = perBillion(TAY_GIANG, byDistrict);
        double cattle = perBillion(NAM_GIANG, byDistrict);

        // both districts reach about 50 households in round 1; a goat package costs 20 million đồng, a cattle one 40
        assertThat(goats / cattle).as("households per billion đồng, goats over cattle").isGreaterThan(1.5);
    }

    private static double perBillion(String district, Map<String, Money> byDistrict) {
        double reached = BASELINE.statistics(in(REACHED, district), 5).orElseThrow().mean();
        return reached / (byDistrict.get(district).dong() / 1e9);
    }

    @Test
    void withoutPassOn_nobodyIsReachedAfterRoundOne() {
        SimulatedOutcome founders = livestock(SimulationSettings.defaults().withPassOnAndSales(false, true));

        // exact: without pass-on the reach is round 1 in every replicate
        assertThat(founders).hasProbability(ROUND_2, 5, households -> households == 0, "= 0", 1.0, 1.0);
        assertThat(founders).meanOf(REACHED, 5).isBetween(
                founders.statistics(ROUND_1, 5).orElseThrow().mean(), founders.statistics(ROUND_1, 5).orElseThrow().mean());
    }

    @Test
    void aDroughtInYear3_lowersTheBirthsOfYear3() {
        SimulatedOutcome drought = livestock(SimulationSettings.defaults().withShocks(List.of(Shock.drought(3, 0.5))));

        // tolerance: 3 standard errors of the difference
        assertThat(BASELINE).meanOf("livestock.sim.births", 3).isGreaterThanIn(drought, 3);
        assertThat(drought).meanOf("livestock.sim.births", 2)
                .isWithinStandardErrorsOf(4, BASELINE.statistics("livestock.sim.births", 2).orElseThrow().mean());
    }

    @Test
    void everyDistrict_reachesAtLeastItsRoundOneTarget_in90PercentOfReplicates() {
        for (ProgrammePlan.District district : PLAN.districts()) {
            // the plan's target: 50 households per district in round 1, more through pass-on by year 5
            assertThat(BASELINE).as(district.code()).hasPercentileBandWithin(in(REACHED, district.code()), 5, 50, 10_000);
        }
    }

    @Test
    void startUpSurvivalAtYear3_isBetweenAThirdAndNineTenths_inNineReplicatesOutOfTen() {
        SimulatedOutcome startups = simulate(StartupModel.ID,
                new StartupModel(StartupConfiguration.quangNam2021()).simulator().orElseThrow());

        // 10 projects with annual failure risks of the plan's sectors: a band, as a planner reads it
        assertThat(startups).hasPercentileBandWithin("startup.sim.survival-share", 3, 0.3, 0.9)
                .meanOf("startup.sim.survival-share", 3).isBetween(0.5, 0.8);
    }

    @Test
    void trainingCoverageAtYear5_meetsThe80PercentTarget_inAlmostEveryReplicate() {
        TrainingModel training = new TrainingModel(TrainingConfiguration.fromSection(new PlanSection(TrainingModel.ID,
                "models.training", PLAN.models().get(TrainingModel.ID))));
        SimulatedOutcome coverage = simulate(TrainingModel.ID, training.simulator().orElseThrow());

        // tolerance: the bound 0.95 is 3 standard errors (≤ 0.011 at p ≥ 0.95, 400 replicates) below what a
        // plan that meets its target gives
        assertThat(coverage).hasProbability("training.sim.coverage", 5, share -> share >= 0.8, "≥ 80 %", 0.95, 1.0);
    }

    @Test
    void cleanWater_equipsHouseholdsAsItsUptakeSays() {
        SimulatedOutcome water = simulate(CleanWaterModel.ID, new CleanWaterModel().simulator().orElseThrow());
        JsonNode section = PLAN.models().get(CleanWaterModel.ID);
        double uptake = section.get("annualUptake").asDouble();
        int households = 0;
        for (JsonNode commune : section.get("communes")) {
            households += commune.get("targetHouseholds").asInt();
        }

        for (int year = 1; year <= 3; year++) {
            // each waiting household is equipped with probability `uptake` a year: E = N (1 − (1 − uptake)^year);
            // tolerance 4 standard errors
            double expected = households * (1 - Math.pow(1 - uptake, year));
            assertThat(water).meanOf("clean-water.households-equipped", year).isWithinStandardErrorsOf(4, expected);
        }
    }
}
