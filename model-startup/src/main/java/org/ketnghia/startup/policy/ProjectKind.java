package org.ketnghia.startup.policy;

import org.ketnghia.core.value.BilingualText;

/** The kind of project, which sets its state-share ceiling. */
public enum ProjectKind {
    /** Dự án phát triển sản xuất cộng đồng. */
    COMMUNITY("Dự án cộng đồng", "community project"),
    /** Dự án liên kết theo chuỗi giá trị. */
    VALUE_CHAIN("Dự án liên kết chuỗi giá trị", "value-chain project");

    private final BilingualText label;

    ProjectKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
