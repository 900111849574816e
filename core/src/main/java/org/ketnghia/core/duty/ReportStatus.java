package org.ketnghia.core.duty;

import org.ketnghia.core.value.BilingualText;

/** Where a report owed for a period stands (<i>tình trạng báo cáo</i>). */
public enum ReportStatus {
    /** <i>Chưa nộp</i>: owed and not submitted yet. */
    DUE("Chưa nộp", "due"),
    /** <i>Đã nộp, chờ duyệt</i>: submitted, awaiting the level above. */
    SUBMITTED("Đã nộp, chờ duyệt", "submitted"),
    /** <i>Trả lại để chỉnh sửa</i>: returned for correction; the reporter resubmits. */
    RETURNED("Trả lại để chỉnh sửa", "returned for correction"),
    /** <i>Đã duyệt, đã khóa</i>: approved, and so locked; only a reopening lets it be resubmitted. */
    APPROVED("Đã duyệt, đã khóa", "approved and locked"),
    /** <i>Đã mở lại</i>: approved, then reopened by the approving level; the reporter resubmits. */
    REOPENED("Đã mở lại", "reopened");

    private final BilingualText label;

    ReportStatus(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Whether the period is locked (<i>khóa số liệu</i>): approved and not reopened. */
    public boolean isLocked() {
        return this == APPROVED;
    }
}
