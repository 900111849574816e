package org.ketnghia.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Participants.A_NONG;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;
import static org.ketnghia.testing.Participants.IN_2024;
import static org.ketnghia.testing.Participants.PA_RONG;
import static org.ketnghia.testing.Participants.TAY_GIANG_DISTRICT;
import static org.ketnghia.testing.Participants.head;
import static org.ketnghia.testing.Participants.household;
import static org.ketnghia.testing.Participants.status;

import org.ketnghia.testing.Participants;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.eligibility.EligibilityDecision;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.eligibility.PriorityRule;
import org.ketnghia.core.eligibility.RankedSubject;
import org.ketnghia.core.eligibility.Ranking;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class HouseholdRulesTest {

    private final KetnghiaRuntime runtime = Participants.runtime();

    @BeforeEach
    void registerHouseholds() {
        register("HN-A", A_UR, A_XAN, Sex.FEMALE, "Cơ Tu", PovertyCategory.POOR);
        register("HN-B", PA_RONG, A_NONG, Sex.MALE, "Cơ Tu", PovertyCategory.POOR);
        register("HN-C", PA_RONG, A_NONG, Sex.FEMALE, "Kinh", PovertyCategory.NEAR_POOR);
        register("HN-D", A_UR, A_XAN, Sex.FEMALE, "Cơ Tu", null);
        register("HN-E", A_UR, A_XAN, Sex.MALE, "Kinh", PovertyCategory.NEWLY_ESCAPED);
        register("HN-F", PA_RONG, A_NONG, Sex.MALE, "Cơ Tu", PovertyCategory.POOR);
    }

    @Test
    void ranking_putsEligibleFirst_thenPriority_thenId() {
        List<RankedSubject<HouseholdProfile>> ranked = ranking(IN_2024).rank(profiles(2024));

        assertThat(ranked).extracting(place -> place.subject().householdId())
                .containsExactly("HN-A", "HN-B", "HN-F", "HN-E", "HN-C", "HN-D");
        assertThat(ranked).extracting(RankedSubject::priority).containsExactly(4, 2, 2, 1, 0, 3);
        assertThat(ranked).extracting(RankedSubject::rank).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ranked.get(5).eligible()).isFalse();
        assertThat(ranked.get(5).unmetReasons()).extracting(EligibilityReason::ruleId)
                .containsExactly("participant.is-beneficiary");
    }

    @Test
    void everyReason_isGiven_withTheFactsUsed() {
        RankedSubject<HouseholdProfile> first = ranking(IN_2024).rank(profiles(2024)).get(0);

        assertThat(first.reasons()).extracting(EligibilityReason::ruleId, EligibilityReason::met).containsExactly(
                tuple("participant.is-beneficiary", true),
                tuple("participant.ethnic-minority", true),
                tuple("participant.especially-difficult-village", true),
                tuple("participant.woman-headed-poor", true));
        assertThat(first.reasons().get(0).facts()).containsEntry("category", "POOR").containsEntry("year", "2024");
        assertThat(first.reasons().get(2).facts()).containsEntry("flaggedUnit", A_XAN);
        assertThat(first.reasons().get(2).messageVi()).contains("xã A Xan");
    }

    @Test
    void especiallyDifficultFlag_followsTheCommuneOfTheDate() {
        // A Xan is flagged especially difficult; its successor Hùng Sơn carries no such flag
        HouseholdProfile inAUr = profiles(2024).get(0);
        assertThat(HouseholdRules.especiallyDifficultVillage(1, runtime.administrativeUnits(), IN_2024).evaluate(inAUr).met())
                .isTrue();
        assertThat(HouseholdRules.especiallyDifficultVillage(1, runtime.administrativeUnits(), LocalDate.of(2026, 1, 1))
                .evaluate(inAUr).met()).isFalse();
    }

    @Test
    void categoryRules_judgeTheYearOfTheProfile() {
        HouseholdProfile poor = profiles(2024).get(0);
        HouseholdProfile notReviewed = runtime.ledger().read(ParticipantRegistry.class, r -> r.profile("HN-A", 2023))
                .orElseThrow();

        assertThat(HouseholdRules.isPoor().evaluate(poor).eligible()).isTrue();
        assertThat(HouseholdRules.isNearPoor().evaluate(poor).eligible()).isFalse();
        assertThat(HouseholdRules.isNewlyEscaped().evaluate(poor).eligible()).isFalse();
        assertThat(HouseholdRules.isPoor().evaluate(notReviewed).eligible()).isFalse();
        assertThat(HouseholdRules.isPoor().evaluate(notReviewed).reasons().get(0).facts()).containsEntry("category", "NONE");
        assertThat(HouseholdRules.categoryPriority(PovertyCategory.POOR, 3).asEligibilityRule().evaluate(poor).priority())
                .isEqualTo(3);
    }

    @Test
    void anErasedOrMaskedHousehold_isNotAnEthnicMinority_andTheRuleSaysItsEthnicityIsNotKnown() {
        HouseholdProfile minority = profiles(2024).stream().filter(p -> p.householdId().equals("HN-B")).findFirst()
                .orElseThrow();
        PriorityRule<HouseholdProfile> rule = HouseholdRules.ethnicMinority(2);
        for (String standIn : List.of(PayloadProtection.ERASED_TEXT, PayloadProtection.MASKED_TEXT)) {
            Household unknown = Household.builder().from(minority.household()).ethnicityCode(standIn).build();
            HouseholdProfile profile = new HouseholdProfile(unknown, 2024, minority.status().orElseThrow());

            assertThat(unknown.isEthnicMinority()).as(standIn).isFalse();
            assertThat(unknown.isEthnicityKnown()).as(standIn).isFalse();
            EligibilityDecision result = rule.asEligibilityRule().evaluate(profile);
            assertThat(result.priority()).as(standIn).isZero();
            assertThat(result.reasons().get(0).met()).isFalse();
            assertThat(result.reasons().get(0).messageVi()).startsWith("Không rõ dân tộc");
            assertThat(result.reasons().get(0).facts()).containsEntry("ethnicityCode", standIn);
        }
        assertThat(minority.household().isEthnicityKnown()).isTrue();
        assertThat(rule.asEligibilityRule().evaluate(minority).priority()).isEqualTo(2);
    }

    private Ranking<HouseholdProfile> ranking(LocalDate date) {
        return Ranking.builder(HouseholdProfile.class, HouseholdProfile::householdId)
                .require(HouseholdRules.isBeneficiary())
                .priority(HouseholdRules.ethnicMinority(2))
                .priority(HouseholdRules.especiallyDifficultVillage(1, runtime.administrativeUnits(), date))
                .priority(HouseholdRules.womanHeadedPoor(1))
                .build();
    }

    private List<HouseholdProfile> profiles(int year) {
        return runtime.ledger().read(ParticipantRegistry.class,
                registry -> registry.profilesWithin(TAY_GIANG_DISTRICT, IN_2024, year, runtime.administrativeUnits()));
    }

    private void register(String id, String village, String commune, Sex sex, String ethnicity, PovertyCategory category) {
        runtime.ledger().submit(household(id, village, commune, head("Chủ hộ " + id, sex, 1970)).ethnicity(ethnicity).build());
        if (category != null) {
            runtime.ledger().submit(status(id, commune, 2024, category));
        }
    }
}
