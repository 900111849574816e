package org.ketnghia.livestock.calibration;

import org.ketnghia.core.value.BilingualText;

/**
 * A demography parameter the calibration estimates, with its stable id (the constant name) and its label.
 * Each one corresponds to a component of {@link org.ketnghia.livestock.simulation.DemographyParameters}.
 */
public enum CalibrationParameter {
    /** {@code ageAtFirstParturitionMonths}, in months. */
    AGE_AT_FIRST_PARTURITION("Tuổi đẻ lứa đầu (tháng)", "Age at first parturition (months)"),
    /** {@code parturitionIntervalMonths}, in months. */
    PARTURITION_INTERVAL("Khoảng cách lứa đẻ (tháng)", "Parturition interval (months)"),
    /** {@code litterSize[0]}: the share of litters of one young. */
    LITTER_SINGLE("Tỷ lệ lứa đẻ một con", "Share of single births"),
    /** {@code litterSize[1]}: the share of litters of two young. */
    LITTER_TWINS("Tỷ lệ lứa đẻ sinh đôi", "Share of twin births"),
    /** {@code litterSize[2…]}: the share of litters of three young or more. */
    LITTER_TRIPLETS_OR_MORE("Tỷ lệ lứa đẻ từ ba con", "Share of births of three or more"),
    /** {@code femaleFractionAtBirth}. */
    FEMALE_FRACTION_AT_BIRTH("Tỷ lệ con cái sơ sinh", "Female fraction at birth"),
    /** {@code mortalityYoung}, annual. */
    MORTALITY_YOUNG("Tỷ lệ chết/năm, dưới 12 tháng", "Annual mortality, under 12 months"),
    /** {@code mortalityYearling}, annual. */
    MORTALITY_YEARLING("Tỷ lệ chết/năm, 12–35 tháng", "Annual mortality, 12–35 months"),
    /** {@code mortalityAdult}, annual. */
    MORTALITY_ADULT("Tỷ lệ chết/năm, từ 36 tháng", "Annual mortality, 36 months and over"),
    /** {@code maleOfftakeRate}, annual, males of 12 months or more. */
    MALE_OFFTAKE("Tỷ lệ xuất bán con đực/năm (từ 12 tháng)", "Annual male offtake rate (12 months and over)");

    private final BilingualText label;

    CalibrationParameter(String vi, String en) {
        this.label = BilingualText.of(vi, en);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
