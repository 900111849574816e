package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.village.VillageTestKit.A_UR;
import static org.ketnghia.village.VillageTestKit.A_XAN;
import static org.ketnghia.village.VillageTestKit.HUNG_SON;
import static org.ketnghia.village.VillageTestKit.PA_RONG;
import static org.ketnghia.village.VillageTestKit.SPONSOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.ContributionForm;
import org.ketnghia.core.funding.CounterpartContributor;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordCounterpartContribution;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeRegistry;
import org.ketnghia.core.programme.ProgrammeTarget;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.criteria.Reading;
import org.ketnghia.village.reporting.VillageFunding;
import org.ketnghia.village.reporting.VillageIndicators;
import org.ketnghia.village.scheme.CriterionStatus;
import org.ketnghia.village.scheme.IndicatorReading;
import org.ketnghia.village.scheme.RecognitionStage;
import org.ketnghia.village.scheme.RevokeRecognition;
import org.ketnghia.village.scheme.SponsorAssignment;
import org.ketnghia.village.scheme.VillageProgress;
import org.ketnghia.village.scheme.VillageRegistry;

/**
 * Two villages of Tây Giang taken from baseline to recognition under the sample set, across the
 * 2025 merger of communes, in a programme whose pilot communes are theirs (A Xan and A Nông); A Ur
 * passes its re-assessment, Pà Rồng fails it and loses recognition.
 */
class VillageProgrammeTest {

    private static final CriteriaSet SAMPLE = CriteriaSets.sample();
    private static final LocalDate BASELINE_ON = LocalDate.of(2024, 4, 1);
    private static final LocalDate AFTER_MERGER = LocalDate.of(2025, 9, 1);
    private static final LocalDate ALL_MET_ON = LocalDate.of(2025, 10, 1);
    private static final LocalDate A_UR_RECOGNISED_ON = LocalDate.of(2026, 1, 15);
    private static final LocalDate PA_RONG_RECOGNISED_ON = LocalDate.of(2026, 1, 20);
    private static final LocalDate REASSESSED_ON = LocalDate.of(2026, 4, 1);
    private static final LocalDate REVOKED_ON = LocalDate.of(2026, 5, 4);

    private final KetnghiaRuntime runtime = VillageTestKit.runtime();
    private final Ledger ledger = runtime.ledger();

    @BeforeEach
    void runTheScheme() {
        playTheScheme(ledger::submit);
    }

    /**
     * The scheme of both villages, from the twinning to Pà Rồng's revocation on 4 May 2026, sent to {@code sink}
     * (a ledger, or a list collecting the commands).
     */
    static void playTheScheme(CommandSink sink) {
        VillageTestKit.twinning(sink);
        sink.submit(VillageTestKit.programme(A_XAN, Participants.A_NONG));
        sink.submit(VillageTestKit.adopt(SAMPLE));
        sink.submit(VillageTestKit.register(A_UR, SAMPLE.id(), VillageTestKit.REGISTERED_ON));
        sink.submit(VillageTestKit.register(PA_RONG, SAMPLE.id(), VillageTestKit.REGISTERED_ON));
        sink.submit(VillageTestKit.baseline(A_UR, BASELINE_ON,
                VillageTestKit.readings(SAMPLE, 1, Map.of("giao-thong", false, "moi-truong", false))));
        sink.submit(VillageTestKit.baseline(PA_RONG, BASELINE_ON,
                VillageTestKit.readings(SAMPLE, 1, Map.of("nuoc-sach", false, "thu-nhap", false))));
        sink.submit(VillageTestKit.takeOn(A_UR, SPONSOR, LocalDate.of(2024, 5, 2), "giao-thong"));
        sink.submit(VillageTestKit.takeOn(A_UR, SPONSOR, AFTER_MERGER, "moi-truong"));
        sink.submit(VillageTestKit.takeOn(PA_RONG, SPONSOR, AFTER_MERGER, "nuoc-sach", "thu-nhap"));
        fundTransportInAUr(sink);
        sink.submit(VillageTestKit.measure(A_UR, LocalDate.of(2025, 3, 1), false,
                VillageTestKit.readings(SAMPLE, 1, Map.of("moi-truong", false))));
        sink.submit(VillageTestKit.measure(A_UR, ALL_MET_ON, false, VillageTestKit.readings(SAMPLE, 1, Map.of())));
        sink.submit(VillageTestKit.measure(PA_RONG, ALL_MET_ON, false, VillageTestKit.readings(SAMPLE, 1, Map.of())));
        VillageTestKit.stepsToDossier(sink, A_UR, LocalDate.of(2025, 11, 3));
        VillageTestKit.stepsToDossier(sink, PA_RONG, LocalDate.of(2025, 11, 10));
        sink.submit(VillageTestKit.recognise(A_UR, A_UR_RECOGNISED_ON, "12/QĐ-UBND"));
        sink.submit(VillageTestKit.recognise(PA_RONG, PA_RONG_RECOGNISED_ON, "13/QĐ-UBND"));
        sink.submit(VillageTestKit.measure(A_UR, REASSESSED_ON, true, VillageTestKit.readings(SAMPLE, 1, Map.of())));
        sink.submit(VillageTestKit.measure(PA_RONG, REASSESSED_ON, true,
                VillageTestKit.readings(SAMPLE, 1, Map.of("thu-nhap", false))));
        sink.submit(RevokeRecognition.builder().actor(Fixtures.PROVINCE).unitCode(PA_RONG).occurredOn(REVOKED_ON)
                .decisionNumber("45/QĐ-UBND").reason("Thu nhập bình quân không còn đạt khi đánh giá lại").build());
    }

