package org.ketnghia.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.benchmarks.Benchmarks.Options;
import org.ketnghia.core.eligibility.RankedSubject;
import org.ketnghia.core.eligibility.Ranking;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdProfile;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.HouseholdRules;
import org.ketnghia.core.participant.PovertyStatus;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.livestock.group.GroupSelection;

/**
 * B4: screening of 1,000,000 household profiles against the livestock rules with every reason: the
 * requirement {@link HouseholdRules#isBeneficiary()} (poor, near-poor or newly escaped) and the
 * priorities of {@link GroupSelection} (ethnic minority +4, poor +2, near-poor +1), through the core
 * {@link Ranking} ordered by household id. Also the livestock {@link GroupSelection#rank} itself
 * (tie-breaker: the order given) and judging without ordering ({@link Ranking#evaluate}).
 */
final class EligibilityBenchmark {

    static final int HOUSEHOLDS = 1_000_000;
    static final int YEAR = 2024;
    private static final PovertyCategory[] CATEGORIES = PovertyCategory.values();
    private static final String[] ETHNICITY_CODES = {"26", "26", "22", "25", "01"};

    private EligibilityBenchmark() {
    }

    static Ranking<HouseholdProfile> livestockRanking() {
        return Ranking.builder(HouseholdProfile.class, HouseholdProfile::householdId)
                .require(HouseholdRules.isBeneficiary())
                .priority(HouseholdRules.ethnicMinority(GroupSelection.ETHNIC_MINORITY_POINTS))
                .priority(HouseholdRules.categoryPriority(PovertyCategory.POOR, GroupSelection.POOR_POINTS))
                .priority(HouseholdRules.categoryPriority(PovertyCategory.NEAR_POOR, GroupSelection.NEAR_POOR_POINTS))
                .build();
    }

    static List<HouseholdProfile> profiles(int count) {
        List<HouseholdProfile> profiles = new ArrayList<>(count);
        LocalDate registered = LocalDate.of(2020, 11, 2);
        for (int h = 0; h < count; h++) {
            String id = String.format("HH-%07d", (h * 7_919L) % count); // not in id order
            Household household = Household.builder().id(id).villageCode("QNA.TAY-GIANG.A-XAN.THON-" + (h % 30))
                    .ethnicityCode(ETHNICITY_CODES[h % ETHNICITY_CODES.length])
                    .addMembers(HouseholdMember.of("Chủ hộ " + h, h % 3 == 0 ? Sex.FEMALE : Sex.MALE, 1950 + h % 50,
                            HouseholdRelation.HEAD))
                    .registeredOn(registered).build();
            PovertyStatus status = h % 11 == 0 ? null : PovertyStatus.builder().householdId(id).year(YEAR)
                    .category(CATEGORIES[h % CATEGORIES.length]).basis("Quyết định 123/QĐ-UBND")
                    .recordedOn(LocalDate.of(YEAR - 1, 12, 10)).sequence(h + 1L).build();
            profiles.add(new HouseholdProfile(household, YEAR, status));
        }
        return profiles;
    }

    static void run(Options options) {
        int full = options.size(HOUSEHOLDS);
        int tenth = Math.max(1, full / 10);
        List<HouseholdProfile> big = profiles(full);
        List<HouseholdProfile> small = big.subList(0, tenth);
        Ranking<HouseholdProfile> ranking = livestockRanking();
        for (int i = 0; i < 3; i++) { // warm-up
            check(ranking.rank(small), tenth);
            GroupSelection.rank(small);
            evaluate(ranking, small);
        }
        double smallSeconds = bestSeconds(options, () -> check(ranking.rank(small), tenth));
        double bigSeconds = bestSeconds(options, () -> check(ranking.rank(big), full));
        double evaluateSeconds = bestSeconds(options, () -> evaluate(ranking, big));
        double groupSeconds = bestSeconds(options, () -> check(GroupSelection.rank(big), full));
        options.figure("B4", "households-per-second", full / bigSeconds);
        options.figure("B4", "cost-growth-exponent", Measure.growth(tenth, smallSeconds, full, bigSeconds));
        options.figure("B4", "judge-only-households-per-second", full / evaluateSeconds);
        options.figure("B4", "group-selection-households-per-second", full / groupSeconds);
    }

    private static int evaluate(Ranking<HouseholdProfile> ranking, List<HouseholdProfile> profiles) {
        int eligible = 0;
        for (HouseholdProfile profile : profiles) {
            RankedSubject<HouseholdProfile> judged = ranking.evaluate(profile);
            if (judged.eligible() && !judged.reasons().isEmpty()) {
                eligible++;
            }
        }
        return eligible;
    }

    private static void check(List<RankedSubject<HouseholdProfile>> ranked, int expected) {
        if (ranked.size() != expected || ranked.get(0).reasons().isEmpty()) {
            throw new IllegalStateException("ranking lost households or reasons");
        }
    }

    private static double bestSeconds(Options options, Runnable work) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < options.repeats(); i++) {
            Measure.settle();
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
