package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SyntheticParticipants;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.startup.indicators.StartupIndicators;
import org.ketnghia.startup.project.SubmitApplication;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.startup.project.StartupProject;
import org.ketnghia.startup.simulation.StartupSimulator;

/**
 * Trace mode: the replicate written into a small ledger as a real programme, with everything the host knows
 * taken from the trace context, and its reports against the replicate.
 */
class StartupTraceTest {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final int YEARS = 5;
    private static final int PROJECTS = 8;

    private final StartupModel model = new StartupModel(StartupConfiguration.quangNam2021());
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(model)
            .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK).build();
    private final StartupSimulator simulator = (StartupSimulator) model.simulator().orElseThrow();

    private static TraceContext.Builder context() {
        return TraceContext.builder().actor(Fixtures.PROVINCE).units(Participants.units())
                .villages(Participants.A_XAN, List.of(Participants.A_UR))
                .villages(Participants.A_NONG, List.of(Participants.PA_RONG))
                .programme(START, START.plusYears(YEARS).minusDays(1));
    }

    private static SimulationScenario scenario() throws Exception {
        String json = "{'portfolio': ["
                + "{'unitCode': 'QNA.TAY-GIANG', 'sectorId': 'fruit', 'projects': 5, 'supportPerProject': 50000000,"
                + " 'firstYearRevenue': 60000000},"
                + "{'unitCode': 'QNA.TAY-GIANG.A-XAN', 'sectorId': 'processing', 'projects': 3,"
                + " 'supportPerProject': 70000001, 'firstYearRevenue': 90000000}],"
                + " 'rates': [{'sectorId': 'fruit', 'annualFailureProbability': 0.25, 'revenueGrowthMean': 0.08,"
                + " 'revenueGrowthStandardDeviation': 0.1}]}";
        JsonNode content = KetnghiaJson.newObjectMapper().readTree(json.replace('\'', '"'));
        return new SimulationScenario(START, YEARS, new PlanSection(StartupModel.ID, "models.startup", content));
    }

    private Report report(ReportingPeriod period) {
        return new ReportBuilder(runtime.administrativeUnits())
                .addAll(model.indicatorSources(PilotModelContext.of(runtime.administrativeUnits(), runtime.clock())))
                .build(period, runtime.ledger().store().readAll());
    }

    private static IndicatorValue total(Report report, String indicatorId) {
        return report.total(indicatorId).orElse(IndicatorValue.ZERO);
    }

    private static double value(ReplicateValues values, String indicatorId, int year) {
        return year == 0 ? PROJECTS : values.value(indicatorId, year).orElseThrow();
    }

    @Test
    void aTracedReplicate_recordsTheSameValuesAsTheReplicate_andItsReportsAgreeWithThem() throws Exception {
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(2021).replicates(1).threads(1).build();
        ReplicateValues replicate = runner.replicate(simulator, scenario(), 0);
        LedgerCommandSink sink = new LedgerCommandSink(runtime.ledger());

        ReplicateValues traced = runner.trace(simulator, scenario(), 0, context().build(), sink);

        assertThat(traced).isEqualTo(replicate);
        assertThat(sink.submitted()).isGreaterThan(PROJECTS * 10L);
        ReportingPeriod whole = ReportingPeriod.custom(START, START.plusYears(YEARS).minusDays(1), "Cả chương trình",
                "Whole programme");
        Report all = report(whole);
        assertThat(total(all, StartupIndicators.APPLICATIONS)).isEqualTo(IndicatorValue.of(PROJECTS));
        assertThat(total(all, StartupIndicators.APPROVALS)).isEqualTo(IndicatorValue.of(PROJECTS));
        Money budget = Money.ofMillions(50).times(5).plus(Money.ofDong(70_000_001).times(3));
        assertThat(total(all, StartupIndicators.APPROVED_VALUE)).isEqualTo(IndicatorValue.of(budget));
        assertThat(total(all, StartupIndicators.SUPPORT_VALUE)).isEqualTo(IndicatorValue.of(budget));
        assertThat(total(all, StartupIndicators.ETHNIC_MINORITY_LED_SHARE)).isEqualTo(IndicatorValue.ratio(PROJECTS,
                PROJECTS));
        assertThat(total(all, StartupIndicators.FAILURES).toDouble())
                .isEqualTo(PROJECTS - value(replicate, StartupSimulator.OPERATING, YEARS));
        for (int years = 1; years <= 3; years++) {
            assertThat(total(all, StartupIndicators.SURVIVAL_AFTER_YEARS + years).toDouble()).as("survival %d", years)
                    .isCloseTo(value(replicate, StartupSimulator.SURVIVAL_SHARE, years), Offset.offset(1e-9));
        }
        for (int year = 1; year <= YEARS; year++) {
            Report inYear = report(ReportingPeriod.programmeYear(START, year));
            assertThat(total(inYear, StartupIndicators.FAILURES).toDouble()).as("failures in year %d", year)
                    .isEqualTo(value(replicate, StartupSimulator.OPERATING, year - 1)
                            - value(replicate, StartupSimulator.OPERATING, year));
            assertThat(total(inYear, StartupIndicators.REVENUE).toDouble()).as("revenue in year %d", year)
                    .isCloseTo(value(replicate, StartupSimulator.REVENUE, year), Offset.offset(PROJECTS * 0.5 + 1));
        }
        assertThat(value(replicate, StartupSimulator.OPERATING, YEARS)).isLessThan(PROJECTS);
    }

    @Test
    void aLedgerThatDeclaresTheProgramme_acceptsTheTrace_itsCallsWithinTheDistrictsAndItsApprovalsAtTheNorm()
            throws Exception {
        runtime.ledger().submit(org.ketnghia.testing.Fixtures.simulatedLedger(scenario().start()));
        runtime.ledger().submit(StartupTestKit.programme(Money.ofDong(70_000_001), Participants.TAY_GIANG_DISTRICT));
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(2021).replicates(1).threads(1).build();

        ReplicateValues traced = runner.trace(simulator, scenario(), 0, context().build(),
                new LedgerCommandSink(runtime.ledger()));

        assertThat(traced).isEqualTo(runner.replicate(simulator, scenario(), 0));
        List<StartupProject> projects = runtime.ledger().read(StartupProjects.class, StartupProjects::projects);
        assertThat(projects).hasSize(PROJECTS).allSatisfy(project -> assertThat(project.approval().orElseThrow()
                .aboveNormJustification()).isEmpty());
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void theTrace_recordsAsTheContextsActors_inTheContextsVillages_andTheUnitsInForce() throws Exception {
        Actor aXan = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, Participants.A_XAN);
        Actor aNong = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, Participants.A_NONG);
        Actor district = Fixtures.actor(ActorRole.DISTRICT_OFFICE, Participants.TAY_GIANG_DISTRICT);
        TraceContext context = context().actorFor(Participants.A_XAN, aXan).actorFor(Participants.A_NONG, aNong)
                .actorFor(Participants.TAY_GIANG_DISTRICT, district).build();
        LedgerCommandSink ledger = new LedgerCommandSink(runtime.ledger());
        List<Command> recorded = new ArrayList<>();
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(11).replicates(1).threads(1).build();

        runner.trace(simulator, scenario(), 0, context, command -> {
            ledger.submit(command);
            recorded.add(command);
        });

        assertThat(recorded).isNotEmpty().allSatisfy(command -> assertThat(command.actor())
                .as("%s in %s", command.getClass().getSimpleName(), command.unitCode())
                .isEqualTo(context.actorFor(command.unitCode())));
        assertThat(recorded).extracting(Command::actor).contains(aXan, aNong, district, Fixtures.PROVINCE);
        List<RegisterHousehold> households = recorded.stream().filter(RegisterHousehold.class::isInstance)
                .map(RegisterHousehold.class::cast).toList();
        assertThat(households).hasSize(PROJECTS * 3).allSatisfy(household -> assertThat(household.villageCode())
                .isEqualTo(context.villageOf(household.unitCode())));
        assertThat(households).extracting(RegisterHousehold::unitCode)
                .containsOnly(Participants.A_XAN, Participants.A_NONG);
        assertThat(recorded).filteredOn(command -> command.occurredOn().isAfter(Participants.LAST_DAY_OF_DISTRICTS))
                .isNotEmpty().extracting(Command::unitCode)
                .containsOnly(Participants.HUNG_SON, Participants.TAY_GIANG_COMMUNE);
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void simulatedPeople_areNamedByTheContextsParticipants_theLeaderAsTheHeadOfTheFirstHousehold() throws Exception {
        SyntheticParticipants names = SyntheticParticipants.of(List.of("Bríu"), List.of("Văn Bốn"), List.of("Thị Hoa"));
        TraceContext context = context().participants(names).build();
        List<Command> recorded = new ArrayList<>();
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(5).replicates(1).threads(1).build();

        runner.trace(simulator, scenario(), 0, context, recorded::add);

        List<RegisterHousehold> households = recorded.stream().filter(RegisterHousehold.class::isInstance)
                .map(RegisterHousehold.class::cast).toList();
        assertThat(households).hasSize(PROJECTS * 3).allSatisfy(household -> {
            HouseholdMember head = household.members().get(0);
            assertThat(head.fullName()).isEqualTo(names.fullName(household.householdId(), head.sex()))
                    .isIn("Bríu Văn Bốn", "Bríu Thị Hoa");
        });
        for (Command command : recorded) {
            if (command instanceof SubmitApplication application) {
                RegisterPerson leader = recorded.stream().filter(RegisterPerson.class::isInstance)
                        .map(RegisterPerson.class::cast)
                        .filter(person -> person.personId().equals(application.leaderPersonId().orElseThrow()))
                        .findFirst().orElseThrow();
                RegisterHousehold first = recorded.stream().filter(RegisterHousehold.class::isInstance)
                        .map(RegisterHousehold.class::cast)
                        .filter(household -> household.householdId().equals(application.listedHouseholdId()))
                        .findFirst().orElseThrow();
                assertThat(leader.fullName()).isEqualTo(first.members().get(0).fullName());
            }
        }
    }

    @Test
    void aPortfolioUnitWithoutAPilotCommuneOfTheContext_isRefusedBeforeAnythingIsRecorded() throws Exception {
        TraceContext onlyANong = TraceContext.builder().actor(Fixtures.PROVINCE).units(Participants.units())
                .villages(Participants.A_NONG, List.of(Participants.PA_RONG)).villages(Participants.A_XAN, List.of())
                .programme(START, START.plusYears(YEARS).minusDays(1)).build();
        List<Command> recorded = new ArrayList<>();
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(5).replicates(1).threads(1).build();

        assertThatThrownBy(() -> runner.trace(simulator, scenario(), 0, onlyANong, recorded::add))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.has(StartupErrorCode.STARTUP_TRACE_NO_PILOT_COMMUNE)).isTrue();
                    assertThat(e.problems()).singleElement()
                            .satisfies(problem -> assertThat(problem.field()).isEqualTo("models.startup.portfolio[1].unitCode"));
                });
        assertThat(recorded).isEmpty();
    }

    @Test
    void everyTracedEvent_readsBackFromItsJsonUnchanged_soADurableLedgerKeepsItsHashChain() throws Exception {
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(3).replicates(1).threads(1).build();
        runner.trace(simulator, scenario(), 0, context().build(), new LedgerCommandSink(runtime.ledger()));
        ObjectWriter writer = runtime.objectMapper().writerFor(LedgerEvent.class);

        List<String> changed = new ArrayList<>();
        for (EventEnvelope event : runtime.ledger().store().readAll()) {
            String json = writer.writeValueAsString(event.payload());
            String again = writer.writeValueAsString(runtime.objectMapper().readValue(json, LedgerEvent.class));
            if (!json.equals(again)) {
                changed.add(json + " -> " + again);
            }
        }

        assertThat(changed).isEmpty();
    }

    @Test
    void traceCommands_useTheSameDraws_whateverTheSink() throws Exception {
        List<Command> collected = new ArrayList<>();
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(7).replicates(1).threads(1).build();

        ReplicateValues traced = runner.trace(simulator, scenario(), 0, context().build(), collected::add);

        assertThat(traced).isEqualTo(runner.replicate(simulator, scenario(), 0));
        assertThat(collected).isNotEmpty();
    }
}
