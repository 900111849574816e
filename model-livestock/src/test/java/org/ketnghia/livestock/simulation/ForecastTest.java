package org.ketnghia.livestock.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationErrorCode;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.forecast.ForecastStart;
import org.ketnghia.livestock.forecast.ForecastStart.AnimalStart;
import org.ketnghia.livestock.forecast.ForecastStart.GroupStart;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;
import org.ketnghia.livestock.forecast.ForecastStart.ObligationState;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.testing.Fixtures;

/** Forecasts from a given state: the same rules as a simulation from founders, the queues as given. */
class ForecastTest {

    private static final int WAITING = 10;
    private static final LivestockProgramme PLAN = Scenarios.small(6);
    private static final SimulationScenario SCENARIO = Scenarios.of(PLAN, 8);
    private static final MonteCarloRunner RUNNER = MonteCarloRunner.builder().masterSeed(2024).replicates(200)
            .threads(2).build();

    /**
     * Round 1 in month 0 as a start: each group's round-1 households (the plan's share, in order) with their
     * founders, then WAITING waiting households. The simulator from founders with WAITING waiting households per
     * group creates the same households and animals in the same order and draws the same numbers, so each
     * replicate's values are equal, not only their distribution.
     */
    static ForecastStart roundOne(LivestockProgramme plan, int waiting, int founderAgeCattle, int founderAgeGoats) {
        List<GroupStart> groups = new ArrayList<>();
        List<AnimalStart> animals = new ArrayList<>();
        int tag = 0;
        for (DistrictPlan district : plan.districts()) {
            String commune = district.pilotCommunes().get(0);
            int head = plan.packageFor(district.prioritySpecies()).orElseThrow().headPerHousehold();
            int age = district.prioritySpecies() == org.ketnghia.livestock.Species.CATTLE ? founderAgeCattle
                    : founderAgeGoats;
            List<HouseholdStart> households = new ArrayList<>();
            for (int j = 0; j < district.targetHouseholds(); j++) {
                String id = commune + "-H" + (j + 1);
                households.add(new HouseholdStart(id, 1, 0, ObligationState.OPEN, 1));
                for (int k = 0; k < head; k++) {
                    animals.add(new AnimalStart("T" + tag++, id, true, age, true, false, 0));
                }
            }
            for (int j = 0; j < waiting; j++) {
                households.add(new HouseholdStart(commune + "-W" + (j + 1), 0, -1, ObligationState.NONE, 0));
            }
            groups.add(new GroupStart(commune, "to-" + commune, households));
        }
        return new ForecastStart(0, groups, animals);
    }

    private static ForecastStart roundOne(int waiting) {
        DemographyParameters cattle = Demography.standard().defaultFor(org.ketnghia.livestock.Species.CATTLE);
        DemographyParameters goats = Demography.standard().defaultFor(org.ketnghia.livestock.Species.GOAT);
        return roundOne(PLAN, waiting, cattle.founderAgeMonths(), goats.founderAgeMonths());
    }

    @Test
    void aForecastFromRoundOneInMonthZero_isTheSimulationFromFounders_replicateByReplicate() {
        LivestockSimulator simulator = new LivestockSimulator(SimulationSettings.defaults()
                .withWaitingHouseholdsPerGroup(WAITING));
        ModelSimulator forecast = simulator.forecast(roundOne(WAITING));

        for (long replicate = 0; replicate < 20; replicate++) {
            ReplicateValues fromFounders = RUNNER.replicate(simulator, SCENARIO, replicate);
            ReplicateValues fromStart = RUNNER.replicate(forecast, SCENARIO, replicate);
            Map<String, Map<Integer, Double>> common = new TreeMap<>(fromStart.values());
            common.keySet().removeIf(id -> id.contains(SimulationIndicators.GROUP_SUFFIX) || id.startsWith("livestock.forecast."));
            assertThat(common).as("replicate %d", replicate).isEqualTo(fromFounders.values());
        }
        SimulationSummary a = RUNNER.run(simulator, SCENARIO);
        SimulationSummary b = RUNNER.run(forecast, SCENARIO);
        assertThat(b.statistics(SimulationIndicators.HOUSEHOLDS, 8)).isEqualTo(a.statistics(SimulationIndicators.HOUSEHOLDS, 8));
        assertThat(b.statistics(SimulationIndicators.GOAT_FEMALES, 8)).isEqualTo(a.statistics(SimulationIndicators.GOAT_FEMALES, 8));
        // the groups' values add up to the districts'
        String goatCommune = PLAN.districts().get(1).pilotCommunes().get(0);
        assertThat(b.statistics(SimulationIndicators.HOUSEHOLDS + SimulationIndicators.GROUP_SUFFIX + goatCommune, 8))
                .isEqualTo(b.statistics(SimulationIndicators.HOUSEHOLDS + "/QNA.TAY-GIANG", 8));
    }

    @Test
    void aShortQueue_isServedExactlyOncePerWaitingHousehold_thenPassOnsWait() {
        ModelSimulator forecast = new LivestockSimulator().forecast(roundOne(2));
        SimulationSummary summary = RUNNER.run(forecast, SCENARIO);
        for (DistrictPlan district : PLAN.districts()) {
            String commune = district.pilotCommunes().get(0);
            IndicatorStatistics reached = summary.statistics(SimulationIndicators.HOUSEHOLDS
                    + SimulationIndicators.GROUP_SUFFIX + commune, 8).orElseThrow();
            assertThat(reached.max()).as(commune).isEqualTo(6 + 2);
            assertThat(reached.min()).as(commune).isGreaterThanOrEqualTo(6);
            for (int year = 1; year <= 8; year++) {
                IndicatorStatistics total = summary.statistics(SimulationIndicators.HOUSEHOLDS + "/"
                        + district.districtCode(), year).orElseThrow();
                assertThat(total.max()).isLessThanOrEqualTo(6 + 2);
            }
            // by year 8 the waiting households of the fast-breeding goats are served in every replicate
            if (district.prioritySpecies() == org.ketnghia.livestock.Species.GOAT) {
                assertThat(summary.statistics(SimulationIndicators.FORECAST_RECEIVED_PREFIX + commune + "-W2", 8)
                        .orElseThrow().min()).isEqualTo(1.0);
            }
        }
    }

