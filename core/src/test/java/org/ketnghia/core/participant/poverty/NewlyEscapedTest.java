package org.ketnghia.core.participant.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.participant.poverty.Households.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.money.Money;

class NewlyEscapedTest {

    private final PovertyClassifier classifier = PovertyClassifier.official();

    @Test
    void householdThatLeftTheList_isNewlyEscaped_untilTheDayBeforeTheThirdAnniversary() {
        PovertyClassification dayBefore = classifier.classify(
                household("2025-06-14", Area.RURAL, 1_600_000).listExitDate(LocalDate.parse("2022-06-15")).build());

        assertThat(dayBefore.category()).isEqualTo(PovertyCategory.NEWLY_ESCAPED);
        assertThat(dayBefore.newlyEscapedUntil()).contains(LocalDate.parse("2025-06-14"));
    }

    @Test
    void onTheThirdAnniversary_householdIsClassifiedByIncomeAlone() {
        PovertyClassification anniversary = classifier.classify(
                household("2025-06-15", Area.RURAL, 1_600_000).listExitDate(LocalDate.parse("2022-06-15")).build());
        PovertyClassification richer = classifier.classify(
                household("2025-06-15", Area.RURAL, 2_500_000).listExitDate(LocalDate.parse("2022-06-15")).build());

        assertThat(anniversary.category()).isEqualTo(PovertyCategory.AVERAGE_LIVING_STANDARD);
        assertThat(anniversary.explanationVi()).contains("đã hết 3 năm hộ mới thoát nghèo").contains("15/06/2025");
        assertThat(richer.category()).isEqualTo(PovertyCategory.ABOVE_AVERAGE);
    }

    @Test
    void leapDayExit_endsOnTheTwentyEighthOfFebruary() {
        PovertyAssessment.Builder leapYearLeaver = household("2027-02-27", Area.RURAL, 2_500_000)
                .listExitDate(LocalDate.parse("2024-02-29"));

        assertThat(classifier.classify(leapYearLeaver.build()).category()).isEqualTo(PovertyCategory.NEWLY_ESCAPED);
        assertThat(classifier.classify(leapYearLeaver.assessmentDate(LocalDate.parse("2027-02-28")).build()).category())
                .isEqualTo(PovertyCategory.AVERAGE_LIVING_STANDARD);
    }

    @Test
    void poorHouseholdNowAboveTheLine_leavesTheListToday_andIsNewlyEscaped() {
        PovertyClassification result = classifier.classify(
                household("2025-11-20", Area.RURAL, 1_700_000).previousStatus(PovertyCategory.POOR).build());

        assertThat(result.category()).isEqualTo(PovertyCategory.NEWLY_ESCAPED);
        assertThat(result.newlyEscapedUntil()).contains(LocalDate.parse("2028-11-19"));
        assertThat(result.explanationVi()).contains("ra khỏi danh sách hộ nghèo, cận nghèo ngày 20/11/2025")
                .contains("đến hết ngày 19/11/2028");
        assertThat(result.explanationEn()).contains("left the poor/near-poor list on 2025-11-20")
                .contains("until 2028-11-19 inclusive");
    }

    @Test
    void previouslyPoorHouseholdStillUnderTheLine_staysPoorOrNearPoor() {
        PovertyClassification stillPoor = classifier.classify(household("2025-11-20", Area.RURAL, 1_500_000,
                Households.THREE_COMMON_DEPRIVATIONS).previousStatus(PovertyCategory.POOR).build());
        PovertyClassification backUnder = classifier.classify(household("2025-11-20", Area.RURAL, 1_200_000)
                .previousStatus(PovertyCategory.NEWLY_ESCAPED).listExitDate(LocalDate.parse("2024-11-20")).build());

        assertThat(stillPoor.category()).isEqualTo(PovertyCategory.POOR);
        assertThat(backUnder.category()).isEqualTo(PovertyCategory.NEAR_POOR);
    }

    @Test
    void householdNeverOnTheList_isNeverNewlyEscaped() {
        PovertyClassification result = classifier.classify(household("2025-11-20", Area.RURAL, 1_700_000)
                .previousStatus(PovertyCategory.AVERAGE_LIVING_STANDARD).build());

        assertThat(result.category()).isEqualTo(PovertyCategory.AVERAGE_LIVING_STANDARD);
        assertThat(result.newlyEscapedUntil()).isEmpty();
    }

    @Test
    void numberOfYears_isTakenFromTheStandard() {
        PovertyClassifier twoYears = new PovertyClassifier(PovertyStandards.of(List.of(standardKeepingStatusFor(2))));
        PovertyAssessment.Builder leaver = household("2024-06-14", Area.RURAL, 1_600_000)
                .listExitDate(LocalDate.parse("2022-06-15"));

        assertThat(twoYears.classify(leaver.build()).category()).isEqualTo(PovertyCategory.NEWLY_ESCAPED);
        assertThat(twoYears.classify(leaver.assessmentDate(LocalDate.parse("2024-06-15")).build()).category())
                .isEqualTo(PovertyCategory.AVERAGE_LIVING_STANDARD);
    }

    @Test
    void zeroYears_disablesTheStatus() {
        PovertyClassifier noStatus = new PovertyClassifier(PovertyStandards.of(List.of(standardKeepingStatusFor(0))));

        PovertyClassification result = noStatus.classify(household("2022-06-15", Area.RURAL, 1_600_000)
                .previousStatus(PovertyCategory.POOR).build());

        assertThat(result.category()).isEqualTo(PovertyCategory.AVERAGE_LIVING_STANDARD);
    }

    private static PovertyStandard standardKeepingStatusFor(int years) {
        PovertyStandard national = PovertyStandards.official().byId("07/2021/NĐ-CP").orElseThrow();
        return PovertyStandard.builder().from(national)
                .id("test/" + years)
                .newlyEscapedYears(years)
                .thresholds(Map.of(
                        Area.RURAL, IncomeThresholds.of(Money.ofDong(1_500_000), Money.ofDong(2_250_000)),
                        Area.URBAN, IncomeThresholds.of(Money.ofDong(2_000_000), Money.ofDong(3_000_000))))
                .build();
    }
}
