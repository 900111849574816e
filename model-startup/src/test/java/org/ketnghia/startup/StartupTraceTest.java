package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Participants;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationErrorCode;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.testing.Fixtures;
import org.ketnghia.startup.indicators.StartupIndicators;
import org.ketnghia.startup.simulation.StartupSimulator;
import org.ketnghia.startup.simulation.TraceSetup;

/** Trace mode: the replicate written into a small ledger as a real programme, and its reports against the replicate. */
class StartupTraceTest {

    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final int YEARS = 5;
    private static final int PROJECTS = 8;

    private final StartupModel model = new StartupModel();
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(model)
            .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK).build();
    private final StartupSimulator simulator = ((StartupSimulator) model.simulator().orElseThrow())
            .withTrace(new TraceSetup(Fixtures.PROVINCE, Map.of(Participants.A_XAN, Participants.A_UR,
                    Participants.A_NONG, Participants.PA_RONG), Participants.units()));

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

        ReplicateValues traced = runner.trace(simulator, scenario(), 0, sink);

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
                    .isCloseTo(value(replicate, StartupSimulator.SURVIVAL_SHARE, years),
                            org.assertj.core.data.Offset.offset(1e-9));
        }
        for (int year = 1; year <= YEARS; year++) {
            Report inYear = report(ReportingPeriod.programmeYear(START, year));
            assertThat(total(inYear, StartupIndicators.FAILURES).toDouble()).as("failures in year %d", year)
                    .isEqualTo(value(replicate, StartupSimulator.OPERATING, year - 1)
                            - value(replicate, StartupSimulator.OPERATING, year));
            assertThat(total(inYear, StartupIndicators.REVENUE).toDouble()).as("revenue in year %d", year)
                    .isCloseTo(value(replicate, StartupSimulator.REVENUE, year),
                            org.assertj.core.data.Offset.offset(PROJECTS * 0.5 + 1));
        }
        assertThat(value(replicate, StartupSimulator.OPERATING, YEARS)).isLessThan(PROJECTS);
    }

    @Test
    void everyTracedEvent_readsBackFromItsJsonUnchanged_soADurableLedgerKeepsItsHashChain() throws Exception {
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(3).replicates(1).threads(1).build();
        runner.trace(simulator, scenario(), 0, new LedgerCommandSink(runtime.ledger()));
        com.fasterxml.jackson.databind.ObjectWriter writer = runtime.objectMapper()
                .writerFor(org.ketnghia.core.ledger.LedgerEvent.class);

        List<String> changed = new ArrayList<>();
        for (org.ketnghia.core.ledger.EventEnvelope event : runtime.ledger().store().readAll()) {
            String json = writer.writeValueAsString(event.payload());
            String again = writer.writeValueAsString(runtime.objectMapper().readValue(json,
                    org.ketnghia.core.ledger.LedgerEvent.class));
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

        ReplicateValues traced = runner.trace(simulator, scenario(), 0, collected::add);

        assertThat(traced).isEqualTo(runner.replicate(simulator, scenario(), 0));
        assertThat(collected).isNotEmpty();
    }

    @Test
    void withoutATraceSetUp_thereIsNoTraceMode() {
        StartupSimulator plain = (StartupSimulator) model.simulator().orElseThrow();

        assertThatThrownBy(() -> plain.simulateTrace(scenario(), new java.util.SplittableRandom(1), (id, year, v) -> { },
                command -> { }))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(SimulationErrorCode.SIMULATION_NO_TRACE_MODE)).isTrue());
        assertThat(runtime.ledger().lastSequence()).isZero();
    }
}
