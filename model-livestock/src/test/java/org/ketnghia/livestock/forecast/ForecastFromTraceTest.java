package org.ketnghia.livestock.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;
import org.ketnghia.livestock.forecast.ForecastStart.ObligationState;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupLeader;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.GroupRole;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.LivestockSimulator;
import org.ketnghia.livestock.simulation.SimulationIndicators;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The state read from a traced replicate's ledger as of a programme year's start agrees with the replicate's own
 * values at the end of the year before: head by sex, households reached by round, obligations due, done,
 * overdue and written off. No figure of the simulator is written down: both sides come from the same run.
 */
class ForecastFromTraceTest {

    private static final LocalDate START = LocalDate.of(2021, 7, 1);
    private static final Clock AFTER_THE_PROGRAMME = Clock.fixed(Instant.parse("2027-01-01T02:00:00Z"),
            Fixtures.CLOCK.getZone());
    private static final LivestockProgramme A_XAN_GOATS = LivestockProgramme.builder().from(
            ForecastLedger.programme(Participants.TAY_GIANG_DISTRICT, Participants.A_XAN)).planDate(START).build();
    private static final String S = "livestock.sim.";

    private final LivestockSimulator simulator = new LivestockSimulator();

    private static SimulationScenario scenario(LocalDate start, int years) {
        return new SimulationScenario(start, years, new PlanSection(LivestockModel.ID, "models.livestock",
                KetnghiaJson.newObjectMapper().valueToTree(A_XAN_GOATS)));
    }

    private static KetnghiaRuntime traced(LivestockSimulator simulator, SimulationScenario scenario, long seed,
            ReplicateValues[] values) {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(new LivestockModel(A_XAN_GOATS))
                .administrativeUnits(Participants.units()).clock(AFTER_THE_PROGRAMME).build();
        TraceContext context = TraceContext.builder().actor(Fixtures.PROVINCE).units(Participants.units())
                .villages(Participants.A_XAN, List.of(Participants.A_UR))
                .programme(scenario.start(), scenario.start().plusYears(scenario.years()).minusDays(1)).build();
        values[0] = MonteCarloRunner.builder().masterSeed(seed).build().trace(simulator, scenario, 0, context,
                new LedgerCommandSink(runtime.ledger()));
        return runtime;
    }

    @Test
    void theStateAtAYearsStart_isTheReplicateAtTheYearBeforesEnd() {
        SimulationScenario scenario = scenario(START, 5);
        for (long seed : new long[] {2021, 7}) {
            ReplicateValues[] values = new ReplicateValues[1];
            KetnghiaRuntime runtime = traced(simulator, scenario, seed, values);
            PassOnPolicy policy = simulator.settings().policy();
            for (int year : new int[] {1, 3}) {
                ForecastStart start = ForecastStarts.asOf(runtime.ledger(), scenario, START.plusYears(year),
                        LocalDate.of(2027, 1, 1));
                List<HouseholdStart> households = start.groups().stream().flatMap(g -> g.households().stream())
                        .toList();

                assertThat(start.monthsElapsed()).isEqualTo(12 * year);
                assertThat((double) start.animals().stream().filter(ForecastStart.AnimalStart::female).count())
                        .isEqualTo(value(values[0], S + "goat-female", year));
                assertThat((double) start.animals().stream().filter(a -> !a.female()).count())
                        .isEqualTo(value(values[0], S + "goat-male", year));
                assertThat((double) households.stream().filter(h -> !h.waiting()).count())
                        .isEqualTo(value(values[0], SimulationIndicators.HOUSEHOLDS, year));
                assertThat((double) households.stream().filter(h -> h.round() == 1).count())
                        .isEqualTo(value(values[0], SimulationIndicators.HOUSEHOLDS_ROUND_1, year));
                assertThat((double) households.stream().filter(h -> h.round() == 2).count())
                        .isEqualTo(value(values[0], SimulationIndicators.HOUSEHOLDS_ROUND_2, year));
                assertThat((double) households.stream().filter(h -> h.obligation() == ObligationState.DONE).count())
                        .isEqualTo(value(values[0], SimulationIndicators.PASS_ONS_DONE_ID, year));
                assertThat((double) households.stream().filter(h -> h.obligation() == ObligationState.WRITTEN_OFF)
                        .count()).isEqualTo(value(values[0], SimulationIndicators.OBLIGATIONS_WRITTEN_OFF_ID, year));
                int lastMonth = start.monthsElapsed() - 1;
                assertThat((double) households.stream().filter(h -> h.obligation() == ObligationState.OPEN
                        && lastMonth - h.receivedMonth() >= policy.deadlineMonths()).count())
                        .isEqualTo(value(values[0], SimulationIndicators.PASS_ONS_OVERDUE_ID, year));
                assertThat((double) households.stream().filter(h -> h.obligation() == ObligationState.OPEN
                        && lastMonth - h.receivedMonth() < policy.deadlineMonths()).count())
                        .isEqualTo(value(values[0], SimulationIndicators.PASS_ONS_DUE_ID, year));
                assertThat(start.animals()).allSatisfy(animal -> {
                    assertThat(animal.ageMonths()).isBetween(0, 12 * 7);
                    assertThat(animal.offspringBorne()).isBetween(0, policy.offspringOrdinal());
                });
                assertThat(start.animals()).filteredOn(ForecastStart.AnimalStart::earmarked)
                        .allSatisfy(animal -> assertThat(animal.female()).isTrue());
            }
        }
    }

    @Test
    void aGroupFoundedAfterThe2025Merger_mapsToThePlansPilotCommune() {
        LocalDate founded = LocalDate.of(2025, 9, 1);
        GroupFounded group = GroupFounded.builder().groupId("to-hung-son").name("Tổ chăn nuôi dê Hùng Sơn")
                .species(Species.GOAT).decisionReference("QĐ 7/QĐ-UBND").publicVoteOn(founded.minusDays(7))
                .charterReference("Quy chế tổ 2025").passOnPolicy(simulator.settings().policy())
                .communeCode(Participants.HUNG_SON).leader(GroupLeader.household("HS-L", "CK-L"))
                .addMembers(GroupMember.of("HS-1", GroupRole.DEPUTY_SECRETARY, "CK-1"))
                .addMembers(GroupMember.of("HS-2", GroupRole.MEMBER, "CK-2")).queue(List.of("HS-2", "HS-1")).build();
        EventEnvelope event = new EventEnvelope(1, founded, Instant.parse("2025-09-01T02:00:00Z"), Fixtures.PROVINCE,
                Participants.HUNG_SON, group, "0", "1");

        ForecastStart start = ForecastStarts.fromEvents(List.of(event), Participants.units(), scenario(START, 5),
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 1));

        assertThat(start.groups()).extracting(ForecastStart.GroupStart::communeCode, ForecastStart.GroupStart::groupId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Participants.A_XAN, "to-hung-son"));
        assertThat(start.groups().get(0).households()).extracting(HouseholdStart::householdId)
                .containsExactly("HS-2", "HS-1");
        assertThat(start.monthsElapsed()).isEqualTo(56);
    }

    private static double value(ReplicateValues values, String id, int year) {
        return values.value(id, year).orElseThrow();
    }
}
