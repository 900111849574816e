package org.ketnghia.core.funding;

import org.ketnghia.core.value.BilingualText;

/** Where money for the programme comes from (<i>loại nguồn vốn</i>). */
public enum FundingSourceKind {
    /** Doanh nghiệp. */
    ENTERPRISE("Doanh nghiệp", "enterprise"),
    /** Nhà đầu tư. */
    INVESTOR("Nhà đầu tư", "investor"),
    /** Nhà hảo tâm, mạnh thường quân. */
    PHILANTHROPIST("Nhà hảo tâm", "philanthropist"),
    /** Đơn vị kết nghĩa (sở, ngành, địa phương đồng bằng, tổ chức đoàn thể). */
    SPONSOR("Đơn vị kết nghĩa", "sponsor"),
    /** Vốn lồng ghép từ các chương trình, dự án khác. */
    INTEGRATED_PROGRAMME("Vốn lồng ghép chương trình", "integrated programme"),
    /** Ngân sách nhà nước. */
    STATE_BUDGET("Ngân sách nhà nước", "state budget"),
    /** Đối ứng của địa phương (huyện, xã). */
    LOCAL_COUNTERPART("Đối ứng của địa phương", "local counterpart"),
    /** Đối ứng của hộ dân. */
    HOUSEHOLD_COUNTERPART("Đối ứng của hộ dân", "household counterpart"),
    /**
     * Tiền hoàn trả quay vòng của hộ: cash households pay back into a group's revolving fund (cash paid
     * instead of passing animals on, say), recycled to support the next household. A pilot model's handler
     * registers such a source and records the money through {@link CommuneFunds#checkReceipts}, earmarked
     * for {@link CommuneFunds#revolvingFund}; spending it does not count against the plan's allotment.
     */
    REVOLVING_REPAYMENT("Tiền hoàn trả quay vòng của hộ", "households' revolving repayment");

    private final BilingualText label;

    FundingSourceKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
