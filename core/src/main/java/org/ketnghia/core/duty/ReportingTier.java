package org.ketnghia.core.duty;

import org.ketnghia.core.value.BilingualText;

/**
 * Who reports under a duty; to whom follows from the administrative units as of the date ({@link
 * ReportingChain#approverOf}).
 */
public enum ReportingTier {
    /** Each commune of the programme (the pilot communes, or the communes that carry them on) reports to the level above it. */
    COMMUNE("UBND xã báo cáo cấp trên (UBND huyện qua Phòng Dân tộc; từ 01/7/2025 cấp tỉnh)",
            "each commune reports to the level above (the district through its ethnic affairs office; the province from 1 July 2025)"),
    /** Each district of the programme, while it exists, reports to the provincial committee (Ban Dân tộc tỉnh). */
    DISTRICT("UBND huyện (Phòng Dân tộc) báo cáo Ban Dân tộc tỉnh", "each district reports to the provincial ethnic affairs committee"),
    /** The provincial committee (Ban Dân tộc tỉnh) reports to the provincial People's Committee. */
    PROVINCE("Ban Dân tộc tỉnh báo cáo UBND tỉnh", "the provincial committee reports to the provincial People's Committee"),
    /** Each sponsor twinned with a commune of the programme reports on its own part to the province. */
    SPONSOR("Đơn vị kết nghĩa báo cáo phần việc của mình", "each sponsor reports on its own part");

    private final BilingualText label;

    ReportingTier(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
