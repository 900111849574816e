package org.ketnghia.village.scheme;

import org.ketnghia.core.value.BilingualText;

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

    private final BilingualText label;

    RecognitionStep(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
