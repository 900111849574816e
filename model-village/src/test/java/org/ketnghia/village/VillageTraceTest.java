package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.village.VillageTestKit.A_UR;
import static org.ketnghia.village.VillageTestKit.A_XAN;
import static org.ketnghia.village.VillageTestKit.OTHER_SPONSOR;
import static org.ketnghia.village.VillageTestKit.PA_RONG;
import static org.ketnghia.village.VillageTestKit.SPONSOR;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.testing.Fixtures;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.reporting.VillageFunding;
import org.ketnghia.village.reporting.VillageIndicators;
import org.ketnghia.village.scheme.CriteriaTakenOn;
import org.ketnghia.village.scheme.IndicatorsMeasured;
import org.ketnghia.village.scheme.RecognitionStepRecorded;
import org.ketnghia.village.scheme.VillageRecognised;
import org.ketnghia.village.scheme.VillageRegistered;
import org.ketnghia.village.simulation.CriterionWork;
import org.ketnghia.village.simulation.RecognitionPlan;
import org.ketnghia.village.simulation.VillageSimulator;
import org.junit.jupiter.api.Test;

class VillageTraceTest {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final VillageSimulator SIMULATOR = new VillageSimulator();
    private static final LocalDate START = VillageTestKit.PROGRAMME_START;
    private static final int YEARS = 4;
    private static final int SET_SIZE = CriteriaSets.sample().criteria().size();

    /** Two villages of A Xan; roads, water and security; the second sponsor is not twinned with A Xan. */
    private static RecognitionPlan plan(long fundingMillions) {
        return RecognitionPlan.builder().unitCode(A_XAN).villages(2).villageCodes(List.of(A_UR, PA_RONG))
                .sponsorIds(List.of(SPONSOR, OTHER_SPONSOR)).zone(1).fundingPerMonth(Money.ofMillions(fundingMillions))
                .processMonths(3)
                .addCriteria(CriterionWork.builder().criterionId("giao-thong").gap(20).improvementPerMonth(2)
                        .variability(0.4).costPerPoint(Money.ofMillions(10)).build())
                .addCriteria(CriterionWork.builder().criterionId("nuoc-sach").gap(10).improvementPerMonth(1)
                        .variability(0.4).costPerPoint(Money.ofMillions(5)).build())
                .addCriteria(CriterionWork.builder().criterionId("an-ninh").gap(1).improvementPerMonth(0.5)
                        .variability(0.5).costPerPoint(Money.ZERO).build())
                .build();
    }

    private static SimulationScenario scenario(RecognitionPlan plan) {
        return new SimulationScenario(START, YEARS, new PlanSection(VillageModel.ID, "models.village",
                MAPPER.valueToTree(plan)));
    }

    private static Ledger twinnedLedger() {
        KetnghiaRuntime runtime = VillageTestKit.runtime();
        VillageTestKit.twinning(runtime.ledger());
        return runtime.ledger();
    }

    private static <T extends org.ketnghia.core.ledger.LedgerEvent> List<T> payloads(Ledger ledger, Class<T> type) {
        return ledger.store().readAll().stream().map(event -> event.payloadAs(type)).flatMap(java.util.Optional::stream)
                .toList();
    }

    @Test
    void traceRecordsTheSameValuesAsTheReplicate_forEverySeed() {
        for (long seed = 1; seed <= 20; seed++) {
            MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(seed).replicates(1).threads(1).build();
            List<Command> commands = new ArrayList<>();
            ReplicateValues replicate = runner.replicate(SIMULATOR, scenario(plan(18)), 0);
            ReplicateValues traced = runner.trace(SIMULATOR, scenario(plan(18)), 0, commands::add);

            assertThat(traced).isEqualTo(replicate);
            assertThat(commands).isNotEmpty();
        }
    }

    @Test
    void reportIndicatorsFromTheLedger_agreeWithTheReplicate() {
        Ledger ledger = twinnedLedger();
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(7).replicates(1).threads(1).build();
        ReplicateValues replicate = runner.replicate(SIMULATOR, scenario(plan(25)), 0);
        LedgerCommandSink sink = new LedgerCommandSink(ledger);

        ReplicateValues traced = runner.trace(SIMULATOR, scenario(plan(25)), 0, sink);

        assertThat(traced).isEqualTo(replicate);
        assertThat(sink.submitted()).isGreaterThan(10);
        List<EventEnvelope> events = ledger.store().readAll();
        ReportBuilder builder = new ReportBuilder(VillageTestKit.units()).addAll(VillageIndicators.sources());
        for (int year = 1; year <= YEARS; year++) {
            Report report = builder.build(ReportingPeriod.programmeYear(START, year), events);
            long recognised = Math.round(replicate.value(VillageSimulator.RECOGNISED, year).orElseThrow());
            long met = Math.round(replicate.value(VillageSimulator.CRITERIA_MET, year).orElseThrow());
            assertThat(report.total(VillageIndicators.VILLAGES_RECOGNISED.id())).as("year %d", year)
                    .contains(IndicatorValue.of(recognised));
            // the ledger counts every criterion of the set; those the plan does not list are met from the baseline
            assertThat(report.total(VillageIndicators.CRITERIA_MET.id())).as("year %d", year)
                    .contains(IndicatorValue.of(met + (SET_SIZE - 3L) * 2));
        }
        assertThat(replicate.value(VillageSimulator.RECOGNISED, YEARS)).contains(2.0);
        Report whole = builder.build(ReportingPeriod.custom(START, START.plusYears(YEARS).minusDays(1), "toàn kỳ", "all"),
                events);
        assertThat(whole.total(VillageIndicators.VILLAGES_REGISTERED.id())).contains(IndicatorValue.of(2));
        assertThat(whole.total(VillageIndicators.MONTHS_TO_RECOGNITION.id()).orElseThrow().toDouble())
                .isEqualTo(replicate.value(VillageSimulator.MONTHS_TO_RECOGNITION, YEARS).orElseThrow());
    }

