package org.ketnghia.core.grievance;

import org.ketnghia.core.value.BilingualText;

/** How a complaint was closed (<i>kết quả giải quyết</i>). Immutable and thread-safe. */
public enum ComplaintResult {
    /** Đúng: the complaint was right; a correction is recorded. */
    UPHELD("Đúng", "upheld", true),
    /** Đúng một phần: partly right; a correction is recorded. */
    PARTLY_UPHELD("Đúng một phần", "partly upheld", true),
    /** Sai: not upheld; nothing is corrected. */
    REJECTED("Sai", "rejected", false),
    /** Rút đơn: the person withdrew it. */
    WITHDRAWN("Rút đơn", "withdrawn", false);

    private final BilingualText label;
    private final boolean leadsToCorrection;

    ComplaintResult(String labelVi, String labelEn, boolean leadsToCorrection) {
        this.label = BilingualText.of(labelVi, labelEn);
        this.leadsToCorrection = leadsToCorrection;
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Whether a closure with this result must reference a recorded correction. */
    public boolean leadsToCorrection() {
        return leadsToCorrection;
    }
}
