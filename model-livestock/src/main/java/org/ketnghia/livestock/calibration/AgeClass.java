package org.ketnghia.livestock.calibration;

import org.ketnghia.core.value.BilingualText;
import org.ketnghia.livestock.simulation.DemographyParameters;

/**
 * The mortality age classes of {@link DemographyParameters}: young below {@link
 * DemographyParameters#YOUNG_UNTIL_MONTHS} months, yearling up to {@link
 * DemographyParameters#YEARLING_UNTIL_MONTHS}, adult from then on. Ages are whole months at the census.
 */
public enum AgeClass {
    /** Below 12 months (<i>con non, dưới 1 năm</i>). */
    YOUNG("dưới 12 tháng", "under 12 months"),
    /** From 12 to 35 months (<i>1–3 năm</i>). */
    YEARLING("12–35 tháng", "12–35 months"),
    /** From 36 months (<i>trưởng thành</i>). */
    ADULT("từ 36 tháng", "36 months and over");

    private final BilingualText label;

    AgeClass(String vi, String en) {
        this.label = BilingualText.of(vi, en);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** The class of an animal {@code ageMonths} old at the census. */
    public static AgeClass of(int ageMonths) {
        return ageMonths < DemographyParameters.YOUNG_UNTIL_MONTHS ? YOUNG
                : ageMonths < DemographyParameters.YEARLING_UNTIL_MONTHS ? YEARLING : ADULT;
    }
}
