package org.ketnghia.core.duty;

import org.ketnghia.core.value.BilingualText;

/** What a submission is: a report, or the written list of supported households a commune sends up. */
public enum SubmissionKind {
    /** <i>Báo cáo</i>: a report. */
    REPORT("Báo cáo", "report"),
    /**
     * <i>Danh sách hộ được hỗ trợ</i>: the list of supported households the commune sends to the level above
     * in writing; its hash is of the list's content.
     */
    SUPPORTED_HOUSEHOLD_LIST("Danh sách hộ được hỗ trợ", "list of supported households");

    private final BilingualText label;

    SubmissionKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
