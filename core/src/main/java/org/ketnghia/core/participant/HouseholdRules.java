package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.eligibility.EligibilityDecision;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.eligibility.EligibilityRule;
import org.ketnghia.core.eligibility.PriorityRule;
import org.ketnghia.core.participant.internal.YearCategoryCache;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * Ready-made rules over a {@link HouseholdProfile} (a household and its status in one year):
 * required rules on the poverty category (poor, near-poor, newly escaped — the twinning models'
 * beneficiaries) and the priority rules of the Quảng Nam plan — ethnic-minority household,
 * especially difficult village (đặc biệt khó khăn), poor household headed by a woman.
 *
 * <p>Every rule is immutable and thread-safe. Rules that depend only on a few values (ethnicity,
 * village) reuse one reason per value, so screening allocates almost nothing per household.
 */
public final class HouseholdRules {

    private static final String PREFIX = "participant.";

    private HouseholdRules() {
    }

    /** Met when the household is poor (hộ nghèo) in the profile's year. */
    public static EligibilityRule<HouseholdProfile> isPoor() {
        return inCategory(PREFIX + "is-poor", EnumSet.of(PovertyCategory.POOR));
    }

    /** Met when the household is near-poor (hộ cận nghèo) in the profile's year. */
    public static EligibilityRule<HouseholdProfile> isNearPoor() {
        return inCategory(PREFIX + "is-near-poor", EnumSet.of(PovertyCategory.NEAR_POOR));
    }

    /** Met when the household newly escaped poverty (hộ mới thoát nghèo) in the profile's year. */
    public static EligibilityRule<HouseholdProfile> isNewlyEscaped() {
        return inCategory(PREFIX + "is-newly-escaped", EnumSet.of(PovertyCategory.NEWLY_ESCAPED));
    }

    /** Met when the household is poor, near-poor or newly escaped in the profile's year. */
    public static EligibilityRule<HouseholdProfile> isBeneficiary() {
        return inCategory(PREFIX + "is-beneficiary",
                EnumSet.of(PovertyCategory.POOR, PovertyCategory.NEAR_POOR, PovertyCategory.NEWLY_ESCAPED));
    }

