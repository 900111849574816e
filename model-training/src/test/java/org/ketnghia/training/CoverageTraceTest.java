package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeData;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.Succession;
import org.ketnghia.core.admin.SuccessionKind;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationErrorCode;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.SyntheticParticipants;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.OfficialDeparted;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.Topic;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.catalogue.TrainingErrorCode;
import org.ketnghia.training.course.OpenClass;
import org.ketnghia.training.indicators.TrainingIndicators;
import org.ketnghia.training.simulation.CoverageSimulator;

class CoverageTraceTest {

    private static final LocalDate START = LocalDate.of(2021, 7, 1);
    private static final int YEARS = 5;
    private static final Clock AFTER_THE_PROGRAMME = Clock.fixed(
            LocalDate.of(2026, 7, 1).atTime(12, 0).atZone(KetnghiaRuntime.VIETNAM).toInstant(), KetnghiaRuntime.VIETNAM);
    private static final MonteCarloRunner RUNNER = MonteCarloRunner.builder().replicates(1).masterSeed(2021).threads(1)
            .build();

    /** The district office of Tây Giang records for its communes until the district ends on 30 June 2025. */
    private static final Actor TAY_GIANG_OFFICE = Fixtures.actor(ActorRole.DISTRICT_OFFICE, TrainingFixtures.TAY_GIANG);
    /** From 1 July 2025 the new commune Hùng Sơn records for A Xan and Ch'ơm, merged into it. */
    private static final Actor HUNG_SON_COMMITTEE = Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, TrainingFixtures.HUNG_SON);

    private final ModelSimulator simulator = TrainingFixtures.model().simulator().orElseThrow();
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(TrainingFixtures.model())
            .administrativeUnits(Participants.units()).clock(AFTER_THE_PROGRAMME).build();
    private final Ledger ledger = runtime.ledger();

    /** The ledger is a simulated one: a trace is recorded into it after the sponsors and their money. */
    @org.junit.jupiter.api.BeforeEach
    void declareTheLedgerSimulated() {
        ledger.submit(Fixtures.simulatedLedger(LocalDate.of(2021, 1, 1)));
    }

    private static SimulationScenario scenario() throws Exception {
        return scenario("QNA.TAY-GIANG.CHOM");
    }

    /** A Xan's 12 officials and 9 of {@code secondCommune}, in 5 programme years. */
    private static SimulationScenario scenario(String secondCommune) throws Exception {
        JsonNode content = KetnghiaJson.newObjectMapper().readTree("""
                {"classes": [{"unitCode": "QNA.TAY-GIANG", "classes": 2, "costPerClass": 30000000}],
                 "coverage": {"communes": [{"unitCode": "QNA.TAY-GIANG.A-XAN", "officials": 12, "ethnicity": "Cơ Tu"},
                                           {"unitCode": "%s", "officials": 9}],
                              "classesPerYear": 4, "capacity": 5, "completionProbability": 0.7,
                              "annualTurnover": 0.2, "coverageTarget": 0.8}}""".formatted(secondCommune));
        return new SimulationScenario(START, YEARS, new PlanSection(TrainingModel.ID, "models.training", content));
    }

    private static TraceContext.Builder contextBuilder() {
        return TraceContext.builder().actor(TAY_GIANG_OFFICE).actorFor(TrainingFixtures.HUNG_SON, HUNG_SON_COMMITTEE)
                .units(Participants.units()).programme(START, START.plusYears(YEARS).minusDays(1));
    }

    private static TraceContext context() {
        return contextBuilder().build();
    }

    private Report report(int year) {
        return new ReportBuilder(runtime.administrativeUnits())
                .addAll(runtime.model(TrainingModel.ID).indicatorSources(runtime.context()))
                .build(ReportingPeriod.programmeYear(START, year), ledger.store().readAll());
    }

    private static double value(ReplicateValues values, String id, int year) {
        return values.value(id, year).orElseThrow();
    }

    private static double total(Report report, String indicatorId) {
        return report.total(indicatorId).map(IndicatorValue::toDouble).orElse(0.0);
    }

    @Test
    void aTracedReplicateRecordsTheSameValuesAsTheUntracedOne() throws Exception {
        List<Command> commands = new ArrayList<>();

        ReplicateValues traced = RUNNER.trace(simulator, scenario(), 0, context(), commands::add);

        assertThat(traced.values()).isEqualTo(RUNNER.replicate(simulator, scenario(), 0).values());
        assertThat(commands).hasAtLeastOneElementOfType(RegisterPerson.class)
                .hasAtLeastOneElementOfType(OpenClass.class);
    }

    @Test
    void theLedgerAcceptsTheTrace_andItsIndicatorsAgreeWithTheReplicate() throws Exception {
        TrainingFixtures.registerSponsor(ledger);
        TrainingFixtures.fund(ledger, TrainingFixtures.A_XAN, Money.ofMillions(150));
        LedgerCommandSink sink = new LedgerCommandSink(ledger);

        ReplicateValues values = RUNNER.trace(simulator, scenario(), 0, context(), sink);

        assertThat(values.values()).isEqualTo(RUNNER.replicate(simulator, scenario(), 0).values());
        assertThat(sink.submitted()).isPositive();
        for (int year = 1; year <= YEARS; year++) {
            Report report = report(year);
            assertThat(total(report, TrainingIndicators.CLASSES.id())).as("classes, year %d", year)
                    .isEqualTo(value(values, CoverageSimulator.CLASSES, year));
            double enrolments = value(values, CoverageSimulator.ENROLMENTS, year);
            assertThat(total(report, TrainingIndicators.PARTICIPANTS.id())).as("enrolments, year %d", year)
                    .isEqualTo(enrolments);
            if (enrolments > 0) {
                assertThat(total(report, TrainingIndicators.COMPLETION_RATE.id())).as("completion, year %d", year)
                        .isCloseTo(value(values, CoverageSimulator.COMPLETIONS, year) / enrolments, within(1e-12));
            }
            assertThat(total(report, TrainingIndicators.COVERAGE.id())).as("coverage, year %d", year)
                    .isCloseTo(value(values, CoverageSimulator.COVERAGE, year), within(1e-12));
            if (year <= 4) { // the communes exist until 30 June 2025
                for (String commune : List.of(TrainingFixtures.A_XAN, TrainingFixtures.CHOM)) {
                    assertThat(report.actual(commune, TrainingIndicators.COVERAGE.id()).orElseThrow().toDouble())
                            .as("coverage of %s, year %d", commune, year)
                            .isCloseTo(value(values, CoverageSimulator.COVERAGE_OF + commune, year), within(1e-12));
                }
            } else { // both merged into Hùng Sơn
                assertThat(report.actual(TrainingFixtures.HUNG_SON, TrainingIndicators.COVERAGE.id()).orElseThrow()
                        .toDouble()).isCloseTo(value(values, CoverageSimulator.COVERAGE, year), within(1e-12));
            }
        }
        List<Object> payloads = ledger.store().readAll().stream().map(event -> (Object) event.payload()).toList();
        List<OfficialDeparted> departures = payloads.stream().filter(OfficialDeparted.class::isInstance)
                .map(OfficialDeparted.class::cast).toList();
        List<ClassCostRecorded> costs = payloads.stream().filter(ClassCostRecorded.class::isInstance)
                .map(ClassCostRecorded.class::cast).toList();
        assertThat(departures).isNotEmpty();
        assertThat(costs).isNotEmpty().allMatch(ClassCostRecorded::fromCommuneFund);
        EventCodec codec = new EventCodec(runtime.objectMapper());
        EventChain chain = new EventChain(runtime.objectMapper());
        for (EventEnvelope event : ledger.store().readAll()) { // as a durable store would read them back
            assertThat(chain.expectedHash(codec.read(codec.write(event)))).as("event %d read back", event.sequence())
                    .isEqualTo(event.hash());
        }
        assertThat(Money.sum(costs.stream().map(ClassCostRecorded::amount).toList()))
                .isEqualTo(Money.ofMillions(150)); // five classes of 30 million, then the fund is empty
    }

    @Test
    void aLedgerThatDeclaresTheProgramme_acceptsTheTrace_itsClassesWithinTheDistrictsAndAtTheCommuneNorm()
            throws Exception {
        TrainingFixtures.registerSponsor(ledger);
        TrainingFixtures.fund(ledger, TrainingFixtures.A_XAN, Money.ofMillions(150));
        ledger.submit(TrainingFixtures.programme(List.of(TrainingFixtures.TAY_GIANG),
                TrainingFixtures.classNorm(org.ketnghia.training.catalogue.TrainingNorms.CLASS_COST_COMMUNE, 30)));

        ReplicateValues values = RUNNER.trace(simulator, scenario(), 0, context(), new LedgerCommandSink(ledger));

        assertThat(values.values()).isEqualTo(RUNNER.replicate(simulator, scenario(), 0).values());
        List<ClassCostRecorded> costs = ledger.store().readAll().stream().map(EventEnvelope::payload)
                .filter(ClassCostRecorded.class::isInstance).map(ClassCostRecorded.class::cast).toList();
        assertThat(costs).hasSize(5).allSatisfy(cost -> assertThat(cost.aboveNormJustification()).isEmpty());
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }

    @Test
    void theTraceRecordsAsTheContextsActorOfEachCommune_theDistrictOfficeBeforeTheMerger_HungSonAfter()
            throws Exception {
        TrainingFixtures.registerSponsor(ledger);
        TrainingFixtures.fund(ledger, TrainingFixtures.A_XAN, Money.ofMillions(150));

        RUNNER.trace(simulator, scenario(), 0, context(), new LedgerCommandSink(ledger));

        List<EventEnvelope> traced = ledger.store().readAll().stream()
                .filter(event -> !event.actor().equals(Fixtures.PROVINCE)).toList();
        assertThat(traced).isNotEmpty().allSatisfy(event -> assertThat(event.actor()).isEqualTo(
                event.occurredOn().isBefore(Participants.FIRST_DAY_OF_MERGERS) ? TAY_GIANG_OFFICE : HUNG_SON_COMMITTEE));
        assertThat(traced).anyMatch(event -> event.unitCode().equals(TrainingFixtures.HUNG_SON))
                .anyMatch(event -> event.unitCode().equals(TrainingFixtures.A_XAN));
    }

    @Test
    void simulatedOfficials_takeTheirNamesFromTheContext_andTheSexTheirIdGivesThem() throws Exception {
        SyntheticParticipants names = SyntheticParticipants.of(List.of("Alăng"), List.of("Văn Hùng"), List.of("Thị Hoa"));
        List<Command> commands = new ArrayList<>();

        RUNNER.trace(simulator, scenario(), 0, contextBuilder().participants(names).build(), commands::add);

        List<RegisterPerson> officials = commands.stream().filter(RegisterPerson.class::isInstance)
                .map(RegisterPerson.class::cast).toList();
        assertThat(officials).allSatisfy(official -> assertThat(official.fullName()).isEqualTo(
                (official.sex() == Sex.FEMALE ? "Alăng Thị Hoa" : "Alăng Văn Hùng") + " (minh họa)"));
        // 21 officials at the start and 21 replacements; the sex of each comes from its id, as before names came
        // from the context: 19 women of 42
        assertThat(officials).hasSize(42);
        assertThat(officials).filteredOn(official -> official.sex() == Sex.FEMALE).hasSize(19);
    }

    @Test
    void aCommuneTheContextsUnitsDoNotHave_isRefused_namingIt() throws Exception {
        String unknown = "QNA.TAY-GIANG.KHONG-CO";

        KetnghiaException refusal = catchThrowableOfType(KetnghiaException.class, () -> RUNNER.trace(simulator,
                scenario(unknown), 0, context(), command -> { }));

        assertThat(refusal.code()).isEqualTo(SimulationErrorCode.SIMULATION_TRACE_UNIT_NOT_IN_FORCE);
        assertThat(refusal.getMessage()).contains(unknown);
    }

    @Test
    void aCatalogueWithoutATopicForCommuneOfficials_cannotBeTraced() throws Exception {
        TopicCatalogue villageOnly = TopicCatalogue.of(List.of(Topic.builder().id("digital-village")
                .nameVi("Chuyển đổi số thôn").nameEn("Digital village").addTargetLevels(OfficialLevel.VILLAGE).build()));
        ModelSimulator villageSimulator = new TrainingModel(TrainingConfiguration.of(villageOnly)).simulator().orElseThrow();

        KetnghiaException refusal = catchThrowableOfType(KetnghiaException.class,
                () -> RUNNER.trace(villageSimulator, scenario(), 0, context(), command -> { }));

        assertThat(refusal.code()).isEqualTo(TrainingErrorCode.TRAINING_TRACE_NO_COMMUNE_TOPIC);
    }

    @Test
    void aTraceInAnotherProvince_recordsIntoThatProvincesCommunes_andTheirSuccessor() throws Exception {
        // Tỉnh Mẫu: two communes; Xã Một merges into Xã Hai on 1 January 2023
        LocalDate merger = LocalDate.of(2023, 1, 1);
        AdministrativeRegistry units = AdministrativeRegistry.of(AdministrativeData.builder()
                .addLevels(AdminLevel.builder().id(AdminLevel.PROVINCE).nameVi("Cấp tỉnh").nameEn("province").rank(1)
                        .build(), AdminLevel.builder().id(AdminLevel.COMMUNE).nameVi("Cấp xã").nameEn("commune").rank(2)
                        .build())
                .addUnits(AdministrativeUnit.builder().code("TM").name("Tỉnh Mẫu").kind(UnitKind.PROVINCE)
                                .levelId(AdminLevel.PROVINCE).build(),
                        AdministrativeUnit.builder().code("TM.MOT").name("Xã Một").kind(UnitKind.COMMUNE)
                                .levelId(AdminLevel.COMMUNE).validTo(merger.minusDays(1)).addParents(ParentLink.to("TM"))
                                .build(),
                        AdministrativeUnit.builder().code("TM.HAI").name("Xã Hai").kind(UnitKind.COMMUNE)
                                .levelId(AdminLevel.COMMUNE).addParents(ParentLink.to("TM")).build())
                .addSuccessions(Succession.builder().predecessorCode("TM.MOT").successorCode("TM.HAI")
                        .effectiveDate(merger).kind(SuccessionKind.MERGER).build())
                .build());
        Actor province = Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "TM");
        KetnghiaRuntime elsewhere = KetnghiaRuntime.builder().addModel(TrainingFixtures.model())
                .administrativeUnits(units).clock(AFTER_THE_PROGRAMME).build();
        JsonNode content = KetnghiaJson.newObjectMapper().readTree("""
                {"coverage": {"communes": [{"unitCode": "TM.MOT", "officials": 8}, {"unitCode": "TM.HAI", "officials": 6}],
                              "classesPerYear": 2, "capacity": 4, "completionProbability": 0.8,
                              "annualTurnover": 0.1, "coverageTarget": 0.8}}""");
        SimulationScenario scenario = new SimulationScenario(START, 3,
                new PlanSection(TrainingModel.ID, "models.training", content));
        TraceContext context = TraceContext.builder().actor(province).units(units)
                .programme(START, START.plusYears(3).minusDays(1)).build();

        ReplicateValues values = RUNNER.trace(simulator, scenario, 0, context, new LedgerCommandSink(elsewhere.ledger()));

        assertThat(values.values()).isEqualTo(RUNNER.replicate(simulator, scenario, 0).values());
        List<EventEnvelope> events = elsewhere.ledger().store().readAll();
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.actor()).isEqualTo(province));
        assertThat(events).extracting(EventEnvelope::unitCode).containsOnly("TM.MOT", "TM.HAI");
        assertThat(events).filteredOn(event -> !event.occurredOn().isBefore(merger)).isNotEmpty()
                .extracting(EventEnvelope::unitCode).containsOnly("TM.HAI");
    }
}
