package org.ketnghia.livestock.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationClock;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalBorn;
import org.ketnghia.livestock.herd.AnimalDied;
import org.ketnghia.livestock.herd.AnimalReplaced;
import org.ketnghia.livestock.herd.AnimalSold;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.ObligationStatus;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnKind;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;

/**
 * Trace mode for every pass-on policy: each policy the model ships, and host-defined ones that use
 * the options the shipped ones do not (a later offspring, two animals owed, a household replacing,
 * mothers with certified write-off), traced over eight years — across the 1 July 2025 mergers — into
 * a real ledger of the Quảng Nam units: no command is refused, the traced replicate is its Monte Carlo
 * replicate, and the ledger's herd, folded to each year's end, shows the simulator's counts.
 */
class TracePoliciesTest {

    private static final int YEARS = 8;
    private static final String NAM_GIANG = "QNA.NAM-GIANG";
    private static final String TAY_GIANG = "QNA.TAY-GIANG";
    private static final LivestockProgramme PLAN = LivestockProgramme.builder().planDate(Scenarios.START)
            .packages(LivestockProgramme.quangNam2021().packages())
            .addDistricts(DistrictPlan.builder().districtCode(NAM_GIANG).prioritySpecies(Species.CATTLE)
                    .addPilotCommunes("QNA.NAM-GIANG.LA-EE").targetHouseholds(12).targetHead(24).build())
            .addDistricts(DistrictPlan.builder().districtCode(TAY_GIANG).prioritySpecies(Species.GOAT)
                    .addPilotCommunes("QNA.TAY-GIANG.A-XAN", "QNA.TAY-GIANG.CHOM").targetHouseholds(12)
                    .targetHead(60).build())
            .build();
    private static final SimulationScenario SCENARIO = Scenarios.of(PLAN, YEARS);
    private static final AdministrativeRegistry UNITS = withAVillagePerPilotCommune(Fixtures.QUANG_NAM,
            LivestockProgramme.quangNam2021());
    private static final Clock AFTER_THE_RUN = Clock.fixed(Instant.parse("2030-01-01T02:00:00Z"),
            Fixtures.CLOCK.getZone());

