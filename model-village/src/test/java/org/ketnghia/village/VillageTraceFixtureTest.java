package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.core.simulation.MonteCarloRunner;
import org.ketnghia.core.simulation.ReplicateValues;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.SignAgreement;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.reporting.VillageFunding;
import org.ketnghia.village.simulation.VillageSimulator;

/**
 * Traced replicates record, event for event, what they recorded before the trace took its host facts
 * from the {@link TraceContext} (fixtures under {@code /trace}, written by the earlier code): same
 * dates, units, ids, amounts and texts; only who records has changed.
 */
class VillageTraceFixtureTest {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final VillageSimulator SIMULATOR = new VillageSimulator(CriteriaSets.sample());
    private static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);
    private static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);
    private static final String TA_LU = "QNA.DONG-GIANG.TA-LU";
    /** The examples host's village plan ({@code models.village} of quang-nam-2021.json) without the villages it no longer names. */
    private static final String MAIN_JOB_PLAN = """
            {"unitCode": "QNA.DONG-GIANG.TA-LU", "villages": 2, "fundingPerMonth": 25000000, "processMonths": 3,
             "sponsorIds": ["dien-ban", "so-tai-chinh"],
             "criteria": [
               {"criterionId": "giao-thong", "gap": 20, "improvementPerMonth": 1.5, "variability": 0.3, "costPerPoint": 15000000},
               {"criterionId": "nha-o", "gap": 10, "improvementPerMonth": 1.0, "variability": 0.3, "costPerPoint": 12000000},
               {"criterionId": "thu-nhap", "gap": 8, "improvementPerMonth": 0.5, "variability": 0.5, "costPerPoint": 10000000}]}
            """;
    private static final String FUNDED_PLAN = """
            {"unitCode": "QNA.TAY-GIANG.A-XAN", "villages": 2, "fundingPerMonth": 25000000, "processMonths": 3,
             "sponsorIds": ["so-nong-nghiep", "so-y-te"],
             "criteria": [
               {"criterionId": "giao-thong", "gap": 20, "improvementPerMonth": 2, "variability": 0.4, "costPerPoint": 10000000},
               {"criterionId": "nuoc-sach", "gap": 10, "improvementPerMonth": 1, "variability": 0.4, "costPerPoint": 5000000},
               {"criterionId": "an-ninh", "gap": 1, "improvementPerMonth": 0.5, "variability": 0.5, "costPerPoint": 0}]}
            """;

    /** The examples host's units: Quảng Nam's, with two villages of Tà Lu that follow it into its successor. */
    private static AdministrativeRegistry mainJobUnits() {
        String successor = Fixtures.QUANG_NAM.successorsAsOf(TA_LU, REORGANISATION).get(0).code();
        List<AdministrativeUnit> villages = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            villages.add(AdministrativeUnit.builder().code(TA_LU + ".THON-" + i).name("Thôn " + i).kind(UnitKind.VILLAGE)
                    .levelId(AdminLevel.VILLAGE)
                    .addParents(ParentLink.to(TA_LU, Validity.endingOn(REORGANISATION.minusDays(1))),
                            ParentLink.to(successor, Validity.startingOn(REORGANISATION)))
                    .build());
        }
        return Fixtures.QUANG_NAM.withUnits(villages);
    }

    private static SimulationScenario scenario(String plan, int years) throws IOException {
        return new SimulationScenario(PROGRAMME_START, years,
                new PlanSection(VillageModel.ID, "models.village", MAPPER.readTree(plan)));
    }

    @Test
    void theMainJobsVillageTrace_recordsTheSame79Commands_asBeforeTheTraceContext() throws IOException {
        traceTheMainJob(false);
    }

    /**
     * The host records its trace in a ledger that declares the programme (Tà Lu a pilot commune of Đông Giang): the
     * programme's rules (scope, order of the process) accept every command the trace records.
     */
    @Test
    void theMainJobsVillageTrace_underTheDeclaredProgramme_recordsTheSame79Commands() throws IOException {
        traceTheMainJob(true);
    }

    private void traceTheMainJob(boolean declared) throws IOException {
        AdministrativeRegistry units = mainJobUnits();
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(VillageTestKit.model()).administrativeUnits(units)
                .clock(Fixtures.CLOCK).build();
        Ledger ledger = runtime.ledger();
        ledger.submit(Fixtures.simulatedLedger(PROGRAMME_START));
        for (String sponsor : List.of("dien-ban", "so-tai-chinh")) {
            ledger.submit(RegisterSponsor.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(PROGRAMME_START)
                    .sponsor(Sponsor.builder().id(sponsor).name(sponsor).kind(SponsorKind.DEPARTMENT).contactUnit("Văn phòng")
                            .build())
                    .build());
        }
        ledger.submit(SignAgreement.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(PROGRAMME_START)
                .agreement(TwinningAgreement.builder().id("kn-dong-giang-2021").recipientUnitCode("QNA.DONG-GIANG")
                        .validFrom(PROGRAMME_START).sponsorIds(List.of("dien-ban", "so-tai-chinh"))
                        .modelIds(List.of("livestock", "training", "village")).build())
                .build());
        if (declared) {
            ledger.submit(DeclareProgramme.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(PROGRAMME_START)
                    .terms(ProgrammeTerms.builder().id("quang-nam-2021").titleVi("Thí điểm các mô hình qua công tác kết nghĩa")
                            .decision("Kế hoạch thí điểm các mô hình qua công tác kết nghĩa (mẫu kiểm thử)")
                            .provinceCode("QNA").start(PROGRAMME_START).years(5).addDistrictCodes("QNA.DONG-GIANG")
                            .addPilotCommuneCodes(TA_LU).build())
                    .build());
        }
        TraceContext context = TraceContext.builder().actor(Fixtures.PROVINCE).units(units)
                .villages(TA_LU, List.of(TA_LU + ".THON-1", TA_LU + ".THON-2"))
                .programme(PROGRAMME_START, PROGRAMME_START.plusYears(5).minusDays(1)).build();
        MonteCarloRunner runner = MonteCarloRunner.builder().masterSeed(2021).replicates(1).threads(1).build();
        int before = ledger.store().readAll().size();
        LedgerCommandSink sink = new LedgerCommandSink(ledger);

        ReplicateValues traced = runner.trace(SIMULATOR, scenario(MAIN_JOB_PLAN, 5), 0, context, sink);

        assertThat(sink.submitted()).isEqualTo(79);
        assertThat(traced).isEqualTo(runner.replicate(SIMULATOR, scenario(MAIN_JOB_PLAN, 5), 0));
        // the values the earlier code recorded for this replicate
        assertThat(yearly(traced, VillageSimulator.RECOGNISED, 5)).containsExactly(0.0, 0.0, 2.0, 2.0, 2.0);
        assertThat(yearly(traced, VillageSimulator.CRITERIA_MET, 5)).containsExactly(0.0, 4.0, 6.0, 6.0, 6.0);
        assertThat(traced.value(VillageSimulator.MONTHS_TO_RECOGNITION, 5)).contains(33.0);
        assertThat(lines(runtime, ledger, before)).containsExactlyElementsOf(fixture("/trace/main-job-village.jsonl"));
    }

    @Test
    void aFundedTrace_recordsTheSameEventsAndExpenditures_asBeforeTheTraceContext() throws IOException {
        KetnghiaRuntime runtime = VillageTestKit.runtime();
        Ledger ledger = runtime.ledger();
        ledger.submit(Fixtures.simulatedLedger(PROGRAMME_START));
        VillageTestKit.twinning(ledger);
        String activity = VillageFunding.activity(VillageTestKit.A_UR, "giao-thong");
        ledger.submit(RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.PROVINCE)
                .occurredOn(PROGRAMME_START).sourceId("kinh-phi-so-nn").name("Kinh phí kết nghĩa Sở Nông nghiệp")
                .kind(FundingSourceKind.SPONSOR).sponsorId(VillageTestKit.SPONSOR).build());
        ledger.submit(MakePledge.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.A_XAN)
                .occurredOn(PROGRAMME_START).sponsorId(VillageTestKit.SPONSOR).pledgeId("cam-ket-duong-a-ur")
                .sourceId("kinh-phi-so-nn").modelId(VillageModel.ID).activity(activity).amount(Money.ofMillions(300))
                .build());
        ledger.submit(RecordReceipt.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.A_XAN)
                .occurredOn(PROGRAMME_START).receiptId("thu-duong-a-ur").pledgeId("cam-ket-duong-a-ur")
                .amount(Money.ofMillions(300)).build());
        TraceContext context = TraceContext.builder().actor(Fixtures.PROVINCE).units(runtime.administrativeUnits())
                .villages(VillageTestKit.A_XAN, List.of(VillageTestKit.A_UR, VillageTestKit.PA_RONG))
                .programme(PROGRAMME_START, PROGRAMME_START.plusYears(4).minusDays(1)).build();
        int before = ledger.store().readAll().size();
        LedgerCommandSink sink = new LedgerCommandSink(ledger);

        ReplicateValues traced = MonteCarloRunner.builder().masterSeed(3).replicates(1).threads(1).build()
                .trace(SIMULATOR, scenario(FUNDED_PLAN, 4), 0, context, sink);

        assertThat(sink.submitted()).isEqualTo(55);
        assertThat(yearly(traced, VillageSimulator.RECOGNISED, 4)).containsExactly(0.0, 2.0, 2.0, 2.0);
        assertThat(yearly(traced, VillageSimulator.CRITERIA_MET, 4)).containsExactly(5.0, 6.0, 6.0, 6.0);
        assertThat(traced.value(VillageSimulator.MONTHS_TO_RECOGNITION, 4)).contains(16.5);
        assertThat(lines(runtime, ledger, before)).containsExactlyElementsOf(fixture("/trace/funded-a-xan.jsonl"));
    }

    private static List<Double> yearly(ReplicateValues values, String indicatorId, int years) {
        List<Double> yearly = new ArrayList<>();
        for (int year = 1; year <= years; year++) {
            yearly.add(values.value(indicatorId, year).orElseThrow());
        }
        return yearly;
    }

    /** Each traced event as the fixture has it: date, unit and payload JSON (not the actor, which now comes from the host). */
    private static List<String> lines(KetnghiaRuntime runtime, Ledger ledger, int from) throws IOException {
        List<EventEnvelope> events = ledger.store().readAll();
        List<String> lines = new ArrayList<>();
        for (EventEnvelope event : events.subList(from, events.size())) {
            lines.add("{\"occurredOn\":\"" + event.occurredOn() + "\",\"unitCode\":\"" + event.unitCode()
                    + "\",\"payload\":" + runtime.objectMapper().writeValueAsString(event.payload()) + "}");
        }
        return lines;
    }

    private static List<String> fixture(String name) throws IOException {
        try (InputStream in = VillageTraceFixtureTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
