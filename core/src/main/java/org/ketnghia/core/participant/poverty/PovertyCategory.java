package org.ketnghia.core.participant.poverty;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/**
 * The category of a household under the multidimensional poverty standard, as the commune lists
 * it. The first three are the beneficiaries of the twinning models ({@link #isBeneficiary()}).
 */
public enum PovertyCategory {
    /** Hộ nghèo: income at or below the line and deprived in at least the minimum number of indicators. */
    POOR("hộ nghèo", "poor household"),
    /** Hộ cận nghèo: income at or below the line, deprived in fewer indicators than the minimum. */
    NEAR_POOR("hộ cận nghèo", "near-poor household"),
    /** Hộ mới thoát nghèo: left the poor or near-poor list recently (3 years by default). */
    NEWLY_ESCAPED("hộ mới thoát nghèo", "newly escaped household"),
    /** Hộ có mức sống trung bình: income above the line, up to the average-living ceiling. */
    AVERAGE_LIVING_STANDARD("hộ có mức sống trung bình", "average living standard household"),
    /** Income above the average-living ceiling. */
    ABOVE_AVERAGE("hộ có mức sống trên trung bình", "household above the average living standard");

    private final BilingualText label;

    PovertyCategory(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return label.in(locale);
    }

    /** Whether the household is on the poor or near-poor list. */
    public boolean isListed() {
        return this == POOR || this == NEAR_POOR;
    }

    /** Whether the household is a programme beneficiary: poor, near-poor or newly escaped. */
    public boolean isBeneficiary() {
        return isListed() || this == NEWLY_ESCAPED;
    }
}