    /**
     * Met when the household's category in the profile's year is one of {@code categories}; a year
     * without a recorded status is not met. Facts: {@code year}, {@code category} ({@code "NONE"}
     * when not reviewed).
     */
    public static EligibilityRule<HouseholdProfile> inCategory(String id, Set<PovertyCategory> categories) {
        requireNonNull(id, "id");
        EnumSet<PovertyCategory> accepted = EnumSet.copyOf(requireNonNull(categories, "categories"));
        String listVi = accepted.stream().map(category -> category.label().vi()).collect(Collectors.joining(", "));
        String listEn = accepted.stream().map(category -> category.label().en()).collect(Collectors.joining(", "));
        YearCategoryCache<EligibilityDecision> decisions = new YearCategoryCache<>((year, category) -> {
            boolean met = category != null && accepted.contains(category);
            String actualVi = category == null ? "chưa có kết quả rà soát" : category.label().vi();
            String actualEn = category == null ? "no review result" : category.label().en();
            return EligibilityDecision.of(new EligibilityReason(id, met,
                    "Năm " + year + ": " + actualVi + (met ? " — thuộc diện " : " — không thuộc diện ") + listVi + ".",
                    "In " + year + ": " + actualEn + (met ? " — one of " : " — not one of ") + listEn + ".",
                    categoryFacts(year, category)));
        });
        return new EligibilityRule<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Class<HouseholdProfile> subjectType() {
                return HouseholdProfile.class;
            }

            @Override
            public EligibilityDecision evaluate(HouseholdProfile subject) {
                return decisions.get(subject.year(), subject.categoryOrNull());
            }
        };
    }

    /** {@code points} when the household's category in the profile's year is {@code category}. */
    public static PriorityRule<HouseholdProfile> categoryPriority(PovertyCategory category, int points) {
        requireNonNull(category, "category");
        String id = PREFIX + "category-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
        YearCategoryCache<EligibilityReason> reasons = new YearCategoryCache<>((year, actual) -> new EligibilityReason(id,
                actual == category, "Ưu tiên " + category.label().vi() + " (+" + points + ").",
                "Priority for a " + category.label().en() + " (+" + points + ").", categoryFacts(year, actual)));
        return PriorityRule.reasoned(id, HouseholdProfile.class, points,
                profile -> reasons.get(profile.year(), profile.categoryOrNull()));
    }

    /**
     * {@code points} for an ethnic-minority household (hộ đồng bào dân tộc thiểu số); none, with a reason saying so,
     * when its ethnicity is not known (erased or masked). Fact: {@code ethnicityCode} — personal data: keep decisions
     * with this reason off public lists.
     */
    public static PriorityRule<HouseholdProfile> ethnicMinority(int points) {
        String id = PREFIX + "ethnic-minority";
        Map<String, EligibilityReason> byCode = new ConcurrentHashMap<>();
        return PriorityRule.reasoned(id, HouseholdProfile.class, points, subject -> {
            return byCode.computeIfAbsent(subject.household().ethnicityCode(), code -> {
                if (!subject.household().isEthnicityKnown()) {
                    return new EligibilityReason(id, false, "Không rõ dân tộc (dữ liệu đã xóa hoặc bị ẩn): không cộng điểm.",
                            "Ethnicity not known (erased or masked data): no points.", Map.of("ethnicityCode", code));
                }
                boolean minority = subject.household().isEthnicMinority();
                return new EligibilityReason(id, minority,
                        minority ? "Hộ đồng bào dân tộc thiểu số (+" + points + ")." : "Không phải hộ dân tộc thiểu số.",
                        minority ? "Ethnic-minority household (+" + points + ")." : "Not an ethnic-minority household.",
                        Map.of("ethnicityCode", code));
            });
        });
    }

    /**
     * {@code points} when the household's village, or the commune containing it, is flagged
     * especially difficult ({@link org.ketnghia.core.admin.UnitFlags#especiallyDifficult()}) on
     * {@code date}. Facts: {@code villageCode}, and {@code flaggedUnit} when it applies. The answer
     * is computed once per village.
     */
    public static PriorityRule<HouseholdProfile> especiallyDifficultVillage(int points, AdministrativeRegistry units,
            LocalDate date) {
        requireNonNull(units, "units");
        requireNonNull(date, "date");
        String id = PREFIX + "especially-difficult-village";
        Map<String, EligibilityReason> byVillage = new ConcurrentHashMap<>();
        return PriorityRule.reasoned(id, HouseholdProfile.class, points, subject -> {
            return byVillage.computeIfAbsent(subject.household().villageCode(), village -> {
                Optional<AdministrativeUnit> flagged = flaggedUnit(units, village, date);
                if (flagged.isPresent()) {
                    AdministrativeUnit unit = flagged.get();
                    return new EligibilityReason(id, true,
                            "Địa bàn đặc biệt khó khăn: " + unit.displayName(Locale.forLanguageTag("vi"))
                                    + " (+" + points + ").",
                            "Especially difficult area: " + unit.displayName(Locale.ENGLISH)
                                    + " (+" + points + ").",
                            Map.of("villageCode", village, "flaggedUnit", unit.code(), "date", date.toString()));
                }
                return new EligibilityReason(id, false,
                        "Thôn và xã không thuộc địa bàn đặc biệt khó khăn vào ngày " + date + ".",
                        "Neither the village nor its commune is especially difficult on " + date + ".",
                        Map.of("villageCode", village, "date", date.toString()));
            });
        });
    }

    /**
     * {@code points} for a poor household (hộ nghèo, in the profile's year) whose head is a woman
     * (hộ nghèo do phụ nữ làm chủ hộ).
     */
    public static PriorityRule<HouseholdProfile> womanHeadedPoor(int points) {
        String id = PREFIX + "woman-headed-poor";
        YearCategoryCache<EligibilityReason[]> reasonsBySex = new YearCategoryCache<>((year, category) -> {
            EligibilityReason[] bySex = new EligibilityReason[Sex.values().length];
            for (Sex sex : Sex.values()) {
                Map<String, String> facts = new HashMap<>(categoryFacts(year, category));
                facts.put("headSex", sex.name());
                bySex[sex.ordinal()] = new EligibilityReason(id, category == PovertyCategory.POOR && sex == Sex.FEMALE,
                        "Hộ nghèo do phụ nữ làm chủ hộ (+" + points + ").",
                        "Poor household headed by a woman (+" + points + ").", facts);
            }
            return bySex;
        });
        return PriorityRule.reasoned(id, HouseholdProfile.class, points, profile -> reasonsBySex
                .get(profile.year(), profile.categoryOrNull())[profile.household().head().sex().ordinal()]);
    }

    private static Map<String, String> categoryFacts(int year, PovertyCategory categoryOrNull) {
        return Map.of("year", Integer.toString(year), "category", categoryOrNull == null ? "NONE" : categoryOrNull.name());
    }

    /** The village, or else its commune, if flagged especially difficult on the date. */
    private static Optional<AdministrativeUnit> flaggedUnit(AdministrativeRegistry units, String villageCode,
            LocalDate date) {
        Optional<AdministrativeUnit> village = units.unitAsOf(villageCode, date);
        if (village.isPresent() && isEspeciallyDifficult(village.get())) {
            return village;
        }
        return units.ancestorAtLevel(villageCode, AdminLevel.COMMUNE, date).filter(HouseholdRules::isEspeciallyDifficult);
    }

    private static boolean isEspeciallyDifficult(AdministrativeUnit unit) {
        return unit.flags().especiallyDifficult().orElse(false);
    }
}
