package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.village.VillageTestKit.A_UR;
import static org.ketnghia.village.VillageTestKit.PA_RONG;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.criteria.Reading;
import org.ketnghia.village.scheme.IndicatorReading;
import org.ketnghia.village.scheme.RecognitionStep;
import org.ketnghia.village.scheme.RevokeRecognition;
import org.ketnghia.village.scheme.VillageRegistry;

/** Every refusal of the model: a code, a clear message in both languages, and nothing appended. */
class VillageRefusalTest {

    private static final CriteriaSet SAMPLE = CriteriaSets.sample();
    private static final LocalDate BASELINE_ON = LocalDate.of(2024, 4, 1);
    private static final LocalDate LATER = LocalDate.of(2025, 10, 1);

    private final Ledger ledger = VillageTestKit.runtime().ledger();

    @BeforeEach
    void aUrHasItsBaseline() {
        VillageTestKit.twinning(ledger);
        ledger.submit(VillageTestKit.adopt(SAMPLE));
        ledger.submit(VillageTestKit.register(A_UR, SAMPLE.id(), VillageTestKit.REGISTERED_ON));
        ledger.submit(VillageTestKit.baseline(A_UR, BASELINE_ON,
                VillageTestKit.readings(SAMPLE, 1, Map.of("giao-thong", false))));
    }

