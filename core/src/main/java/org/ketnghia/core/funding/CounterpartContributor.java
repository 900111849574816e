package org.ketnghia.core.funding;

/** Who pays a counterpart contribution (<i>đối ứng</i>), and which source kind records it. */
public enum CounterpartContributor {
    /** Huyện (until the district level was abolished on 1 July 2025). */
    DISTRICT("Huyện", "district", FundingSourceKind.LOCAL_COUNTERPART),
    /** Xã. */
    COMMUNE("Xã", "commune", FundingSourceKind.LOCAL_COUNTERPART),
    /** Hộ dân. */
    HOUSEHOLDS("Hộ dân", "households", FundingSourceKind.HOUSEHOLD_COUNTERPART);

    private final String labelVi;
    private final String labelEn;
    private final FundingSourceKind sourceKind;

    CounterpartContributor(String labelVi, String labelEn, FundingSourceKind sourceKind) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.sourceKind = sourceKind;
    }

    /** The Vietnamese label. */
    public String labelVi() {
        return labelVi;
    }

    /** The English label. */
    public String labelEn() {
        return labelEn;
    }

    /** The kind the contribution's funding source must have. */
    public FundingSourceKind sourceKind() {
        return sourceKind;
    }
}
