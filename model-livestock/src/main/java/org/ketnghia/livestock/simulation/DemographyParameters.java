package org.ketnghia.livestock.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.Species;

/**
 * The herd demography of one species (<i>tham số sinh sản, chết, loại thải của đàn</i>), as in the
 * table "Herd demography defaults" of DOMAIN.md, plus what a simulation needs besides.
 *
 * <p>Age classes for mortality: young {@code age < 12} months, yearling {@code 12 ≤ age < 36},
 * adult {@code age ≥ 36}. Annual rates convert to monthly ones as {@code p_month = 1 − (1 −
 * p_year)^(1/12)}. JSON: the record's components by name; {@code litterSize} lists the probabilities of
 * litters of 1, 2, 3 … young; money as whole đồng.
 *
 * <p>Immutable; {@link #problems(String)} lists every problem (the canonical constructor does not
 * validate, so that a loader can report all of them at once).
 *
 * @param species the species
 * @param ageAtFirstParturitionMonths age in months from which a female can give birth (tuổi đẻ lứa đầu)
 * @param parturitionIntervalMonths mean months between parturitions (khoảng cách lứa đẻ), ≥ 1
 * @param litterSize probabilities of a litter of 1, 2, 3 … young, summing to 1
 * @param femaleFractionAtBirth probability that a newborn is female
 * @param mortalityYoung annual mortality below 12 months
 * @param mortalityYearling annual mortality from 12 to 36 months
 * @param mortalityAdult annual mortality from 36 months
 * @param cullAgeMonths age at which an animal leaves the herd (loại thải)
 * @param founderAgeMonths age of the females bought and handed over in round 1 (and of replacements)
 * @param maleOfftakeRate annual sale rate of males aged 12 months or more (a competing risk with death)
 * @param herdCap most head a household keeps; it sells the surplus (males first); 0 = no cap
 * @param priceYoungFemale value of a female below 12 months
 * @param priceYoungMale value of a male below 12 months
 * @param priceAdultFemale value of a female of 12 months or more
 * @param priceAdultMale value of a male of 12 months or more
 */
