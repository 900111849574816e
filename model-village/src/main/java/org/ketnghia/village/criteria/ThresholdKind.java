package org.ketnghia.village.criteria;

import org.ketnghia.core.value.BilingualText;

/**
 * How an indicator of a criteria set is judged against its zone's threshold. JSON form: the
 * constant name.
 */
public enum ThresholdKind {
    /** Tỷ lệ (%) ≥ ngưỡng: a percentage from 0 to 100, met when at least the threshold. */
    PERCENTAGE_AT_LEAST("Tỷ lệ ≥", "percentage ≥"),
    /** Số lượng ≥ ngưỡng: a whole count, met when at least the threshold. */
    COUNT_AT_LEAST("Số lượng ≥", "count ≥"),
    /** Đạt / không đạt: the threshold is 1 when "yes" is required in the zone, 0 when it is not. */
    YES_NO("Đạt / không đạt", "yes/no"),
    /** Số tiền ≥ ngưỡng (đồng), e.g. income per person per year. */
    AMOUNT_AT_LEAST("Số tiền ≥", "amount ≥"),
    /** Đạt khi mọi chỉ tiêu con đạt: no threshold of its own. */
    ALL_SUB_INDICATORS_MET("Đạt khi mọi chỉ tiêu con đạt", "met when all sub-indicators are met");

    private final BilingualText label;

    ThresholdKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Whether indicators of this kind are measured directly (all but {@link #ALL_SUB_INDICATORS_MET}). */
    public boolean isMeasured() {
        return this != ALL_SUB_INDICATORS_MET;
    }
}
