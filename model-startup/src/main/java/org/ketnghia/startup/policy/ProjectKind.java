package org.ketnghia.startup.policy;

/** The kind of project, which sets its state-share ceiling. */
public enum ProjectKind {
    /** Dự án phát triển sản xuất cộng đồng. */
    COMMUNITY("Dự án cộng đồng", "community project"),
    /** Dự án liên kết theo chuỗi giá trị. */
    VALUE_CHAIN("Dự án liên kết chuỗi giá trị", "value-chain project");

    private final String labelVi;
    private final String labelEn;

    ProjectKind(String labelVi, String labelEn) {
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
}
