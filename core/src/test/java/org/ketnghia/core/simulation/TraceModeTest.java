package org.ketnghia.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoItems;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.ItemRecorded;
import org.ketnghia.testing.demo.RecordItem;

/** A simulated run records its commands into a ledger, and reports run on it unchanged. */
class TraceModeTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final String QUANTITY = "demo.quantity";
    // 2022 – 2024: A Xan exists throughout, and the ledger's clock (1 June 2026) is after every simulated date
    private static final SimulationScenario SCENARIO = Scenarios.of(LocalDate.of(2022, 1, 1), 3);
    private static final Actor DISTRICT_OFFICE = Actor.system("phong-dan-toc-tay-giang");
    private static final TraceContext CONTEXT = TraceContext.builder().actor(DISTRICT_OFFICE).units(Fixtures.QUANG_NAM)
            .villages(A_XAN, List.of("QNA.TAY-GIANG.A-XAN.A-REC")).programme(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31))
            .build();

    /** Hands over a few items in some months; records the quantity handed over per year. */
    static final class HandOverSimulator implements ModelSimulator {

        @Override
        public String modelId() {
            return "demo";
        }

        @Override
        public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
            simulate(scenario, random, recorder);
        }

        @Override
        public void simulateTrace(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
                TraceContext context, CommandSink sink) {
            simulate(scenario, random, recorder, context, sink);
        }

        private void simulate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
            simulate(scenario, random, recorder, null, null);
        }

        private void simulate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder,
                TraceContext context, CommandSink sink) {
            SimulationClock clock = SimulationClock.of(scenario);
            int handedOverThisYear = 0;
            for (int month = 0; month < clock.months(); month++) {
                if (random.nextDouble() < 0.4) {
                    int quantity = random.nextInt(1, 4);
                    handedOverThisYear += quantity;
                    if (sink != null) {
                        sink.submit(RecordItem.builder().actor(context.actorFor(A_XAN)).unitCode(A_XAN)
                                .occurredOn(clock.monthStart(month).plusDays(14)).itemId("sim-" + month)
                                .quantity(quantity).value(Money.ofMillions(quantity)).build());
                    }
                }
                if (clock.isLastMonthOfYear(month)) {
                    recorder.record(QUANTITY, clock.programmeYear(month), handedOverThisYear);
                    handedOverThisYear = 0;
                }
            }
        }
    }

    @Test
    void tracedReplicate_recordsItsEventsIntoTheLedger_andReportsAgreeWithItsValues() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).clock(Fixtures.CLOCK).build();
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(99).replicates(10).threads(1).build();
        LedgerCommandSink sink = new LedgerCommandSink(runtime.ledger());

        ReplicateValues traced = runner.trace(new HandOverSimulator(), SCENARIO, 3, CONTEXT, sink);

        List<EventEnvelope> all = runtime.ledger().store().readAll();
        // the sink declared the empty ledger simulated by its first event, then recorded the trace after it
        assertThat(all.get(0).typeId()).isEqualTo(SimulatedLedgerDeclared.TYPE);
        assertThat(runtime.ledger().read(LedgerOrigin.class, LedgerOrigin::simulated)).isTrue();
        List<EventEnvelope> events = all.subList(1, all.size());
        assertThat(events).isNotEmpty().hasSize((int) sink.submitted());
        assertThat(events).allSatisfy(event -> {
            assertThat(event.typeId()).isEqualTo(ItemRecorded.TYPE);
            assertThat(event.unitCode()).isEqualTo(A_XAN);
            assertThat(event.actor()).isEqualTo(DISTRICT_OFFICE);
            assertThat(SimulationClock.of(SCENARIO).monthIndexOf(event.occurredOn())).isBetween(0, 35);
        });
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        assertThat(traced).isEqualTo(runner.replicate(new HandOverSimulator(), SCENARIO, 3));

        IndicatorDefinition quantity = new IndicatorDefinition(QUANTITY, "Số lượng", "Quantity", "con", Aggregation.SUM);
        List<ReportingPeriod> years = List.of(ReportingPeriod.calendarYear(2022), ReportingPeriod.calendarYear(2023),
                ReportingPeriod.calendarYear(2024));
        List<Report> reports = new ReportBuilder(runtime.administrativeUnits())
                .add(IndicatorSources.sumOf(quantity, ItemRecorded.class, ItemRecorded::quantity))
                .build(years, runtime.ledger().store());
        for (int year = 1; year <= 3; year++) {
            long expected = traced.value(QUANTITY, year).orElseThrow().longValue();
            assertThat(reports.get(year - 1).actual("QNA.TAY-GIANG", QUANTITY))
                    .isEqualTo(expected == 0 ? java.util.Optional.empty() : java.util.Optional.of(IndicatorValue.of(expected)));
        }
        long total = runtime.ledger().read(DemoItems.class, items -> items.quantities().values().stream()
                .mapToLong(Integer::longValue).sum());
        assertThat(total).isEqualTo(traced.values().get(QUANTITY).values().stream().mapToLong(Double::longValue).sum());
    }

    @Test
    void commandsOfATrace_canBeCollectedWithoutALedger() {
        List<Command> commands = new ArrayList<>();

        MonteCarloRunner.builder().masterSeed(99).build().trace(new HandOverSimulator(), SCENARIO, 0, CONTEXT, commands::add);

        assertThat(commands).isNotEmpty().allSatisfy(command -> assertThat(command).isInstanceOf(RecordItem.class));
    }

    @Test
    void simulatorWithoutTraceMode_saysSo() {
        ModelSimulator plain = new ModelSimulator() {
            @Override
            public String modelId() {
                return "plain";
            }

            @Override
            public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
                recorder.record("x", 1, 1);
            }
        };

        KetnghiaException error = catchThrowableOfType(
                () -> MonteCarloRunner.builder().build().trace(plain, SCENARIO, 0, CONTEXT, command -> { }), KetnghiaException.class);

        assertThat(error.code()).isEqualTo(SimulationErrorCode.SIMULATION_NO_TRACE_MODE);
        assertThat(error.messageVi()).contains("plain", "chế độ ghi vết");
    }
}
