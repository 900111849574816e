package org.ketnghia.startup.project;

/** Where an application is in its life; each step needs the one before it. */
public enum ApplicationStatus {
    SUBMITTED("đã nộp hồ sơ", "submitted"),
    ELIGIBLE("đủ điều kiện sau xét chọn", "eligible after screening"),
    INELIGIBLE("không đủ điều kiện", "ineligible"),
    APPROVED("đã phê duyệt", "approved"),
    REJECTED("không được hỗ trợ", "rejected"),
    COMPLETED("đã kết thúc", "completed"),
    FAILED("thất bại", "failed");

    private final String labelVi;
    private final String labelEn;

    ApplicationStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The label in Vietnamese. */
    public String labelVi() {
        return labelVi;
    }

    /** The label in English. */
    public String labelEn() {
        return labelEn;
    }

    /** Whether the project has ended. */
    public boolean isFinal() {
        return this == REJECTED || this == COMPLETED || this == FAILED;
    }
}
