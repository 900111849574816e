package org.ketnghia.core.reporting;

import org.ketnghia.core.value.BilingualText;

/**
 * What kind of reporting period (<i>kỳ báo cáo</i>) a {@link ReportingPeriod} is: a programme year,
 * the interim review after the first 3 years (<i>sơ kết</i>), the final review after 5 years
 * (<i>tổng kết</i>), a calendar year, or any other span a host chooses.
 */
public enum PeriodKind {
    /** A year counted from the programme's start (<i>năm thứ n của chương trình</i>). */
    PROGRAMME_YEAR("Năm chương trình", "Programme year"),
    /** The interim review over the first 3 programme years (<i>sơ kết 3 năm</i>). */
    INTERIM_REVIEW("Sơ kết", "Interim review"),
    /** The final review over the 5 programme years (<i>tổng kết 5 năm</i>). */
    FINAL_REVIEW("Tổng kết", "Final review"),
    /** A calendar year, 1 January to 31 December (<i>năm dương lịch</i>). */
    CALENDAR_YEAR("Năm dương lịch", "Calendar year"),
    /** Any other span of days. */
    CUSTOM("Kỳ tùy chọn", "Custom period");

    private final BilingualText label;

    PeriodKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
