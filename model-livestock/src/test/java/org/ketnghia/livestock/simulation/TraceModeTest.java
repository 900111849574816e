package org.ketnghia.livestock.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.SimulationErrorCode;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.indicators.LivestockIndicators;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;

/** A replicate traced into a ledger: the ledger's reports give the replicate's own values. */
class TraceModeTest {

    private static final int YEARS = 3;
    private static final LivestockProgramme A_XAN_GOATS = LivestockProgramme.builder().planDate(Scenarios.START)
            .packages(LivestockProgramme.quangNam2021().packages())
            .addDistricts(DistrictPlan.builder().districtCode("QNA.TAY-GIANG").prioritySpecies(Species.GOAT)
                    .pilotCommunes(List.of(Participants.A_XAN)).targetHouseholds(6).targetHead(30).build())
            .build();
    private static final SimulationScenario SCENARIO = Scenarios.of(A_XAN_GOATS, YEARS);
    private static final TraceContext CONTEXT = TraceContext.builder().actor(Fixtures.PROVINCE)
            .units(Participants.units()).villages(Participants.A_XAN, List.of(Participants.A_UR))
            .programme(Scenarios.START, LocalDate.of(2026, 6, 30)).build();
    private static final String S = "livestock.sim.";

    private final LivestockSimulator simulator = new LivestockSimulator();

    private static KetnghiaRuntime runtime(java.time.Clock clock) {
        return KetnghiaRuntime.builder().addModel(new LivestockModel(A_XAN_GOATS))
                .administrativeUnits(Participants.units()).clock(clock).build();
    }

    @Test
    void theLedgerReportAgreesWithTheReplicateYearByYear() {
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(2021).build();
        for (long replicate = 0; replicate < 3; replicate++) {
            KetnghiaRuntime fresh = runtime(Fixtures.CLOCK);
            ReplicateValues traced = runner.trace(simulator, SCENARIO, replicate, CONTEXT,
                    new LedgerCommandSink(fresh.ledger()));
            assertThat(traced).isEqualTo(runner.replicate(simulator, SCENARIO, replicate));
            agree(fresh, traced);
        }
    }

    @Test
    void anUnboundedQueue_foundsEachGroupWithEveryHouseholdTheReplicateReaches() {
        KetnghiaRuntime fresh = runtime(Fixtures.CLOCK);
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(2021).build();

        ReplicateValues traced = runner.trace(simulator, SCENARIO, 0, CONTEXT, new LedgerCommandSink(fresh.ledger()));

        assertThat(simulator.settings().waitingHouseholdsPerGroup()).isZero();
        GroupFounded group = fresh.ledger().read(HouseholdGroups.class, groups -> groups.groups().get(0));
        assertThat((double) group.members().size()).isEqualTo(traced.value(SimulationIndicators.HOUSEHOLDS, YEARS)
                .orElseThrow()).isGreaterThan(6);
    }

    @Test
    void aFiniteQueue_foundsEachGroupWithRoundOneAndTheWaitingHouseholds() {
        KetnghiaRuntime fresh = runtime(Fixtures.CLOCK);
        LivestockSimulator capped = new LivestockSimulator(SimulationSettings.defaults().withWaitingHouseholdsPerGroup(40));

        MonteCarloRunner.builder().masterSeed(2021).build().trace(capped, SCENARIO, 0, CONTEXT,
                new LedgerCommandSink(fresh.ledger()));

        GroupFounded group = fresh.ledger().read(HouseholdGroups.class, groups -> groups.groups().get(0));
        assertThat(group.members()).hasSize(6 + 40);
    }

