package org.ketnghia.core.duty;

import org.ketnghia.core.value.BilingualText;

/** What a reporting duty asks for, by the plan's calendar. */
public enum DutyKind {
    /** <i>Báo cáo năm</i>: one report per calendar year of the programme (the first and last years cut to it). */
    ANNUAL("Báo cáo năm", "annual report"),
    /** <i>Sơ kết</i>: the interim review, after {@link ReportingDuty#afterYears()} years (3 in the plan). */
    INTERIM_REVIEW("Báo cáo sơ kết", "interim review"),
    /** <i>Tổng kết</i>: the final review, at the end of the programme (after 5 years in the plan). */
    FINAL_REVIEW("Báo cáo tổng kết", "final review");

    private final BilingualText label;

    DutyKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
