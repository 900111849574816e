package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Participants;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.training.course.ClassCostRecorded;
import org.ketnghia.training.course.OfficialDeparted;
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

    private final ModelSimulator simulator = new TrainingModel().simulator().orElseThrow();
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(new TrainingModel())
            .administrativeUnits(Participants.units()).clock(AFTER_THE_PROGRAMME).build();
    private final Ledger ledger = runtime.ledger();

    private static SimulationScenario scenario() throws Exception {
        JsonNode content = KetnghiaJson.newObjectMapper().readTree("""
                {"classes": [{"unitCode": "QNA.TAY-GIANG", "classes": 2, "costPerClass": 30000000}],
                 "coverage": {"communes": [{"unitCode": "QNA.TAY-GIANG.A-XAN", "officials": 12, "ethnicity": "Cơ Tu"},
                                           {"unitCode": "QNA.TAY-GIANG.CHOM", "officials": 9}],
                              "classesPerYear": 4, "capacity": 5, "completionProbability": 0.7,
                              "annualTurnover": 0.2, "coverageTarget": 0.8}}""");
        return new SimulationScenario(START, YEARS, new PlanSection(TrainingModel.ID, "models.training", content));
    }

    private static org.ketnghia.core.simulation.TraceContext context() {
        return org.ketnghia.core.simulation.TraceContext.builder()
                .actor(org.ketnghia.core.ledger.Actor.system("phong-dan-toc-huyen")).units(Participants.units())
                .programme(START, START.plusYears(YEARS).minusDays(1)).build();
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
}
