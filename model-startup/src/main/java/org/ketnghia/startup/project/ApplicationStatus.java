package org.ketnghia.startup.project;

import org.ketnghia.core.value.BilingualText;

/** Where an application is in its life; each step needs the one before it. */
public enum ApplicationStatus {
    SUBMITTED("đã nộp hồ sơ", "submitted"),
    ELIGIBLE("đủ điều kiện sau xét chọn", "eligible after screening"),
    INELIGIBLE("không đủ điều kiện", "ineligible"),
    APPROVED("đã phê duyệt", "approved"),
    REJECTED("không được hỗ trợ", "rejected"),
    COMPLETED("đã kết thúc", "completed"),
    FAILED("thất bại", "failed");

    private final BilingualText label;

    ApplicationStatus(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Whether the project has ended. */
    public boolean isFinal() {
        return this == REJECTED || this == COMPLETED || this == FAILED;
    }
}
