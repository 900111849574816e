package org.ketnghia.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    record Applicant(String id, boolean registered, int hectares, boolean youthUnion) {
    }

    private static final EligibilityRule<Applicant> REGISTERED = EligibilityRules.of("test.registered", Applicant.class,
            Applicant::registered, "Đã đăng ký kinh doanh.", "Has a business registration.",
            applicant -> Map.of("registered", Boolean.toString(applicant.registered())));

    private static final PriorityRule<Applicant> SMALL_FARM = PriorityRule.of("test.small-farm", Applicant.class, 3,
            applicant -> applicant.hectares() < 2, "Diện tích canh tác nhỏ (+3).", "Small farm (+3).",
            applicant -> Map.of("hectares", Integer.toString(applicant.hectares())));

    private static final PriorityRule<Applicant> YOUTH = PriorityRule.of("test.youth-union", Applicant.class, 2,
            Applicant::youthUnion, "Đoàn viên thanh niên (+2).", "Youth Union member (+2).", applicant -> Map.of());

    private static final Ranking<Applicant> RANKING = Ranking.builder(Applicant.class, Applicant::id)
            .require(REGISTERED).priority(SMALL_FARM).priority(YOUTH).build();

    private static final List<Applicant> APPLICANTS = List.of(
            new Applicant("d", true, 5, false),
            new Applicant("c", false, 1, true),
            new Applicant("b", true, 1, false),
            new Applicant("a", true, 5, true),
            new Applicant("e", true, 1, true));

    @Test
    void eligibleComeFirst_thenHigherPriority_thenTieBreaker() {
        assertThat(RANKING.rank(APPLICANTS)).extracting(place -> place.subject().id())
                .containsExactly("e", "b", "a", "d", "c");
        assertThat(RANKING.rank(APPLICANTS)).extracting(RankedSubject::priority).containsExactly(5, 3, 2, 0, 5);
    }

    @Test
    void order_doesNotDependOnTheInputOrder() {
        List<Applicant> shuffled = new ArrayList<>(APPLICANTS);
        Collections.reverse(shuffled);

        assertThat(RANKING.rank(shuffled)).isEqualTo(RANKING.rank(APPLICANTS));
    }

    @Test
    void everyRuleGivesAReason_metOrNot() {
        RankedSubject<Applicant> applicant = RANKING.evaluate(new Applicant("x", true, 5, false));

        assertThat(applicant.reasons()).extracting(EligibilityReason::ruleId)
                .containsExactly("test.registered", "test.small-farm", "test.youth-union");
        assertThat(applicant.metReasons()).extracting(EligibilityReason::ruleId).containsExactly("test.registered");
        assertThat(applicant.reasons().get(1).facts()).containsEntry("hectares", "5");
        assertThat(applicant.decision().eligible()).isTrue();
    }

    @Test
    void rankEligible_dropsTheIneligible() {
        assertThat(RANKING.rankEligible(APPLICANTS)).extracting(place -> place.subject().id())
                .containsExactly("e", "b", "a", "d");
    }

    @Test
    void priorityRule_composesAsAnEligibilityRule() {
        EligibilityRule<Applicant> combined = EligibilityRules.all("test.all", Applicant.class, REGISTERED,
                SMALL_FARM.asEligibilityRule(), YOUTH.asEligibilityRule());

        EligibilityDecision decision = combined.evaluate(new Applicant("y", true, 1, true));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.priority()).isEqualTo(5);
        assertThat(combined.evaluate(new Applicant("z", false, 1, true)).eligible()).isFalse();
    }
}
