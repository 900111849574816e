package org.ketnghia.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    record Applicant(String name, int age, boolean ethnicMinority) {
    }

    private static final EligibilityRule<Applicant> ADULT = EligibilityRules.of("test.adult", Applicant.class,
            applicant -> applicant.age() >= 18, "Đủ 18 tuổi", "Aged 18 or over",
            applicant -> Map.of("age", Integer.toString(applicant.age())));

    private static final EligibilityRule<Applicant> MINORITY = EligibilityRules.of("test.minority", Applicant.class,
            Applicant::ethnicMinority, "Người dân tộc thiểu số", "Ethnic minority", applicant -> Map.of());

    private static final EligibilityRule<Applicant> NAMED = EligibilityRules.of("test.named", Applicant.class,
            applicant -> !applicant.name().isBlank(), "Có họ tên", "Has a name", applicant -> Map.of());

    @Test
    void all_isMetOnlyWhenEveryRuleIs_andKeepsEveryReason() {
        EligibilityRule<Applicant> all = EligibilityRules.all("test.all", Applicant.class, ADULT, MINORITY);
        EligibilityDecision decision = all.evaluate(new Applicant("Bh'riu Thị A", 17, true));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons()).extracting(EligibilityReason::ruleId).containsExactly("test.adult", "test.minority");
        assertThat(decision.unmetReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageVi()).isEqualTo("Đủ 18 tuổi");
            assertThat(reason.facts()).containsEntry("age", "17");
        });
    }

    @Test
    void any_isMetWhenOneRuleIs() {
        EligibilityRule<Applicant> any = EligibilityRules.any("test.any", Applicant.class, ADULT, MINORITY);
        assertThat(any.evaluate(new Applicant("A", 17, true)).eligible()).isTrue();
        assertThat(any.evaluate(new Applicant("A", 17, false)).eligible()).isFalse();
    }

    @Test
    void atLeast_countsTheRulesMet() {
        EligibilityRule<Applicant> twoOfThree = EligibilityRules.atLeast("test.two", Applicant.class, 2, ADULT, MINORITY, NAMED);
        assertThat(twoOfThree.evaluate(new Applicant("A", 17, true)).eligible()).isTrue();
        assertThat(twoOfThree.evaluate(new Applicant("", 17, true)).eligible()).isFalse();
        assertThat(twoOfThree.evaluate(new Applicant("", 17, true)).reasons()).hasSize(3);
    }

    @Test
    void not_invertsTheDecisionAndItsReasons() {
        EligibilityRule<Applicant> minor = EligibilityRules.not("test.minor", ADULT);
        EligibilityDecision decision = minor.evaluate(new Applicant("A", 15, false));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.reasons()).singleElement().satisfies(reason -> assertThat(reason.met()).isTrue());
        assertThat(minor.subjectType()).isEqualTo(Applicant.class);
        assertThat(minor.id()).isEqualTo("test.minor");
    }
}