    @Test
    void trace_recordsTheWholeWorkflow_withOnlyTwinnedSponsors_andNoSpendingWithoutFunds() {
        Ledger ledger = twinnedLedger();
        MonteCarloRunner.builder().masterSeed(3).replicates(1).threads(1).build()
                .trace(SIMULATOR, scenario(plan(25)), 0, new LedgerCommandSink(ledger));

        assertThat(payloads(ledger, VillageRegistered.class)).hasSize(2);
        List<CriteriaTakenOn> taken = payloads(ledger, CriteriaTakenOn.class);
        assertThat(taken).isNotEmpty().allSatisfy(line -> assertThat(line.sponsorId()).isEqualTo(SPONSOR));
        assertThat(taken).noneMatch(line -> line.sponsorId().equals(OTHER_SPONSOR));
        assertThat(payloads(ledger, IndicatorsMeasured.class)).hasSizeGreaterThan(4);
        assertThat(payloads(ledger, RecognitionStepRecorded.class)).hasSize(8);
        assertThat(payloads(ledger, VillageRecognised.class)).hasSize(2);
        assertThat(payloads(ledger, ExpenditureRecorded.class)).isEmpty();
    }

    @Test
    void trace_spendsThroughTheCoreFundingLedger_whereTheCommuneHoldsMoneyForTheCriterion() {
        Ledger ledger = twinnedLedger();
        String activity = VillageFunding.activity(A_UR, "giao-thong");
        ledger.submit(RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.PROVINCE)
                .occurredOn(START).sourceId("kinh-phi-so-nn").name("Kinh phí kết nghĩa Sở Nông nghiệp")
                .kind(FundingSourceKind.SPONSOR).sponsorId(SPONSOR).build());
        ledger.submit(MakePledge.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(START).sponsorId(SPONSOR)
                .pledgeId("cam-ket-duong-a-ur").sourceId("kinh-phi-so-nn").modelId(VillageModel.ID).activity(activity)
                .amount(Money.ofMillions(300)).build());
        ledger.submit(RecordReceipt.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(START)
                .receiptId("thu-duong-a-ur").pledgeId("cam-ket-duong-a-ur").amount(Money.ofMillions(300)).build());

        MonteCarloRunner.builder().masterSeed(3).replicates(1).threads(1).build()
                .trace(SIMULATOR, scenario(plan(25)), 0, new LedgerCommandSink(ledger));

        List<ExpenditureRecorded> spent = payloads(ledger, ExpenditureRecorded.class);
        assertThat(spent).isNotEmpty();
        Money total = Money.sum(spent.stream().map(ExpenditureRecorded::amount).toList());
        assertThat(total.isGreaterThan(Money.ZERO)).isTrue();
        assertThat(total.isGreaterThan(Money.ofMillions(300))).isFalse();
    }

    @Test
    void tracedEvents_readBackFromTheirJson_withTheSameHash_soTheChainOfADurableLedgerStaysIntact() {
        KetnghiaRuntime runtime = VillageTestKit.runtime();
        VillageTestKit.twinning(runtime.ledger());
        MonteCarloRunner.builder().masterSeed(5).replicates(1).threads(1).build()
                .trace(SIMULATOR, scenario(plan(25)), 0, new LedgerCommandSink(runtime.ledger()));
        EventCodec codec = new EventCodec(runtime.objectMapper());
        EventChain chain = new EventChain(runtime.objectMapper());

        List<EventEnvelope> events = runtime.ledger().store().readAll();
        assertThat(events).hasSizeGreaterThan(20);
        for (EventEnvelope event : events) {
            EventEnvelope read = codec.read(codec.write(event));
            assertThat(chain.expectedHash(read)).as("sequence %d", event.sequence()).isEqualTo(event.hash());
        }
    }

    @Test
    void planWithoutVillageCodes_cannotBeTraced() {
        RecognitionPlan plan = RecognitionPlan.builder().from(plan(25)).villageCodes(List.of()).build();

        assertThatThrownBy(() -> SIMULATOR.simulateTrace(scenario(plan), new java.util.SplittableRandom(1),
                (indicator, year, value) -> { }, command -> { }))
                .isInstanceOf(KetnghiaException.class);
    }
}
