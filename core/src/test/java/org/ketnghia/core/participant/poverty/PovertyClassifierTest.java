package org.ketnghia.core.participant.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.participant.poverty.Households.THREE_COMMON_DEPRIVATIONS;
import static org.ketnghia.core.participant.poverty.Households.TWO_COMMON_DEPRIVATIONS;
import static org.ketnghia.core.participant.poverty.Households.assessment;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketnghia.core.money.Money;

class PovertyClassifierTest {

    private final PovertyClassifier classifier = PovertyClassifier.official();

    /** date, area, income line, average-living ceiling, standard: both sides of every threshold, both decrees. */
    private static final String THRESHOLDS = """
            2022-01-01, RURAL, 1500000, 2250000, 07/2021/NĐ-CP
            2026-12-31, RURAL, 1500000, 2250000, 07/2021/NĐ-CP
            2026-12-31, URBAN, 2000000, 3000000, 07/2021/NĐ-CP
            2027-01-01, RURAL, 2200000, 3300000, 351/2025/NĐ-CP
            2027-01-01, URBAN, 2800000, 4200000, 351/2025/NĐ-CP
            """;

    @ParameterizedTest
    @CsvSource(textBlock = THRESHOLDS)
    void incomeExactlyAtLine_withThreeDeprivations_isPoor(String date, Area area, long line, long ceiling, String standard) {
        PovertyClassification result = classifier.classify(assessment(date, area, line, THREE_COMMON_DEPRIVATIONS));

        assertThat(result.category()).isEqualTo(PovertyCategory.POOR);
        assertThat(result.standardId()).isEqualTo(standard);
        assertThat(result.incomeLine()).isEqualTo(Money.ofDong(line));
        assertThat(result.deprivationCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(textBlock = THRESHOLDS)
    void incomeExactlyAtLine_withTwoDeprivations_isNearPoor(String date, Area area, long line, long ceiling, String standard) {
        PovertyClassification result = classifier.classify(assessment(date, area, line, TWO_COMMON_DEPRIVATIONS));

        assertThat(result.category()).isEqualTo(PovertyCategory.NEAR_POOR);
    }

    @ParameterizedTest
    @CsvSource(textBlock = THRESHOLDS)
    void oneDongAboveLine_isAverageLivingStandard_evenWithManyDeprivations(
            String date, Area area, long line, long ceiling, String standard) {
        PovertyClassification result = classifier.classify(assessment(date, area, line + 1,
                "employment", "dependants", "nutrition", "health-insurance", "water-source"));

        assertThat(result.category()).isEqualTo(PovertyCategory.AVERAGE_LIVING_STANDARD);
    }

    @ParameterizedTest
    @CsvSource(textBlock = THRESHOLDS)
    void incomeExactlyAtCeiling_isAverageLivingStandard(String date, Area area, long line, long ceiling, String standard) {
        PovertyClassification result = classifier.classify(assessment(date, area, ceiling));

        assertThat(result.category()).isEqualTo(PovertyCategory.AVERAGE_LIVING_STANDARD);
        assertThat(result.averageLivingCeiling()).isEqualTo(Money.ofDong(ceiling));
    }

    @ParameterizedTest
    @CsvSource(textBlock = THRESHOLDS)
    void oneDongAboveCeiling_isAboveAverage(String date, Area area, long line, long ceiling, String standard) {
        PovertyClassification result = classifier.classify(assessment(date, area, ceiling + 1));

        assertThat(result.category()).isEqualTo(PovertyCategory.ABOVE_AVERAGE);
    }

    @Test
    void noIncomeAndNoDeprivation_isNearPoor() {
        PovertyClassification result = classifier.classify(assessment("2024-10-01", Area.RURAL, 0));

        assertThat(result.category()).isEqualTo(PovertyCategory.NEAR_POOR);
        assertThat(result.explanationVi()).contains("thiếu hụt 0/12 chỉ số (< 3).");
    }

    @Test
    void sameIncome_isPoorInTown_butAverageInTheCountryside() {
        PovertyAssessment rural = assessment("2025-10-01", Area.RURAL, 1_800_000, THREE_COMMON_DEPRIVATIONS);
        PovertyAssessment urban = assessment("2025-10-01", Area.URBAN, 1_800_000, THREE_COMMON_DEPRIVATIONS);

        assertThat(classifier.classify(rural).category()).isEqualTo(PovertyCategory.AVERAGE_LIVING_STANDARD);
        assertThat(classifier.classify(urban).category()).isEqualTo(PovertyCategory.POOR);
    }

    @Test
    void sameHousehold_becomesPoor_whenTheLineRisesOnNewYear2027() {
        PovertyAssessment lastDayOfOldStandard = assessment("2026-12-31", Area.RURAL, 1_800_000, THREE_COMMON_DEPRIVATIONS);
        PovertyAssessment firstDayOfNewStandard = assessment("2027-01-01", Area.RURAL, 1_800_000, THREE_COMMON_DEPRIVATIONS);

        PovertyClassification before = classifier.classify(lastDayOfOldStandard);
        PovertyClassification after = classifier.classify(firstDayOfNewStandard);

        assertThat(before.category()).isEqualTo(PovertyCategory.AVERAGE_LIVING_STANDARD);
        assertThat(before.standardId()).isEqualTo("07/2021/NĐ-CP");
        assertThat(after.category()).isEqualTo(PovertyCategory.POOR);
        assertThat(after.standardId()).isEqualTo("351/2025/NĐ-CP");
        assertThat(after.incomeLine()).isEqualTo(Money.ofDong(2_200_000));
    }

    @Test
    void indicatorsOnlyInTheNewDecree_countTowardsPoverty() {
        PovertyClassification result = classifier.classify(
                assessment("2027-06-01", Area.URBAN, 2_500_000, "digital-services", "household-waste", "employment"));

        assertThat(result.category()).isEqualTo(PovertyCategory.POOR);
        assertThat(result.indicatorCount()).isEqualTo(13);
        assertThat(result.deprivations()).extracting(PovertyIndicator::id)
                .containsExactly("employment", "digital-services", "household-waste");
    }

    @Test
    void explanation_quotesIncomeThresholdAreaDecreeAndIndicators() {
        PovertyClassification result = classifier.classify(
                assessment("2024-10-01", Area.RURAL, 1_400_000, "water-source", "employment", "health-insurance"));

        assertThat(result.explanationVi()).isEqualTo("Hộ nghèo: thu nhập bình quân 1.400.000 ₫/người/tháng ≤ chuẩn"
                + " 1.500.000 ₫ (nông thôn, Nghị định 07/2021/NĐ-CP), thiếu hụt 3/12 chỉ số (≥ 3):"
                + " việc làm, bảo hiểm y tế, nguồn nước sinh hoạt.");
        assertThat(result.explanationEn()).isEqualTo("Poor household: income VND 1,400,000 per person per month ≤ line"
                + " VND 1,500,000 (rural, Decree 07/2021/NĐ-CP), deprived in 3 of 12 indicators (≥ 3):"
                + " employment, health insurance, domestic water source.");
        assertThat(result.explanation(Locale.forLanguageTag("vi"))).isEqualTo(result.explanationVi());
    }

    @Test
    void explanationAboveTheLine_quotesTheCeiling() {
        PovertyClassification average = classifier.classify(assessment("2027-03-01", Area.URBAN, 3_000_000));
        PovertyClassification above = classifier.classify(assessment("2027-03-01", Area.URBAN, 5_000_000));

        assertThat(average.explanationVi()).contains("> chuẩn 2.800.000 ₫ và ≤ 4.200.000 ₫ (thành thị, Nghị định 351/2025/NĐ-CP)");
        assertThat(above.explanationEn()).startsWith("Household above the average living standard: income VND 5,000,000")
                .contains("> VND 4,200,000");
    }
}