    private void assertRefused(Command command, ErrorCode... codes) {
        long before = ledger.lastSequence();
        int villages = ledger.read(VillageRegistry.class, registry -> registry.villages().size());
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.problems()).extracting(Problem::code).contains(codes);
            assertThat(e.problems()).allSatisfy(problem -> {
                assertThat(problem.messageVi()).isNotBlank().doesNotContain("{0}");
                assertThat(problem.messageEn()).isNotBlank().doesNotContain("{0}");
            });
        });
        assertThat(ledger.lastSequence()).isEqualTo(before);
        int villagesAfter = ledger.read(VillageRegistry.class, registry -> registry.villages().size());
        assertThat(villagesAfter).isEqualTo(villages);
    }

    @Test
    void measurementOfAnIndicatorNotInTheSet_isRefused() {
        assertRefused(VillageTestKit.measure(A_UR, LATER, false,
                VillageTestKit.reading("giao-thong.cau-treo", Reading.of(true))), VillageErrorCode.VILLAGE_UNKNOWN_INDICATOR);
    }

    @Test
    void percentageAbove100_isRefused() {
        assertRefused(VillageTestKit.measure(A_UR, LATER, false, VillageTestKit.reading("giao-thong.duong-truc-thon",
                Reading.of(new BigDecimal("101")))), VillageErrorCode.VILLAGE_PERCENTAGE_OUT_OF_RANGE);
    }

    @Test
    void recognitionWhileACriterionIsUnmet_isRefused() {
        ledger.submit(VillageTestKit.measure(A_UR, LATER, false, VillageTestKit.readings(SAMPLE, 1, Map.of())));
        VillageTestKit.stepsToDossier(ledger, A_UR, LocalDate.of(2025, 11, 3));
        ledger.submit(VillageTestKit.measure(A_UR, LocalDate.of(2026, 1, 5), false,
                VillageTestKit.reading("dien.ho-dung-dien-an-toan", Reading.of(90))));

        assertRefused(VillageTestKit.recognise(A_UR, LocalDate.of(2026, 1, 15), "12/QĐ-UBND"),
                VillageErrorCode.VILLAGE_CRITERION_NOT_MET);
    }

    @Test
    void selfAssessmentWhileACriterionIsUnmet_isRefused() {
        assertRefused(VillageTestKit.step(A_UR, RecognitionStep.SELF_ASSESSMENT, LATER, false),
                VillageErrorCode.VILLAGE_CRITERION_NOT_MET);
    }

    @Test
    void sponsorTakingACriterionInAVillageItIsNotTwinnedWith_isRefused() {
        assertRefused(VillageTestKit.takeOn(A_UR, VillageTestKit.OTHER_SPONSOR, LATER, "giao-thong"),
                VillageErrorCode.VILLAGE_SPONSOR_NOT_TWINNED);
    }

    @Test
    void sponsorTakingAnUnknownCriterionOrOneItAlreadyTook_isRefused() {
        ledger.submit(VillageTestKit.takeOn(A_UR, VillageTestKit.SPONSOR, LATER, "giao-thong"));

        assertRefused(VillageTestKit.takeOn(A_UR, VillageTestKit.SPONSOR, LATER, "giao-thong", "cau-cong"),
                VillageErrorCode.VILLAGE_CRITERION_ALREADY_TAKEN, VillageErrorCode.VILLAGE_UNKNOWN_CRITERION);
        assertRefused(VillageTestKit.takeOn(A_UR, "khong-co", LATER, "dien"), VillageErrorCode.VILLAGE_UNKNOWN_SPONSOR);
    }

    @Test
    void criteriaFileWithAZoneMissingAThreshold_isRefusedWhenAdopted() throws IOException {
        CriteriaSet broken;
        try (InputStream in = getClass().getResourceAsStream("/broken-criteria-set.json")) {
            broken = org.ketnghia.core.json.KetnghiaJson.newObjectMapper().readValue(in, CriteriaSet.class);
        }

        assertRefused(VillageTestKit.adopt(broken), VillageErrorCode.VILLAGE_SET_ZONE_THRESHOLD_MISSING,
                VillageErrorCode.VILLAGE_SET_DUPLICATE_ID);
        assertRefused(VillageTestKit.adopt(SAMPLE), VillageErrorCode.VILLAGE_SET_ALREADY_ADOPTED);
    }

    @Test
    void registrationOfANonVillageAVillageWithoutZoneOrTwice_isRefused() {
        assertRefused(VillageTestKit.register(VillageTestKit.A_XAN, SAMPLE.id(), VillageTestKit.REGISTERED_ON),
                VillageErrorCode.VILLAGE_NOT_A_VILLAGE);
        assertRefused(VillageTestKit.register(VillageTestKit.NO_ZONE_VILLAGE, SAMPLE.id(), LATER),
                VillageErrorCode.VILLAGE_ZONE_UNKNOWN);
        assertRefused(VillageTestKit.register(A_UR, SAMPLE.id(), LATER), VillageErrorCode.VILLAGE_ALREADY_REGISTERED);
        assertRefused(VillageTestKit.register(PA_RONG, "khong-co", LATER), VillageErrorCode.VILLAGE_SET_UNKNOWN);
    }

    @Test
    void baselineMissingAnIndicatorOrGivenTwice_isRefused() {
        ledger.submit(VillageTestKit.register(PA_RONG, SAMPLE.id(), VillageTestKit.REGISTERED_ON));
        List<IndicatorReading> partial = VillageTestKit.readings(SAMPLE, 1, Map.of()).subList(1, 5);

        assertRefused(VillageTestKit.baseline(PA_RONG, BASELINE_ON, partial), VillageErrorCode.VILLAGE_BASELINE_INCOMPLETE);
        assertRefused(VillageTestKit.baseline(A_UR, BASELINE_ON, VillageTestKit.readings(SAMPLE, 1, Map.of())),
                VillageErrorCode.VILLAGE_BASELINE_ALREADY_ASSESSED);
        assertRefused(VillageTestKit.measure(PA_RONG, LATER, false,
                VillageTestKit.reading("dien.ho-dung-dien-an-toan", Reading.of(99))), VillageErrorCode.VILLAGE_BASELINE_MISSING);
    }

    @Test
    void readingOfTheWrongFormOrAMeasurementOfAnUnregisteredVillage_isRefused() {
        assertRefused(VillageTestKit.measure(A_UR, LATER, false,
                VillageTestKit.reading("thu-nhap.binh-quan-dau-nguoi", Reading.of(50))),
                VillageErrorCode.VILLAGE_READING_KIND_MISMATCH);
        assertRefused(VillageTestKit.measure(PA_RONG, LATER, false,
                VillageTestKit.reading("dien.ho-dung-dien-an-toan", Reading.of(99))), VillageErrorCode.VILLAGE_NOT_REGISTERED);
        assertRefused(VillageTestKit.measure(A_UR, LATER, true,
                VillageTestKit.reading("dien.ho-dung-dien-an-toan", Reading.of(99))), VillageErrorCode.VILLAGE_NOT_RECOGNISED);
    }

    @Test
    void stepsOutOfOrder_andRevocationWithoutAFailedReassessment_areRefused() {
        ledger.submit(VillageTestKit.measure(A_UR, LATER, false, VillageTestKit.readings(SAMPLE, 1, Map.of())));
        assertRefused(VillageTestKit.step(A_UR, RecognitionStep.INSPECTION, LATER, false),
                VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER);
        assertRefused(VillageTestKit.recognise(A_UR, LATER, "12/QĐ-UBND"), VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER);
        VillageTestKit.stepsToDossier(ledger, A_UR, LocalDate.of(2025, 11, 3));
        ledger.submit(VillageTestKit.recognise(A_UR, LocalDate.of(2026, 1, 15), "12/QĐ-UBND"));

        RevokeRecognition revoke = RevokeRecognition.builder().actor(Fixtures.PROVINCE).unitCode(A_UR)
                .occurredOn(LocalDate.of(2026, 5, 1)).decisionNumber("45/QĐ-UBND").reason("Thử thu hồi").build();
        assertRefused(revoke, VillageErrorCode.VILLAGE_NO_REASSESSMENT);
        ledger.submit(VillageTestKit.measure(A_UR, LocalDate.of(2026, 4, 1), true,
                VillageTestKit.readings(SAMPLE, 1, Map.of())));
        assertRefused(revoke, VillageErrorCode.VILLAGE_REASSESSMENT_PASSED);
        assertRefused(VillageTestKit.recognise(A_UR, LocalDate.of(2026, 5, 1), "12/QĐ-UBND"),
                VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER, VillageErrorCode.VILLAGE_DECISION_IN_USE);
    }

    @Test
    void sponsorsPlan_beforeTheBaselineAssessment_orDatedBeforeIt_isRefused() {
        ledger.submit(VillageTestKit.register(PA_RONG, SAMPLE.id(), VillageTestKit.REGISTERED_ON));

        assertRefused(VillageTestKit.takeOn(PA_RONG, VillageTestKit.SPONSOR, LATER, "giao-thong"),
                VillageErrorCode.VILLAGE_BASELINE_MISSING);
        assertRefused(VillageTestKit.takeOn(A_UR, VillageTestKit.SPONSOR, BASELINE_ON.minusDays(1), "giao-thong"),
                VillageErrorCode.VILLAGE_PLAN_BEFORE_BASELINE);
        ledger.submit(VillageTestKit.takeOn(A_UR, VillageTestKit.SPONSOR, BASELINE_ON, "giao-thong"));
    }

    @Test
    void recognitionOrDossier_beforeTheInspection_isRefused() {
        ledger.submit(VillageTestKit.measure(A_UR, LATER, false, VillageTestKit.readings(SAMPLE, 1, Map.of())));
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.SELF_ASSESSMENT, LocalDate.of(2025, 11, 3), false));
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.COMMUNE_PROPOSAL, LocalDate.of(2025, 11, 10), false));

        assertRefused(VillageTestKit.step(A_UR, RecognitionStep.DOSSIER, LocalDate.of(2025, 11, 17), false),
                VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER);
        assertRefused(VillageTestKit.recognise(A_UR, LocalDate.of(2025, 11, 17), "12/QĐ-UBND"),
                VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER);
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.INSPECTION, LocalDate.of(2025, 11, 17), false));
        assertRefused(VillageTestKit.recognise(A_UR, LocalDate.of(2025, 11, 24), "12/QĐ-UBND"),
                VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER);
    }

    @Test
    void stepsDecisionReassessmentAndRevocation_datedBeforeWhatTheyFollow_areRefused() {
        ledger.submit(VillageTestKit.measure(A_UR, LATER, false, VillageTestKit.readings(SAMPLE, 1, Map.of())));
        assertRefused(VillageTestKit.step(A_UR, RecognitionStep.SELF_ASSESSMENT, LATER.minusDays(1), false),
                VillageErrorCode.VILLAGE_SELF_ASSESSMENT_BEFORE_MEASUREMENT);
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.SELF_ASSESSMENT, LocalDate.of(2025, 11, 3), false));
        assertRefused(VillageTestKit.step(A_UR, RecognitionStep.COMMUNE_PROPOSAL, LocalDate.of(2025, 11, 2), false),
                VillageErrorCode.VILLAGE_STEP_BEFORE_PREVIOUS);
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.COMMUNE_PROPOSAL, LocalDate.of(2025, 11, 10), false));
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.INSPECTION, LocalDate.of(2025, 11, 17), false));
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.DOSSIER, LocalDate.of(2025, 11, 24), false));
        assertRefused(VillageTestKit.recognise(A_UR, LocalDate.of(2025, 11, 20), "12/QĐ-UBND"),
                VillageErrorCode.VILLAGE_STEP_BEFORE_PREVIOUS);
        ledger.submit(VillageTestKit.recognise(A_UR, LocalDate.of(2026, 1, 15), "12/QĐ-UBND"));

        assertRefused(VillageTestKit.measure(A_UR, LocalDate.of(2026, 1, 10), true,
                VillageTestKit.readings(SAMPLE, 1, Map.of("thu-nhap", false))),
                VillageErrorCode.VILLAGE_REASSESSMENT_BEFORE_RECOGNITION);
        ledger.submit(VillageTestKit.measure(A_UR, LocalDate.of(2026, 4, 1), true,
                VillageTestKit.readings(SAMPLE, 1, Map.of("thu-nhap", false))));
        RevokeRecognition.Builder revoke = RevokeRecognition.builder().actor(Fixtures.PROVINCE).unitCode(A_UR)
                .decisionNumber("45/QĐ-UBND").reason("Thu nhập không còn đạt khi đánh giá lại");
        assertRefused(revoke.occurredOn(LocalDate.of(2026, 3, 1)).build(),
                VillageErrorCode.VILLAGE_REVOCATION_BEFORE_REASSESSMENT);
        ledger.submit(revoke.occurredOn(LocalDate.of(2026, 5, 4)).build());

        assertThat(ledger.read(VillageRegistry.class, registry -> registry.village(A_UR)).orElseThrow())
                .satisfies(village -> {
                    assertThat(village.stage()).isEqualTo(org.ketnghia.village.scheme.RecognitionStage.REVOKED);
                    assertThat(village.stageSince()).isEqualTo(LocalDate.of(2026, 5, 4));
                    assertThat(village.lastMeasuredOn()).contains(LocalDate.of(2026, 4, 1));
                });
    }

    @Test
    void failedInspection_sendsTheVillageBackToWork() {
        ledger.submit(VillageTestKit.measure(A_UR, LATER, false, VillageTestKit.readings(SAMPLE, 1, Map.of())));
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.SELF_ASSESSMENT, LocalDate.of(2025, 11, 3), false));
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.COMMUNE_PROPOSAL, LocalDate.of(2025, 11, 10), false));
        ledger.submit(VillageTestKit.step(A_UR, RecognitionStep.INSPECTION, LocalDate.of(2025, 11, 17), true));

        assertThat(ledger.read(VillageRegistry.class, registry -> registry.village(A_UR)).orElseThrow().stage())
                .isEqualTo(org.ketnghia.village.scheme.RecognitionStage.IN_PROGRESS);
        assertRefused(VillageTestKit.step(A_UR, RecognitionStep.DOSSIER, LocalDate.of(2025, 11, 24), false),
                VillageErrorCode.VILLAGE_STEP_OUT_OF_ORDER);
    }
}
