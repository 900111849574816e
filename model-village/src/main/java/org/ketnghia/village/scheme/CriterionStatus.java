package org.ketnghia.village.scheme;

/** The status of one criterion in one village at its latest measurement. */
public enum CriterionStatus {
    /** Chưa đạt. */
    NOT_MET("Chưa đạt", "not met"),
    /** Đạt. */
    MET("Đạt", "met"),
    /** Đạt và đã được xác nhận lại khi đánh giá lại sau công nhận. */
    RE_VERIFIED("Đạt, đã đánh giá lại", "met and re-verified");

    private final String labelVi;
    private final String labelEn;

    CriterionStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The Vietnamese label. */
    public String labelVi() {
        return labelVi;
    }

    /** The English label. */
    public String labelEn() {
        return labelEn;
    }

    /** Whether the criterion counts as met. */
    public boolean isMet() {
        return this != NOT_MET;
    }
}
