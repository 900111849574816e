package org.ketnghia.core.grievance;

import org.ketnghia.core.value.BilingualText;

/** What a person raised about a posted list (<i>loại đơn</i>). Immutable and thread-safe. */
public enum ComplaintKind {
    /** Khiếu nại: contests a decision (e.g. a household left off); the complainant must be named. */
    COMPLAINT("Khiếu nại", "complaint"),
    /** Phản ánh: reports a fact (e.g. a household on the list is not eligible); may be anonymous. */
    FEEDBACK("Phản ánh", "feedback"),
    /** Kiến nghị: proposes a change; may be anonymous. */
    PETITION("Kiến nghị", "petition");

    private final BilingualText label;

    ComplaintKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