public record DemographyParameters(Species species, int ageAtFirstParturitionMonths,
        double parturitionIntervalMonths, List<Double> litterSize, double femaleFractionAtBirth,
        double mortalityYoung, double mortalityYearling, double mortalityAdult, int cullAgeMonths,
        int founderAgeMonths, double maleOfftakeRate, int herdCap, Money priceYoungFemale, Money priceYoungMale,
        Money priceAdultFemale, Money priceAdultMale) {

    /** End of the "young" mortality class, in months. */
    public static final int YOUNG_UNTIL_MONTHS = 12;
    /** End of the "yearling" (1–3 years) mortality class, in months. */
    public static final int YEARLING_UNTIL_MONTHS = 36;
    /** Largest cull age accepted, in months (30 years). */
    public static final int MAX_AGE_MONTHS = 360;

    /** Copies the litter distribution. */
    public DemographyParameters {
        litterSize = litterSize == null ? null : List.copyOf(litterSize);
    }

    /** Mean litter size, Σ k·p(k). */
    public double meanLitterSize() {
        double mean = 0;
        for (int k = 0; k < litterSize.size(); k++) {
            mean += (k + 1) * litterSize.get(k);
        }
        return mean;
    }

    /** Annual mortality of an animal aged {@code ageMonths}. */
    public double annualMortality(int ageMonths) {
        return ageMonths < YOUNG_UNTIL_MONTHS ? mortalityYoung
                : ageMonths < YEARLING_UNTIL_MONTHS ? mortalityYearling : mortalityAdult;
    }

    /** Monthly survival {@code (1 − annual mortality)^(1/12)} at {@code ageMonths}. */
    public double monthlySurvival(int ageMonths) {
        return Math.pow(1 - annualMortality(ageMonths), 1.0 / 12);
    }

    /** Daughters per female of breeding age per month: {@code (1 / interval) · mean litter · female fraction}. */
    public double monthlyDaughters() {
        return meanLitterSize() * femaleFractionAtBirth / parturitionIntervalMonths;
    }

    /** Value of one head by age and sex. */
    public Money price(boolean female, int ageMonths) {
        boolean young = ageMonths < YOUNG_UNTIL_MONTHS;
        return female ? (young ? priceYoungFemale : priceAdultFemale) : (young ? priceYoungMale : priceAdultMale);
    }

    /**
     * Every problem, fields prefixed by {@code prefix} (e.g. {@code "defaults[0]."}): rates in [0, 1]
     * (mortality below 1), ages positive and ordered, interval ≥ 1 month, a litter distribution of
     * probabilities summing to 1 (± 1e-9), prices not negative.
     */
    public List<Problem> problems(String prefix) {
        requireNonNull(prefix, "prefix");
        Problems p = new Problems();
        LivestockErrorCode code = LivestockErrorCode.LIVESTOCK_PLAN_INVALID;
        p.check(species == null, code, prefix + "species", "species is required");
        p.check(ageAtFirstParturitionMonths < 1, code, prefix + "ageAtFirstParturitionMonths",
                "age at first parturition must be positive");
        p.check(!(parturitionIntervalMonths >= 1) || !Double.isFinite(parturitionIntervalMonths), code,
                prefix + "parturitionIntervalMonths", "parturition interval must be at least 1 month");
        if (litterSize == null || litterSize.isEmpty()) {
            p.add(code, prefix + "litterSize", "litter size distribution is required");
        } else {
            double sum = 0;
            for (int k = 0; k < litterSize.size(); k++) {
                Double q = litterSize.get(k);
                boolean bad = q == null || !(q >= 0 && q <= 1);
                p.check(bad, code, prefix + "litterSize[" + k + "]", "probability must be in [0, 1]");
                sum += bad ? 0 : q;
            }
            p.check(Math.abs(sum - 1) > 1e-9, code, prefix + "litterSize", "probabilities must sum to 1, not " + sum);
        }
        rate(p, femaleFractionAtBirth, prefix + "femaleFractionAtBirth", false);
        rate(p, mortalityYoung, prefix + "mortalityYoung", true);
        rate(p, mortalityYearling, prefix + "mortalityYearling", true);
        rate(p, mortalityAdult, prefix + "mortalityAdult", true);
        rate(p, maleOfftakeRate, prefix + "maleOfftakeRate", true);
        p.check(cullAgeMonths < 1 || cullAgeMonths > MAX_AGE_MONTHS, code, prefix + "cullAgeMonths",
                "cull age must be in 1–" + MAX_AGE_MONTHS + " months");
        p.check(cullAgeMonths <= ageAtFirstParturitionMonths, code, prefix + "cullAgeMonths",
                "cull age must be after the age at first parturition");
        p.check(founderAgeMonths < 0 || founderAgeMonths >= cullAgeMonths, code, prefix + "founderAgeMonths",
                "founder age must be in [0, cull age)");
        p.check(herdCap < 0, code, prefix + "herdCap", "herd cap must not be negative");
        price(p, priceYoungFemale, prefix + "priceYoungFemale");
        price(p, priceYoungMale, prefix + "priceYoungMale");
        price(p, priceAdultFemale, prefix + "priceAdultFemale");
        price(p, priceAdultMale, prefix + "priceAdultMale");
        return p.list();
    }

    /**
     * This set, checked.
     *
     * @throws KetnghiaException with every problem
     */
    public DemographyParameters validated() {
        List<Problem> found = problems("");
        if (!found.isEmpty()) {
            throw new KetnghiaException(found);
        }
        return this;
    }

    private static void rate(Problems p, double value, String field, boolean mortality) {
        boolean bad = !(value >= 0 && value <= 1) || mortality && value >= 1;
        p.check(bad, LivestockErrorCode.LIVESTOCK_PLAN_INVALID, field,
                mortality ? "rate must be in [0, 1)" : "rate must be in [0, 1]");
    }

    private static void price(Problems p, Money value, String field) {
        p.check(value == null || value.isNegative(), LivestockErrorCode.LIVESTOCK_PLAN_INVALID, field,
                "price is required and must not be negative");
    }
}