    @Test
    void theTraceRecordsAsTheContextsActorsAndInTheContextsVillages() {
        Actor commune = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, Participants.A_XAN);
        Actor successor = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, Participants.HUNG_SON);
        TraceContext context = TraceContext.builder().actor(Fixtures.PROVINCE).actorFor(Participants.A_XAN, commune)
                .actorFor(Participants.HUNG_SON, successor).units(Participants.units())
                .villages(Participants.A_XAN, List.of(Participants.A_UR)).programme(Scenarios.START,
                        LocalDate.of(2026, 6, 30)).build();
        KetnghiaRuntime fresh = runtime(after2026());
        SimulationScenario fiveYears = Scenarios.of(A_XAN_GOATS, 5);

        MonteCarloRunner.builder().masterSeed(2025).build().trace(simulator, fiveYears, 0, context,
                new LedgerCommandSink(fresh.ledger()));

        List<EventEnvelope> events = fresh.ledger().store().readAll();
        assertThat(events).filteredOn(e -> e.unitCode().equals(Participants.A_XAN)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(commune));
        assertThat(events).filteredOn(e -> e.unitCode().equals(Participants.HUNG_SON)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(successor));
        assertThat(events).filteredOn(e -> e.unitCode().equals("QNA")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(Fixtures.PROVINCE));
        assertThat(events).extracting(EventEnvelope::payload).filteredOn(HouseholdRegistered.class::isInstance)
                .isNotEmpty().allSatisfy(p -> assertThat(((HouseholdRegistered) p).household().villageCode())
                        .isEqualTo(Participants.A_UR));
    }

    @Test
    void aTraceCrossesThe2025Merger_theSuccessorCommuneRecordsForTheGroup() {
        KetnghiaRuntime fresh = runtime(after2026());
        SimulationScenario fiveYears = Scenarios.of(A_XAN_GOATS, 5);
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(2025).build();

        ReplicateValues traced = runner.trace(simulator, fiveYears, 0, CONTEXT, new LedgerCommandSink(fresh.ledger()));

        assertThat(traced).isEqualTo(runner.replicate(simulator, fiveYears, 0));
        List<EventEnvelope> events = fresh.ledger().store().readAll();
        assertThat(events).filteredOn(e -> e.occurredOn().isAfter(LocalDate.of(2025, 7, 1)))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.unitCode()).isEqualTo(Participants.HUNG_SON));
        assertThat(fresh.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void aPilotCommuneWithoutVillage_stopsTheTraceBeforeAnythingIsRecorded() {
        KetnghiaRuntime fresh = runtime(Fixtures.CLOCK);
        TraceContext noVillage = TraceContext.builder().actor(Fixtures.PROVINCE).units(Participants.units())
                .programme(Scenarios.START, LocalDate.of(2026, 6, 30)).build();

        assertThatThrownBy(() -> MonteCarloRunner.builder().build().trace(simulator, SCENARIO, 0, noVillage,
                new LedgerCommandSink(fresh.ledger()))).isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(SimulationErrorCode.SIMULATION_TRACE_NO_VILLAGE)).isTrue());
        assertThat(fresh.ledger().lastSequence()).isZero();
    }

    private static java.time.Clock after2026() {
        return java.time.Clock.fixed(java.time.Instant.parse("2027-01-01T02:00:00Z"), Fixtures.CLOCK.getZone());
    }

    private static void agree(KetnghiaRuntime runtime, ReplicateValues values) {
        SimulationClock clock = SimulationClock.of(SCENARIO);
        ReportBuilder builder = new ReportBuilder(runtime.administrativeUnits())
                .addAll(new LivestockModel(A_XAN_GOATS).indicatorSources(runtime.context()));
        String commune = Participants.A_XAN;
        int pastDeadlineChecks = 0;
        for (int year = 1; year <= YEARS; year++) {
            LocalDate end = clock.yearEnd(year);
            Report sinceStart = builder.build(ReportingPeriod.custom(Scenarios.START, end, "Từ đầu", "Since start"),
                    runtime.ledger().store().readAll());
            Report inYear = builder.build(ReportingPeriod.custom(clock.monthStart(12 * (year - 1)), end, "Năm", "Year"),
                    runtime.ledger().store().readAll());
            long roundOne = whole(sinceStart, commune, LivestockIndicators.HOUSEHOLDS_ROUND_ONE.id());
            long later = whole(sinceStart, commune, LivestockIndicators.HOUSEHOLDS_PASS_ON_ROUNDS.id());
            assertThat(roundOne).as("round 1, year %d", year).isEqualTo(sim(values, "households-reached-round-1", year));
            assertThat(roundOne + later).as("households reached, year %d", year)
                    .isEqualTo(sim(values, "households-reached", year));
            assertThat(whole(inYear, commune, LivestockIndicators.BIRTHS.id())).as("births, year %d", year)
                    .isEqualTo(sim(values, "births", year));
            assertThat(whole(inYear, commune, LivestockIndicators.DEATHS.id())).as("deaths, year %d", year)
                    .isEqualTo(sim(values, "deaths", year));
            assertThat(whole(sinceStart, commune, LivestockIndicators.HERD_GOAT_FEMALE.id()))
                    .as("goat females, year %d", year).isEqualTo(sim(values, "goat-female", year));
            assertThat(whole(sinceStart, commune, LivestockIndicators.HERD_GOAT_MALE.id()))
                    .as("goat males, year %d", year).isEqualTo(sim(values, "goat-male", year));
            assertThat(whole(sinceStart, commune, LivestockIndicators.PASS_ONS_DONE.id()))
                    .as("pass-ons done, year %d", year).isEqualTo(sim(values, "pass-ons-done", year));
            assertThat(whole(sinceStart, commune, LivestockIndicators.PASS_ONS_DUE.id()))
                    .as("pass-ons due, year %d", year).isEqualTo(sim(values, "pass-ons-due", year));
            assertThat(whole(sinceStart, commune, LivestockIndicators.PASS_ONS_OVERDUE.id()))
                    .as("pass-ons overdue, year %d", year).isEqualTo(sim(values, "pass-ons-overdue", year));
            pastDeadlineChecks += sim(values, "pass-ons-done", year) > 0 ? 1 : 0;
        }
        assertThat(pastDeadlineChecks).as("the replicate passed animals on").isPositive();
    }

    private static long sim(ReplicateValues values, String name, int year) {
        return Math.round(values.value(S + name + "/QNA.TAY-GIANG", year).orElseThrow());
    }

    private static long whole(Report report, String unit, String indicatorId) {
        IndicatorValue value = report.actual(unit, indicatorId).orElse(IndicatorValue.ZERO);
        assertThat(value.isWhole()).isTrue();
        return value.numerator() / value.denominator();
    }
}
