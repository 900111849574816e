package org.ketnghia.village.scheme;

/** A step of the recognition workflow before the decision, in order. JSON form: the constant name. */
public enum RecognitionStep {
    /** Thôn tự đánh giá. */
    SELF_ASSESSMENT("Thôn tự đánh giá", "village self-assessment"),
    /** UBND xã đề nghị xét công nhận. */
    COMMUNE_PROPOSAL("Xã đề nghị xét công nhận", "commune proposal"),
    /** Đoàn thẩm tra, kiểm tra thực tế. */
    INSPECTION("Thẩm tra, kiểm tra thực tế", "inspection"),
    /** Hoàn thiện hồ sơ đề nghị công nhận. */
    DOSSIER("Hồ sơ đề nghị công nhận", "recognition dossier");

    private final String labelVi;
    private final String labelEn;

    RecognitionStep(String labelVi, String labelEn) {
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
}