    @Test
    void aForecastStartingInYearThree_recordsTheYearsEndingAfterIt_andProbabilitiesInZeroOne() {
        ForecastStart round = roundOne(4);
        // 30 months in: the same herds, older; two households have received, one of them overdue by then
        List<GroupStart> groups = new ArrayList<>();
        for (GroupStart group : round.groups()) {
            List<HouseholdStart> households = new ArrayList<>(group.households());
            households.set(6, new HouseholdStart(households.get(6).householdId(), 2, 2, ObligationState.OPEN, 1));
            groups.add(new GroupStart(group.communeCode(), group.groupId(), households));
        }
        List<AnimalStart> animals = new ArrayList<>();
        for (AnimalStart a : round.animals()) {
            animals.add(new AnimalStart(a.earTag(), a.householdId(), a.female(), a.ageMonths() + 30, a.received(),
                    false, 0));
        }
        String cattleCommune = groups.get(0).communeCode();
        animals.add(new AnimalStart("K1", cattleCommune + "-W1", true, 20, true, false, 0));
        ForecastStart start = new ForecastStart(30, groups, animals);

        SimulationSummary summary = RUNNER.run(new LivestockSimulator().forecast(start), SCENARIO);

        assertThat(summary.statistics(SimulationIndicators.HOUSEHOLDS, 2)).isEmpty();
        assertThat(summary.statistics(SimulationIndicators.HOUSEHOLDS, 3)).isPresent();
        assertThat(summary.statistics(SimulationIndicators.HOUSEHOLDS_ROUND_2 + "/QNA.NAM-GIANG", 3).orElseThrow().min())
                .isGreaterThanOrEqualTo(1);
        // received in month 2 (deadline 36 months): followed from year 3
        assertThat(summary.statistics(SimulationIndicators.FORECAST_OVERDUE_PREFIX + cattleCommune + "-W1", 3))
                .isPresent();
        int probabilities = 0;
        for (String id : summary.indicators().keySet()) {
            if (id.startsWith(SimulationIndicators.FORECAST_RECEIVED_PREFIX)
                    || id.startsWith(SimulationIndicators.FORECAST_OVERDUE_PREFIX)) {
                for (int year = 3; year <= 8; year++) {
                    IndicatorStatistics stats = summary.statistics(id, year).orElseThrow();
                    assertThat(stats.min()).isGreaterThanOrEqualTo(0);
                    assertThat(stats.max()).isLessThanOrEqualTo(1);
                    assertThat(stats.mean()).isBetween(0.0, 1.0);
                    probabilities++;
                }
            }
        }
        assertThat(probabilities).isEqualTo((2 * 3 /* received of W2–W4 */ + 2 * 4 /* overdue of W1–W4 */ + 2 * 6
                /* overdue of the round-1 households */) * 6);
        assertThat(summary.statistics(SimulationIndicators.FORECAST_RECEIVED_PREFIX + cattleCommune + "-W4", 8)
                .orElseThrow().mean()).isBetween(0.0, 1.0);
    }

    @Test
    void badStartData_namesEveryField() {
        ForecastStart round = roundOne(1);
        List<GroupStart> groups = new ArrayList<>(round.groups());
        groups.add(new GroupStart("QNA.NOWHERE", "to-x", List.of(new HouseholdStart("X-1", 0, -1,
                ObligationState.NONE, 0))));
        List<AnimalStart> animals = new ArrayList<>(round.animals());
        animals.add(new AnimalStart("T0", groups.get(0).households().get(0).householdId(), true, 30, true, false, 0));
        animals.add(new AnimalStart("Z9", "NO-SUCH-HOUSEHOLD", false, 3, false, false, 0));
        ForecastStart bad = new ForecastStart(0, groups, animals);
        int last = animals.size() - 1;

        assertThatThrownBy(() -> RUNNER.replicate(new LivestockSimulator().forecast(bad), SCENARIO, 0))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.has(LivestockErrorCode.LIVESTOCK_PLAN_INVALID)).isTrue();
                    assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                            "groups[2].communeCode", "animals[" + (last - 1) + "].earTag",
                            "animals[" + last + "].householdId");
                });
        ForecastStart late = new ForecastStart(8 * 12, round.groups(), round.animals());
        assertThatThrownBy(() -> RUNNER.replicate(new LivestockSimulator().forecast(late), SCENARIO, 0))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("monthsElapsed"));
    }

    @Test
    void aForecastHasNoTraceMode() {
        ModelSimulator forecast = new LivestockSimulator().forecast(roundOne(1));
        TraceContext context = TraceContext.builder().actor(Fixtures.PROVINCE).units(Fixtures.QUANG_NAM)
                .programme(Scenarios.START, Scenarios.START.plusYears(8)).build();
        assertThatThrownBy(() -> RUNNER.trace(forecast, SCENARIO, 0, context, sink()))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(SimulationErrorCode.SIMULATION_NO_TRACE_MODE)).isTrue());
    }

    private static org.ketnghia.core.simulation.CommandSink sink() {
        return command -> {
            throw new AssertionError("nothing is recorded");
        };
    }
}
