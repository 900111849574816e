package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.village.VillageTestKit.A_UR;
import static org.ketnghia.village.VillageTestKit.A_XAN;
import static org.ketnghia.village.VillageTestKit.HUNG_SON;
import static org.ketnghia.village.VillageTestKit.OTHER_SPONSOR;
import static org.ketnghia.village.VillageTestKit.PA_RONG;
import static org.ketnghia.village.VillageTestKit.SPONSOR;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.reporting.VillageFunding;
import org.ketnghia.village.reporting.VillageIndicators;
import org.ketnghia.village.scheme.CriteriaSetAdopted;
import org.ketnghia.village.scheme.CriteriaTakenOn;
import org.ketnghia.village.scheme.IndicatorsMeasured;
import org.ketnghia.village.scheme.RecognitionStepRecorded;
import org.ketnghia.village.scheme.VillageRecognised;
import org.ketnghia.village.scheme.VillageRegistered;
import org.ketnghia.village.simulation.CriterionWork;
import org.ketnghia.village.simulation.RecognitionPlan;
import org.ketnghia.village.simulation.VillageSimulator;

class VillageTraceTest {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final VillageSimulator SIMULATOR = new VillageSimulator(CriteriaSets.sample());
    private static final LocalDate START = VillageTestKit.PROGRAMME_START;
    private static final int YEARS = 4;
    private static final int SET_SIZE = CriteriaSets.sample().criteria().size();

    /** The provincial new-rural coordination office, recording for the whole province. */
    private static final Actor PROVINCE_OFFICE = new Actor("van-phong-dieu-phoi-ntm", "Văn phòng Điều phối NTM tỉnh",
            ActorRole.PROVINCIAL_COMMITTEE, Optional.empty(), Optional.empty());
    private static final Actor A_XAN_COMMITTEE = Actor.forUnit("ubnd-a-xan", "UBND xã A Xan",
            ActorRole.COMMUNE_COMMITTEE, A_XAN);
    private static final Actor A_NONG_COMMITTEE = Actor.forUnit("ubnd-a-nong", "UBND xã A Nông",
            ActorRole.COMMUNE_COMMITTEE, Participants.A_NONG);
    private static final Actor HUNG_SON_COMMITTEE = Actor.forUnit("ubnd-hung-son", "UBND xã Hùng Sơn",
            ActorRole.COMMUNE_COMMITTEE, HUNG_SON);

    /** Two villages traced for A Xan (Pà Rồng belongs to A Nông); roads, water and security; the second sponsor is not twinned. */
    private static RecognitionPlan plan(long fundingMillions) {
        return RecognitionPlan.builder().unitCode(A_XAN).villages(2)
                .sponsorIds(List.of(SPONSOR, OTHER_SPONSOR)).fundingPerMonth(Money.ofMillions(fundingMillions))
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
        return scenario(plan, START, YEARS);
    }

    private static SimulationScenario scenario(RecognitionPlan plan, LocalDate start, int years) {
        return new SimulationScenario(start, years, new PlanSection(VillageModel.ID, "models.village",
                MAPPER.valueToTree(plan)));
    }

    /** The host's facts: the test kit's units, A Ur and Pà Rồng for A Xan, and only a default actor. */
    private static TraceContext.Builder context() {
        return TraceContext.builder().actor(Fixtures.PROVINCE).units(VillageTestKit.units())
                .villages(A_XAN, List.of(A_UR, PA_RONG)).programme(START, START.plusYears(YEARS).minusDays(1));
    }

    private static Ledger twinnedLedger() {
        KetnghiaRuntime runtime = VillageTestKit.runtime();
        runtime.ledger().submit(Fixtures.simulatedLedger(START));
        VillageTestKit.twinning(runtime.ledger());
        return runtime.ledger();
    }

    private static MonteCarloRunner runner(long seed) {
        return MonteCarloRunner.builder().masterSeed(seed).replicates(1).threads(1).build();
    }

    private static <T extends LedgerEvent> List<EventEnvelope> envelopes(Ledger ledger, Class<T> type) {
        return ledger.store().readAll().stream().filter(event -> type.isInstance(event.payload())).toList();
    }

