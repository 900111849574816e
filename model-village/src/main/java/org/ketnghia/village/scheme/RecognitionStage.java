package org.ketnghia.village.scheme;

import org.ketnghia.core.value.BilingualText;

/** Where a village stands in the scheme. */
public enum RecognitionStage {
    /** Đã đăng ký, chưa đánh giá hiện trạng. */
    REGISTERED("Đã đăng ký", "registered"),
    /** Đang xây dựng: baseline done, working towards the criteria. */
    IN_PROGRESS("Đang xây dựng", "in progress"),
    /** Đã tự đánh giá đạt. */
    SELF_ASSESSED("Đã tự đánh giá", "self-assessed"),
    /** Xã đã đề nghị. */
    PROPOSED("Xã đã đề nghị", "proposed by the commune"),
    /** Đã thẩm tra đạt. */
    INSPECTED("Đã thẩm tra", "inspected"),
    /** Đã nộp hồ sơ. */
    DOSSIER_SUBMITTED("Đã nộp hồ sơ", "dossier submitted"),
    /** Đã được công nhận. */
    RECOGNISED("Đã công nhận", "recognised"),
    /** Bị thu hồi công nhận. */
    REVOKED("Bị thu hồi công nhận", "recognition revoked");

    private final BilingualText label;

    RecognitionStage(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
