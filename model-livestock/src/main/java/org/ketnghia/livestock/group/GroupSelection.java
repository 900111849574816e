package org.ketnghia.livestock.group;

import static java.util.Objects.requireNonNull;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.eligibility.RankedSubject;
import org.ketnghia.core.eligibility.Ranking;
import org.ketnghia.core.participant.HouseholdProfile;
import org.ketnghia.core.participant.HouseholdRules;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * The selection of member households (<i>bình xét, lựa chọn hộ</i>) through the core ranking: only
 * poor, near-poor and newly escaped households are eligible; ethnic-minority households come first
 * (+{@value #ETHNIC_MINORITY_POINTS}), then poor (+{@value #POOR_POINTS}) before near-poor
 * (+{@value #NEAR_POOR_POINTS}); ties keep the order given (the charter's order). Stateless.
 */
public final class GroupSelection {

    /** Points for an ethnic-minority household. */
    public static final int ETHNIC_MINORITY_POINTS = 4;
    /** Points for a poor household. */
    public static final int POOR_POINTS = 2;
    /** Points for a near-poor household. */
    public static final int NEAR_POOR_POINTS = 1;
    /** Tie-breaker of the first candidate; every position adds one and keeps the same number of digits. */
    private static final long FIRST_POSITION_KEY = 1_000_000_000_000L;

    private GroupSelection() {
    }

    /**
     * Ranks {@code candidates}: eligible first, then by priority, then in the order given.
     *
     * @return the ranked candidates, immutable
     */
    public static List<RankedSubject<HouseholdProfile>> rank(List<HouseholdProfile> candidates) {
        requireNonNull(candidates, "candidates");
        Map<HouseholdProfile, String> order = new IdentityHashMap<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            // same length for every position, so the keys sort as the positions do
            order.put(candidates.get(i), Long.toString(FIRST_POSITION_KEY + i));
        }
        Ranking<HouseholdProfile> ranking = Ranking.<HouseholdProfile>builder(HouseholdProfile.class, order::get)
                .require(HouseholdRules.isBeneficiary())
                .priority(HouseholdRules.ethnicMinority(ETHNIC_MINORITY_POINTS))
                .priority(HouseholdRules.categoryPriority(PovertyCategory.POOR, POOR_POINTS))
                .priority(HouseholdRules.categoryPriority(PovertyCategory.NEAR_POOR, NEAR_POOR_POINTS))
                .build();
        return ranking.rank(candidates);
    }
}