    static Stream<PassOnPolicy> policies() {
        PassOnPolicy firstFemale = PassOnPolicies.standard().require(PassOnPolicies.FIRST_FEMALE_OFFSPRING);
        PassOnPolicy mother = PassOnPolicies.standard().require(PassOnPolicies.MOTHER_RETURNED);
        List<PassOnPolicy> all = new ArrayList<>(PassOnPolicies.standard().policies());
        all.add(PassOnPolicy.builder().from(firstFemale).id("second-female-offspring").nameVi("Con cái thứ hai")
                .nameEn("Second female offspring").offspringOrdinal(2).deadlineMonths(60).build());
        all.add(PassOnPolicy.builder().from(firstFemale).id("two-young-household-replaces").nameVi("Hai con, hộ bù")
                .nameEn("Two young, the household replaces").offspringSex(java.util.Optional.empty()).count(2)
                .minimumAgeMonths(6).deadlineMonths(40).deathHandling(DeathHandling.HOUSEHOLD_REPLACES).build());
        all.add(PassOnPolicy.builder().from(mother).id("mother-returned-write-off").nameVi("Trả con mẹ, xóa khi chết")
                .nameEn("Mother returned, written off on death").deathHandling(DeathHandling.CERTIFIED_WRITE_OFF)
                .build());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void everyPolicy_tracesIntoTheLedger_exactlyAsItsMonteCarloReplicate(PassOnPolicy policy) {
        LivestockSimulator simulator = new LivestockSimulator(SimulationSettings.defaults().withPolicy(policy));
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(new LivestockModel(PLAN)).administrativeUnits(UNITS)
                .clock(AFTER_THE_RUN).build();
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(20210701L).build();
        LedgerCommandSink sink = new LedgerCommandSink(runtime.ledger());

        ReplicateValues traced = runner.trace(simulator, SCENARIO, 1, context(PLAN, SCENARIO), sink);

        assertThat(traced).isEqualTo(runner.replicate(simulator, SCENARIO, 1));
        List<EventEnvelope> events = runtime.ledger().store().readAll();
        assertThat(sink.submitted()).isPositive().isLessThanOrEqualTo(events.size());
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        for (int year = 1; year <= YEARS; year++) {
            agreeAtYearEnd(SimulationClock.of(SCENARIO), events, traced, year);
        }
        assertExercised(policy, traced);
    }

    /** The main job's setting: the whole Quảng Nam plan, the default policy, ten years, every household it reaches. */
    @Test
    void theQuangNamPlan_tracedForTenYears_withItsWholeQueue() {
        LivestockProgramme quangNam = LivestockProgramme.quangNam2021();
        SimulationScenario tenYears = Scenarios.of(quangNam, 10);
        LivestockSimulator simulator = new LivestockSimulator();
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(new LivestockModel(quangNam))
                .administrativeUnits(UNITS).clock(Clock.fixed(Instant.parse("2032-01-01T02:00:00Z"),
                        Fixtures.CLOCK.getZone())).build();
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(20210701L).build();

        ReplicateValues traced = runner.trace(simulator, tenYears, 0, context(quangNam, tenYears),
                new LedgerCommandSink(runtime.ledger()));

        assertThat(traced).isEqualTo(runner.replicate(simulator, tenYears, 0));
        List<EventEnvelope> events = runtime.ledger().store().readAll();
        for (int year = 1; year <= 10; year++) {
            agreeAtYearEnd(SimulationClock.of(tenYears), events, traced, year);
        }
        List<GroupFounded> groups = runtime.ledger().read(HouseholdGroups.class, HouseholdGroups::groups);
        assertThat(groups).hasSize(9);
        assertThat(groups.stream().mapToLong(g -> g.members().size()).sum())
                .isEqualTo(sim(traced, SimulationIndicators.HOUSEHOLDS, 10)).isGreaterThan(300 + 9 * 60);
    }

    /** The ledger's herd folded to the year's end shows the simulator's counts for that year. */
    private static void agreeAtYearEnd(SimulationClock clock, List<EventEnvelope> events, ReplicateValues values,
            int year) {
        LocalDate end = clock.yearEnd(year);
        LocalDate start = clock.monthStart(12 * (year - 1));
        Herd herd = new Herd();
        long births = 0;
        long deaths = 0;
        long sales = 0;
        long replacements = 0;
        for (EventEnvelope event : events) {
            if (event.occurredOn().isAfter(end)) {
                break;
            }
            herd.apply(event);
            if (!event.occurredOn().isBefore(start)) {
                Object payload = event.payload();
                births += payload instanceof AnimalBorn ? 1 : 0;
                deaths += payload instanceof AnimalDied ? 1 : 0;
                sales += payload instanceof AnimalSold ? 1 : 0;
                replacements += payload instanceof AnimalReplaced ? 1 : 0;
            }
        }
        String in = " in year " + year;
        assertThat(births).as("births" + in).isEqualTo(sim(values, SimulationIndicators.BIRTHS_ID, year));
        assertThat(deaths).as("deaths" + in).isEqualTo(sim(values, SimulationIndicators.DEATHS_ID, year));
        assertThat(sales).as("sales and culls" + in).isEqualTo(sim(values, SimulationIndicators.SALES_ID, year)
                + sim(values, SimulationIndicators.CULLS_ID, year));
        assertThat(replacements).as("replacements" + in)
                .isEqualTo(sim(values, SimulationIndicators.REPLACEMENTS_ID, year));
        assertThat(alive(herd, Species.CATTLE, AnimalSex.FEMALE)).as("cattle females" + in)
                .isEqualTo(sim(values, SimulationIndicators.CATTLE_FEMALES, year));
        assertThat(alive(herd, Species.CATTLE, AnimalSex.MALE)).as("cattle males" + in)
                .isEqualTo(sim(values, SimulationIndicators.CATTLE_MALES, year));
        assertThat(alive(herd, Species.GOAT, AnimalSex.FEMALE)).as("goat females" + in)
                .isEqualTo(sim(values, SimulationIndicators.GOAT_FEMALES, year));
        assertThat(alive(herd, Species.GOAT, AnimalSex.MALE)).as("goat males" + in)
                .isEqualTo(sim(values, SimulationIndicators.GOAT_MALES, year));
        List<Obligation> obligations = herd.obligations();
        assertThat((long) obligations.size()).as("households reached" + in)
                .isEqualTo(sim(values, SimulationIndicators.HOUSEHOLDS, year));
        assertThat(obligations.stream().filter(o -> o.round() == 1).count()).as("round 1" + in)
                .isEqualTo(sim(values, SimulationIndicators.HOUSEHOLDS_ROUND_1, year));
        assertThat(obligations.stream().filter(o -> o.round() == 2).count()).as("round 2" + in)
                .isEqualTo(sim(values, SimulationIndicators.HOUSEHOLDS_ROUND_2, year));
        assertThat(obligations.stream().filter(o -> o.round() >= 3).count()).as("rounds 3 and later" + in)
                .isEqualTo(sim(values, SimulationIndicators.HOUSEHOLDS_ROUND_3_PLUS, year));
        assertThat(count(obligations, end, ObligationStatus.DUE)).as("due" + in)
                .isEqualTo(sim(values, SimulationIndicators.PASS_ONS_DUE_ID, year));
        assertThat(count(obligations, end, ObligationStatus.OVERDUE)).as("overdue" + in)
                .isEqualTo(sim(values, SimulationIndicators.PASS_ONS_OVERDUE_ID, year));
        assertThat(count(obligations, end, ObligationStatus.FULFILLED)).as("fulfilled" + in)
                .isEqualTo(sim(values, SimulationIndicators.PASS_ONS_DONE_ID, year));
        assertThat(count(obligations, end, ObligationStatus.WRITTEN_OFF)).as("written off" + in)
                .isEqualTo(sim(values, SimulationIndicators.OBLIGATIONS_WRITTEN_OFF_ID, year));
    }

    /** The run did what the policy is about: pass-ons reached round 3, and deaths were replaced or written off. */
    private static void assertExercised(PassOnPolicy policy, ReplicateValues values) {
        assertThat(sim(values, SimulationIndicators.HOUSEHOLDS_ROUND_3_PLUS, YEARS)).as("round 3 reached").isPositive();
        long replacements = 0;
        for (int year = 1; year <= YEARS; year++) {
            replacements += sim(values, SimulationIndicators.REPLACEMENTS_ID, year);
        }
        if (policy.deathHandling() == DeathHandling.CERTIFIED_WRITE_OFF) {
            assertThat(sim(values, SimulationIndicators.OBLIGATIONS_WRITTEN_OFF_ID, YEARS)).as("written off").isPositive();
        } else {
            assertThat(replacements).as("replacements").isPositive();
        }
        if (policy.kind() == PassOnKind.MOTHER) {
            assertThat(sim(values, SimulationIndicators.PASS_ONS_DONE_ID, YEARS)).as("mothers returned").isPositive();
        }
    }

    private static long alive(Herd herd, Species species, AnimalSex sex) {
        return herd.animals().stream().filter(Animal::isAlive)
                .filter(a -> a.species() == species && a.sex() == sex).count();
    }

    private static long count(Collection<Obligation> obligations, LocalDate date, ObligationStatus status) {
        return obligations.stream().filter(o -> o.statusOn(date) == status).count();
    }

    private static long sim(ReplicateValues values, String id, int year) {
        return Math.round(values.value(id, year).orElseThrow());
    }

    private static TraceContext context(LivestockProgramme plan, SimulationScenario scenario) {
        TraceContext.Builder context = TraceContext.builder().actor(Fixtures.PROVINCE).units(UNITS)
                .programme(Scenarios.START, SimulationClock.of(scenario).yearEnd(scenario.years()));
        pilotCommunes(plan).forEach(commune -> context.villages(commune, List.of(village(commune))));
        return context.build();
    }

    private static List<String> pilotCommunes(LivestockProgramme plan) {
        return plan.districts().stream().flatMap(d -> d.pilotCommunes().stream()).toList();
    }

    private static String village(String commune) {
        return commune + ".THON-1";
    }

    /** The units with one village per pilot commune of {@code plan}, under the commune's successor after the mergers. */
    private static AdministrativeRegistry withAVillagePerPilotCommune(AdministrativeRegistry units,
            LivestockProgramme plan) {
        LocalDate mergers = LocalDate.of(2025, 7, 1);
        List<AdministrativeUnit> villages = new ArrayList<>();
        for (String commune : pilotCommunes(plan)) {
            String successor = units.successorsAsOf(commune, mergers).get(0).code();
            villages.add(AdministrativeUnit.builder().code(village(commune)).name("Thôn 1").kind(UnitKind.VILLAGE)
                    .levelId(AdminLevel.VILLAGE)
                    .addParents(ParentLink.to(commune, Validity.endingOn(mergers.minusDays(1))),
                            ParentLink.to(successor, Validity.startingOn(mergers)))
                    .build());
        }
        return units.withUnits(villages);
    }
}
