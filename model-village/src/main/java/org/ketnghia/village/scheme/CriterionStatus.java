package org.ketnghia.village.scheme;

import org.ketnghia.core.value.BilingualText;

/** The status of one criterion in one village at its latest measurement. */
public enum CriterionStatus {
    /** Chưa đạt. */
    NOT_MET("Chưa đạt", "not met"),
    /** Đạt. */
    MET("Đạt", "met"),
    /** Đạt và đã được xác nhận lại khi đánh giá lại sau công nhận. */
    RE_VERIFIED("Đạt, đã đánh giá lại", "met and re-verified");

    private final BilingualText label;

    CriterionStatus(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Whether the criterion counts as met. */
    public boolean isMet() {
        return this != NOT_MET;
    }
}
