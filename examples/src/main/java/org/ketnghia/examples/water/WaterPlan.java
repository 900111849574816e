package org.ketnghia.examples.water;

import static java.util.Objects.requireNonNullElse;

import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;

/**
 * The clean-water model's section of a programme file: what one household receives and its price,
 * the share of the remaining target households equipped each year, for how many programme years
 * installations go on, and the target per commune.
 *
 * @param illustrative whether the section is an assumption rather than part of an official plan
 * @param itemVi what a household receives, in Vietnamese
 * @param itemEn the same in English
 * @param unitPrice the price of one household's system
 * @param annualUptake the chance that a household still waiting is equipped in a year (0–1)
 * @param installationYears installations happen in programme years 1 … this (default 4)
 * @param communes the communes and their targets
 */
public record WaterPlan(boolean illustrative, String itemVi, String itemEn, Money unitPrice, double annualUptake,
        Integer installationYears, List<WaterCommune> communes) {

    /** Replaces missing parts by defaults. */
    public WaterPlan {
        communes = List.copyOf(requireNonNullElse(communes, List.of()));
        installationYears = requireNonNullElse(installationYears, 4);
    }

    /**
     * Every problem of the section, with fields under {@code location}.
     *
     * @param context the host, for the administrative units
     */
    Problems validate(String location, PilotModelContext context, Problems problems) {
        problems.check(itemVi == null || itemVi.isBlank(), CoreErrorCode.VALUE_BLANK, location + ".itemVi");
        problems.check(itemEn == null || itemEn.isBlank(), CoreErrorCode.VALUE_BLANK, location + ".itemEn");
        problems.check(unitPrice == null || !unitPrice.isPositive(), CoreErrorCode.VALUE_NEGATIVE,
                location + ".unitPrice", unitPrice);
        problems.check(!(annualUptake > 0 && annualUptake <= 1), CoreErrorCode.VALUE_OUT_OF_RANGE,
                location + ".annualUptake", annualUptake, "> 0", 1);
        problems.check(installationYears < 1 || installationYears > 50, CoreErrorCode.VALUE_OUT_OF_RANGE,
                location + ".installationYears", installationYears, 1, 50);
        problems.check(communes.isEmpty(), CleanWaterErrorCode.CLEAN_WATER_NO_COMMUNES, location + ".communes");
        for (int i = 0; i < communes.size(); i++) {
            WaterCommune commune = communes.get(i);
            String field = location + ".communes[" + i + "]";
            problems.check(commune.communeCode() == null
                    || context.administrativeUnits().unit(commune.communeCode()).isEmpty(),
                    CleanWaterErrorCode.CLEAN_WATER_UNKNOWN_UNIT, field + ".communeCode", commune.communeCode());
            problems.check(commune.villageCode() == null || commune.villageCode().isBlank(), CoreErrorCode.VALUE_BLANK,
                    field + ".villageCode");
            problems.check(commune.ethnicity() == null || commune.ethnicity().isBlank(), CoreErrorCode.VALUE_BLANK,
                    field + ".ethnicity");
            problems.check(commune.targetHouseholds() < 1 || commune.targetHouseholds() > 100_000,
                    CoreErrorCode.VALUE_OUT_OF_RANGE, field + ".targetHouseholds", commune.targetHouseholds(), 1, 100_000);
        }
        return problems;
    }

    /**
     * One commune's target.
     *
     * @param communeCode the commune
     * @param villageCode the village (<i>thôn</i>) whose households are equipped
     * @param ethnicity the households' ethnic group, for registering simulated households
     * @param targetHouseholds how many households are to be equipped
     */
    public record WaterCommune(String communeCode, String villageCode, String ethnicity, int targetHouseholds) {
    }

    /**
     * The clean-water section of a programme file.
     *
     * @throws org.ketnghia.core.error.KetnghiaException {@code JSON_UNREADABLE} naming the offending property
     *     under the section's location
     */
    public static WaterPlan fromSection(PlanSection section) {
        return section.bind(WaterPlan.class);
    }
}