    private static void fundTransportInAUr(CommandSink sink) {
        LocalDate on = LocalDate.of(2024, 6, 3);
        String activity = VillageFunding.activity(A_UR, "giao-thong");
        sink.submit(RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.PROVINCE)
                .occurredOn(on).sourceId("kinh-phi-so-nn").name("Kinh phí kết nghĩa Sở Nông nghiệp")
                .kind(FundingSourceKind.SPONSOR).sponsorId(SPONSOR).build());
        sink.submit(RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.PROVINCE)
                .occurredOn(on).sourceId("doi-ung-xa-a-xan").name("Đối ứng ngân sách xã A Xan")
                .kind(FundingSourceKind.LOCAL_COUNTERPART).build());
        sink.submit(RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.PROVINCE)
                .occurredOn(on).sourceId("doi-ung-ho-dan-a-ur").name("Ngày công của hộ dân thôn A Ur")
                .kind(FundingSourceKind.HOUSEHOLD_COUNTERPART).build());
        sink.submit(MakePledge.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(on).sponsorId(SPONSOR)
                .pledgeId("cam-ket-duong-a-ur").sourceId("kinh-phi-so-nn").modelId(VillageModel.ID).activity(activity)
                .amount(Money.ofMillions(300)).build());
        sink.submit(RecordReceipt.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(on.plusDays(10))
                .receiptId("thu-duong-a-ur").pledgeId("cam-ket-duong-a-ur").amount(Money.ofMillions(240)).build());
        sink.submit(RecordCounterpartContribution.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(on.plusDays(12)).contributionId("doi-ung-xa-1").sourceId("doi-ung-xa-a-xan")
                .contributor(CounterpartContributor.COMMUNE).form(ContributionForm.CASH).modelId(VillageModel.ID)
                .activity(activity).description("Xã đối ứng xi măng đường trục thôn").amount(Money.ofMillions(40))
                .build());
        sink.submit(RecordCounterpartContribution.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(on.plusDays(20)).contributionId("ngay-cong-1").sourceId("doi-ung-ho-dan-a-ur")
                .contributor(CounterpartContributor.HOUSEHOLDS).form(ContributionForm.LABOUR).modelId(VillageModel.ID)
                .activity(activity).description("Hộ dân góp ngày công làm đường").quantity(400)
                .unitValue(Money.ofDong(200_000)).build());
    }

    @Test
    void bothVillages_wentFromBaselineToRecognition_andOnlyAUrKeepsIt() {
        VillageProgress aUr = progress(A_UR);
        VillageProgress paRong = progress(PA_RONG);

        assertThat(aUr.stage()).isEqualTo(RecognitionStage.RECOGNISED);
        assertThat(aUr.recognitionDecision()).contains("12/QĐ-UBND");
        assertThat(aUr.recognisedOn()).contains(A_UR_RECOGNISED_ON);
        assertThat(aUr.allCriteriaMet()).isTrue();
        assertThat(paRong.stage()).isEqualTo(RecognitionStage.REVOKED);
        assertThat(paRong.revokedOn()).contains(REVOKED_ON);
        assertThat(paRong.unmetCriteria()).containsExactly("thu-nhap");
    }

    @Test
    void passedReassessment_marksEveryCriterionReVerified_andFailedOneShowsTheUnmetCriterion() {
        assertThat(progress(A_UR).criteria().values()).containsOnly(CriterionStatus.RE_VERIFIED).hasSize(9);
        Map<String, CriterionStatus> paRong = progress(PA_RONG).criteria();
        assertThat(paRong).containsEntry("thu-nhap", CriterionStatus.NOT_MET).containsEntry("giao-thong",
                CriterionStatus.MET);
    }

    @Test
    void baselineStatus_isRecomputedFromTheLatestMeasurementOfEachIndicator() {
        List<VillageRegistry.DatedReading> roads = ledger.read(VillageRegistry.class,
                registry -> registry.history(A_UR, "giao-thong.duong-truc-thon"));

        assertThat(roads).extracting(VillageRegistry.DatedReading::measuredOn)
                .containsExactly(BASELINE_ON, LocalDate.of(2025, 3, 1), ALL_MET_ON, REASSESSED_ON);
        assertThat(roads.get(0).reading()).isEqualTo(Reading.of(69));
        assertThat(roads.get(3).reassessment()).isTrue();
        assertThat(roads).allSatisfy(reading -> assertThat(reading.evidence()).isNotBlank());
    }

    @Test
    void zoneFollowsTheCommune_andSurvivesTheMerger_whileTheSponsorStaysTwinnedThroughTheDistrictAgreement() {
        VillageProgress aUr = progress(A_UR);

        assertThat(aUr.zone()).isEqualTo(1);
        assertThat(aUr.communeCodeAtRegistration()).isEqualTo(A_XAN);
        assertThat(runtime.administrativeUnits().modelVillageZoneAsOf(A_UR, LocalDate.of(2026, 1, 1))).hasValue(1);
        assertThat(aUr.assignments()).extracting(SponsorAssignment::criterionId, SponsorAssignment::sponsorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("giao-thong", SPONSOR),
                        org.assertj.core.groups.Tuple.tuple("moi-truong", SPONSOR));
        List<String> communes = ledger.store().readAll().stream()
                .map(event -> event.payloadAs(org.ketnghia.village.scheme.CriteriaTakenOn.class))
                .flatMap(java.util.Optional::stream).filter(taken -> taken.villageCode().equals(A_UR))
                .map(org.ketnghia.village.scheme.CriteriaTakenOn::communeCode).toList();
        assertThat(communes).containsExactly(A_XAN, HUNG_SON);
    }

    @Test
    void fundingBySource_includesTheCounterpartOfCommuneAndHouseholds_throughTheCoreFundingLedger() {
        Map<FundingSourceKind, Money> bySource = ledger.read(FundingLedger.class,
                funds -> VillageFunding.bySourceKind(funds, A_UR));
        Money counterpart = ledger.read(FundingLedger.class, funds -> VillageFunding.counterpart(funds, A_UR));
        Map<String, Money> sponsorByCriterion = ledger.read(FundingLedger.class,
                VillageFunding::sponsorContributionsByCriterion);

        assertThat(bySource).containsEntry(FundingSourceKind.SPONSOR, Money.ofMillions(240))
                .containsEntry(FundingSourceKind.LOCAL_COUNTERPART, Money.ofMillions(40))
                .containsEntry(FundingSourceKind.HOUSEHOLD_COUNTERPART, Money.ofMillions(80));
        assertThat(counterpart).isEqualTo(Money.ofMillions(120));
        assertThat(sponsorByCriterion).containsExactly(Map.entry("giao-thong", Money.ofMillions(240)));
        Money balance = ledger.read(FundingLedger.class, funds -> funds.availableFor(A_XAN,
                VillageFunding.purpose(A_UR, "giao-thong")));
        assertThat(balance).isEqualTo(Money.ofMillions(280));
    }

    @Test
    void reportOf2026_countsRecognitionsAtTheEnd_criteriaMet_monthsToRecognition_andCounterpartShare() {
        Report report = new ReportBuilder(runtime.administrativeUnits()).addAll(VillageTestKit.indicatorSources(runtime))
                .build(ReportingPeriod.calendarYear(2026), ledger.store().readAll());
        Report report2024 = new ReportBuilder(runtime.administrativeUnits()).addAll(VillageTestKit.indicatorSources(runtime))
                .build(ReportingPeriod.calendarYear(2024), ledger.store().readAll());

        assertThat(report.total(VillageIndicators.VILLAGES_RECOGNISED.id())).contains(IndicatorValue.of(1));
        assertThat(report.total(VillageIndicators.CRITERIA_MET.id())).contains(IndicatorValue.of(17));
        assertThat(report.total(VillageIndicators.CRITERIA_MET_SHARE.id())).contains(IndicatorValue.ratio(17, 18));
        assertThat(report.total(VillageIndicators.MONTHS_TO_RECOGNITION.id()))
                .contains(IndicatorValue.weighted(22 + 22, 2));
        assertThat(report2024.total(VillageIndicators.VILLAGES_REGISTERED.id())).contains(IndicatorValue.of(2));
        assertThat(report2024.total(VillageIndicators.CRITERIA_MET.id())).contains(IndicatorValue.of(14));
        assertThat(report2024.total(VillageIndicators.SPONSOR_CONTRIBUTIONS.id()))
                .contains(IndicatorValue.of(Money.ofMillions(240)));
        assertThat(report2024.total(VillageIndicators.COUNTERPART_SHARE.id()))
                .contains(IndicatorValue.ratio(Money.ofMillions(120).dong(), Money.ofMillions(360).dong()));
    }

    @Test
    void revokedVillage_mayWorkBackToANewRecognition() {
        ledger.submit(VillageTestKit.measure(PA_RONG, LocalDate.of(2026, 5, 8), false,
                VillageTestKit.readings(SAMPLE, 1, Map.of())));
        VillageTestKit.stepsToDossier(ledger, PA_RONG, LocalDate.of(2026, 5, 11));
        ledger.submit(VillageTestKit.recognise(PA_RONG, LocalDate.of(2026, 6, 1), "60/QĐ-UBND"));

        VillageProgress paRong = progress(PA_RONG);
        assertThat(paRong.stage()).isEqualTo(RecognitionStage.RECOGNISED);
        assertThat(paRong.recognitionDecision()).contains("60/QĐ-UBND");
        assertThat(paRong.revokedOn()).isEmpty();
        assertThat(paRong.criteria().values()).containsOnly(CriterionStatus.MET);
    }

    @Test
    void recognitionRule_explainsEachCriterion() {
        var rule = new org.ketnghia.village.scheme.RecognitionEligibility();

        var aUr = rule.evaluate(progress(A_UR));
        var paRong = rule.evaluate(progress(PA_RONG));

        assertThat(aUr.eligible()).isTrue();
        assertThat(aUr.reasons()).hasSize(9);
        assertThat(paRong.eligible()).isFalse();
        assertThat(paRong.unmetReasons()).singleElement()
                .satisfies(reason -> assertThat(reason.messageVi()).isEqualTo("Tiêu chí thu-nhap: Chưa đạt"));
        assertThat(VillageTestKit.model().eligibilityRules()).extracting(r -> r.id())
                .containsExactly(org.ketnghia.village.scheme.RecognitionEligibility.ID);
    }

    @Test
    void perCriterionAcrossVillages_andRebuiltProjections_giveTheSameAnswer() {
        Map<String, Long> before = ledger.read(VillageRegistry.class, VillageRegistry::villagesMeetingEachCriterion);
        assertThat(before).containsEntry("giao-thong", 2L).containsEntry("thu-nhap", 1L).hasSize(9);

        ledger.rebuildProjections();

        Map<String, Long> after = ledger.read(VillageRegistry.class, VillageRegistry::villagesMeetingEachCriterion);
        assertThat(after).isEqualTo(before);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }

    @Test
    void theProgrammesVillageTargets_nameTheModelsIndicators_andTheReportOverTheProgrammeReadsAgainstThem() {
        ProgrammeTerms terms = ledger.read(ProgrammeRegistry.class,
                registry -> registry.programme(VillageTestKit.PROGRAMME_ID).orElseThrow());
        List<String> declared = VillageTestKit.model().indicators().stream().map(IndicatorDefinition::id).toList();
        Report overTheProgramme = new ReportBuilder(runtime.administrativeUnits())
                .addAll(VillageTestKit.indicatorSources(runtime))
                .build(ReportingPeriod.custom(terms.start(), terms.lastDay(), "Cả kế hoạch", "The whole programme"),
                        ledger.store().readAll());

        assertThat(terms.targets()).extracting(ProgrammeTarget::indicatorId)
                .containsExactly("village.villages-registered", "village.villages-recognised",
                        "village.criteria-met-per-village")
                .allSatisfy(id -> assertThat(declared).contains(id));
        assertThat(overTheProgramme.total(VillageIndicators.VILLAGES_REGISTERED.id())).contains(IndicatorValue.of(2));
        assertThat(overTheProgramme.total(VillageIndicators.VILLAGES_RECOGNISED.id())).contains(IndicatorValue.of(1));
        assertThat(overTheProgramme.total(VillageIndicators.CRITERIA_MET_PER_VILLAGE.id()))
                .contains(IndicatorValue.weighted(9 + 8, 2));
    }

    private VillageProgress progress(String village) {
        return ledger.read(VillageRegistry.class, registry -> registry.village(village)).orElseThrow();
    }

}
