package org.ketnghia.core.grievance;

import org.ketnghia.core.value.BilingualText;

/** What kind of list a commune posted publicly (<i>loại danh sách niêm yết</i>). Immutable and thread-safe. */
public enum PublicListKind {
    /** Danh sách hộ được hỗ trợ và mức hỗ trợ (the {@link org.ketnghia.core.disclosure.PublicListing}). */
    SUPPORT("Danh sách hộ được hỗ trợ", "list of households supported"),
    /** Danh sách bình xét hộ tham gia mô hình (households proposed for a model, before the decision). */
    SELECTION("Danh sách bình xét hộ tham gia mô hình", "list of households proposed for a model"),
    /** Kết quả rà soát hộ nghèo, hộ cận nghèo hằng năm. */
    POVERTY_REVIEW("Kết quả rà soát hộ nghèo, hộ cận nghèo", "results of the poverty review"),
    /** Another list the commune posts. */
    OTHER("Danh sách khác", "other list");

    private final BilingualText label;

    PublicListKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