    private static <T extends LedgerEvent> List<T> payloads(Ledger ledger, Class<T> type) {
        return ledger.store().readAll().stream().map(event -> event.payloadAs(type)).flatMap(Optional::stream)
                .toList();
    }

    /** Money for A Ur's roads, pledged and received into {@code commune} on {@code on} (the source registered at the start). */
    private static void fundRoadsOfAUr(Ledger ledger, String commune, LocalDate on, String id) {
        ledger.submit(RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.PROVINCE)
                .occurredOn(START).sourceId("kinh-phi-" + id).name("Kinh phí kết nghĩa Sở Nông nghiệp")
                .kind(FundingSourceKind.SPONSOR).sponsorId(SPONSOR).build());
        ledger.submit(MakePledge.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(on).sponsorId(SPONSOR)
                .pledgeId("cam-ket-" + id).sourceId("kinh-phi-" + id).modelId(VillageModel.ID)
                .activity(VillageFunding.activity(A_UR, "giao-thong")).amount(Money.ofMillions(300)).build());
        ledger.submit(RecordReceipt.builder().actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(on)
                .receiptId("thu-" + id).pledgeId("cam-ket-" + id).amount(Money.ofMillions(300)).build());
    }

    @Test
    void traceRecordsTheSameValuesAsTheReplicate_forEverySeed() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Command> commands = new ArrayList<>();
            ReplicateValues replicate = runner(seed).replicate(SIMULATOR, scenario(plan(18)), 0);
            ReplicateValues traced = runner(seed).trace(SIMULATOR, scenario(plan(18)), 0, context().build(),
                    commands::add);

            assertThat(traced).isEqualTo(replicate);
            assertThat(commands).isNotEmpty();
        }
    }

    @Test
    void reportIndicatorsFromTheLedger_agreeWithTheReplicate() {
        Ledger ledger = twinnedLedger();
        ReplicateValues replicate = runner(7).replicate(SIMULATOR, scenario(plan(25)), 0);
        LedgerCommandSink sink = new LedgerCommandSink(ledger);

        ReplicateValues traced = runner(7).trace(SIMULATOR, scenario(plan(25)), 0, context().build(), sink);

        assertThat(traced).isEqualTo(replicate);
        assertThat(sink.submitted()).isGreaterThan(10);
        List<EventEnvelope> events = ledger.store().readAll();
        ReportBuilder builder = new ReportBuilder(VillageTestKit.units())
                .addAll(VillageTestKit.model().indicatorSources(VillageTestKit.runtime().context()));
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
        runner(3).trace(SIMULATOR, scenario(plan(25)), 0, context().build(), new LedgerCommandSink(ledger));

        assertThat(payloads(ledger, VillageRegistered.class)).extracting(VillageRegistered::villageCode)
                .containsExactly(A_UR, PA_RONG);
        List<CriteriaTakenOn> taken = payloads(ledger, CriteriaTakenOn.class);
        assertThat(taken).isNotEmpty().allSatisfy(line -> assertThat(line.sponsorId()).isEqualTo(SPONSOR));
        assertThat(payloads(ledger, IndicatorsMeasured.class)).hasSizeGreaterThan(4);
        assertThat(payloads(ledger, RecognitionStepRecorded.class)).hasSize(8);
        assertThat(payloads(ledger, VillageRecognised.class)).hasSize(2);
        assertThat(payloads(ledger, ExpenditureRecorded.class)).isEmpty();
    }

    @Test
    void trace_recordsAsTheContextsActors_theProvincialOfficeAndEachVillagesCommune() {
        Ledger ledger = twinnedLedger();
        fundRoadsOfAUr(ledger, A_XAN, START, "duong-a-ur");
        TraceContext context = context().actorFor(VillageTestKit.PROVINCE, PROVINCE_OFFICE)
                .actorFor(A_XAN, A_XAN_COMMITTEE).actorFor(Participants.A_NONG, A_NONG_COMMITTEE).build();
        long before = ledger.store().readAll().size();

        runner(3).trace(SIMULATOR, scenario(plan(25)), 0, context, new LedgerCommandSink(ledger));

        List<EventEnvelope> traced = ledger.store().readAll().subList((int) before, ledger.store().readAll().size());
        assertThat(traced).extracting(EventEnvelope::actor)
                .containsOnly(PROVINCE_OFFICE, A_XAN_COMMITTEE, A_NONG_COMMITTEE);
        assertThat(envelopes(ledger, CriteriaSetAdopted.class)).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo(PROVINCE_OFFICE));
        assertThat(envelopes(ledger, VillageRegistered.class)).extracting(EventEnvelope::actor)
                .containsExactly(A_XAN_COMMITTEE, A_NONG_COMMITTEE);
        assertThat(envelopes(ledger, VillageRecognised.class)).extracting(EventEnvelope::actor)
                .containsOnly(PROVINCE_OFFICE).hasSize(2);
        assertThat(envelopes(ledger, RecognitionStepRecorded.class)).allSatisfy(event -> {
            RecognitionStepRecorded step = (RecognitionStepRecorded) event.payload();
            boolean byCommune = step.step().ordinal() < 2;
            assertThat(event.actor()).isEqualTo(!byCommune ? PROVINCE_OFFICE
                    : step.villageCode().equals(A_UR) ? A_XAN_COMMITTEE : A_NONG_COMMITTEE);
        });
        assertThat(envelopes(ledger, ExpenditureRecorded.class)).isNotEmpty()
                .allSatisfy(event -> assertThat(event.actor()).isEqualTo(A_XAN_COMMITTEE));
    }

    @Test
    void afterTheMerger_theSuccessorCommuneRecords_andSpendsTheMoneyItReceived() {
        LocalDate start = LocalDate.of(2024, 6, 1);
        Ledger ledger = twinnedLedger();
        fundRoadsOfAUr(ledger, HUNG_SON, Participants.FIRST_DAY_OF_MERGERS, "duong-a-ur-hung-son");
        RecognitionPlan slow = RecognitionPlan.builder().from(plan(12)).villages(1).build();
        TraceContext context = TraceContext.builder().actor(PROVINCE_OFFICE).units(VillageTestKit.units())
                .villages(A_XAN, List.of(A_UR)).actorFor(A_XAN, A_XAN_COMMITTEE).actorFor(HUNG_SON, HUNG_SON_COMMITTEE)
                .programme(start, start.plusYears(2).minusDays(1)).build();

        ReplicateValues traced = runner(11).trace(SIMULATOR, scenario(slow, start, 2), 0, context,
                new LedgerCommandSink(ledger));

        assertThat(traced).isEqualTo(runner(11).replicate(SIMULATOR, scenario(slow, start, 2), 0));
        List<EventEnvelope> measurements = envelopes(ledger, IndicatorsMeasured.class);
        assertThat(measurements).isNotEmpty().allSatisfy(event -> assertThat(event.actor()).isEqualTo(
                event.occurredOn().isBefore(Participants.FIRST_DAY_OF_MERGERS) ? A_XAN_COMMITTEE : HUNG_SON_COMMITTEE));
        assertThat(measurements).anySatisfy(event -> assertThat(event.actor()).isEqualTo(HUNG_SON_COMMITTEE));
        List<EventEnvelope> spending = envelopes(ledger, ExpenditureRecorded.class);
        assertThat(spending).isNotEmpty().allSatisfy(event -> {
            assertThat(event.unitCode()).isEqualTo(HUNG_SON);
            assertThat(event.actor()).isEqualTo(HUNG_SON_COMMITTEE);
            assertThat(event.occurredOn()).isAfterOrEqualTo(Participants.FIRST_DAY_OF_MERGERS);
        });
    }

    @Test
    void trace_spendsThroughTheCoreFundingLedger_whereTheCommuneHoldsMoneyForTheCriterion() {
        Ledger ledger = twinnedLedger();
        fundRoadsOfAUr(ledger, A_XAN, START, "duong-a-ur");

        runner(3).trace(SIMULATOR, scenario(plan(25)), 0, context().build(), new LedgerCommandSink(ledger));

        List<ExpenditureRecorded> spent = payloads(ledger, ExpenditureRecorded.class);
        assertThat(spent).isNotEmpty();
        Money total = Money.sum(spent.stream().map(ExpenditureRecorded::amount).toList());
        assertThat(total.isGreaterThan(Money.ZERO)).isTrue();
        assertThat(total.isGreaterThan(Money.ofMillions(300))).isFalse();
    }

    @Test
    void tracedEvents_readBackFromTheirJson_withTheSameHash_soTheChainOfADurableLedgerStaysIntact() {
        KetnghiaRuntime runtime = VillageTestKit.runtime();
        runtime.ledger().submit(Fixtures.simulatedLedger(START));
        VillageTestKit.twinning(runtime.ledger());
        runner(5).trace(SIMULATOR, scenario(plan(25)), 0, context().build(), new LedgerCommandSink(runtime.ledger()));
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
    void planWithoutCommune_orContextWithTooFewVillages_cannotBeTraced_andEveryProblemIsListed() {
        RecognitionPlan withoutCommune = RecognitionPlan.builder().from(plan(25)).unitCode(Optional.empty()).build();
        RecognitionPlan unknownCriterion = RecognitionPlan.builder().from(plan(25)).villages(3)
                .addCriteria(CriterionWork.builder().criterionId("khong-co").gap(1).improvementPerMonth(1)
                        .costPerPoint(Money.ZERO).build())
                .build();

        assertThatThrownBy(() -> SIMULATOR.simulateTrace(scenario(withoutCommune), new SplittableRandom(1),
                (indicator, year, value) -> { }, context().build(), command -> { }))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(CoreErrorCode.VALUE_REQUIRED)).isTrue());
        List<Command> commands = new ArrayList<>();
        assertThatThrownBy(() -> SIMULATOR.simulateTrace(scenario(unknownCriterion), new SplittableRandom(1),
                (indicator, year, value) -> { }, context().build(), commands::add))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.has(VillageErrorCode.VILLAGE_UNKNOWN_CRITERION)).isTrue();
                    assertThat(e.has(VillageErrorCode.VILLAGE_TRACE_TOO_FEW_VILLAGES)).isTrue();
                    assertThat(e.problems()).hasSize(2);
                });
        assertThat(commands).isEmpty();
    }

    @Test
    void aVillageWithoutZone_cannotBeTraced() {
        TraceContext context = TraceContext.builder().actor(Fixtures.PROVINCE).units(VillageTestKit.units())
                .villages("DNG.DIEN-BAN", List.of(VillageTestKit.NO_ZONE_VILLAGE))
                .programme(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30)).build();
        RecognitionPlan plan = RecognitionPlan.builder().from(plan(25)).unitCode("DNG.DIEN-BAN").villages(1).build();

        assertThatThrownBy(() -> runner(1).trace(SIMULATOR, scenario(plan, LocalDate.of(2025, 7, 1), 2), 0, context,
                command -> { }))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.has(VillageErrorCode.VILLAGE_ZONE_UNKNOWN)).isTrue();
                    assertThat(e.problems()).singleElement().satisfies(problem ->
                            assertThat(problem.field()).isEqualTo("villagesByCommune.DNG.DIEN-BAN"));
                });
    }

    @Test
    void aPlanStillNamingItsVillages_isRefused_forTheTraceContextNamesThem() {
        var section = MAPPER.valueToTree(plan(25));
        ((com.fasterxml.jackson.databind.node.ObjectNode) section).putArray("villageCodes").add(A_UR).add(PA_RONG);
        SimulationScenario old = new SimulationScenario(START, YEARS,
                new PlanSection(VillageModel.ID, "models.village", (com.fasterxml.jackson.databind.JsonNode) section));

        assertThatThrownBy(() -> runner(1).replicate(SIMULATOR, old, 0))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.has(CoreErrorCode.JSON_UNREADABLE)).isTrue();
                    assertThat(e.problems().get(0).field()).isEqualTo("models.village.villageCodes");
                });
    }
}
