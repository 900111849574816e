package org.ketnghia.core.funding;

import org.ketnghia.core.value.BilingualText;

/** Who pays a counterpart contribution (<i>đối ứng</i>), and which source kind records it. */
public enum CounterpartContributor {
    /** Huyện (until the district level was abolished on 1 July 2025). */
    DISTRICT("Huyện", "district", FundingSourceKind.LOCAL_COUNTERPART),
    /** Xã. */
    COMMUNE("Xã", "commune", FundingSourceKind.LOCAL_COUNTERPART),
    /** Hộ dân. */
    HOUSEHOLDS("Hộ dân", "households", FundingSourceKind.HOUSEHOLD_COUNTERPART);

    private final BilingualText label;
    private final FundingSourceKind sourceKind;

    CounterpartContributor(String labelVi, String labelEn, FundingSourceKind sourceKind) {
        this.label = BilingualText.of(labelVi, labelEn);
        this.sourceKind = sourceKind;
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** The kind the contribution's funding source must have. */
    public FundingSourceKind sourceKind() {
        return sourceKind;
    }
}
