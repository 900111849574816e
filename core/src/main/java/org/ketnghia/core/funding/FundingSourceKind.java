package org.ketnghia.core.funding;

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
    HOUSEHOLD_COUNTERPART("Đối ứng của hộ dân", "household counterpart");

    private final String labelVi;
    private final String labelEn;

    FundingSourceKind(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The Vietnamese label, with diacritics. */
    public String labelVi() {
        return labelVi;
    }

    /** The English label. */
    public String labelEn() {
        return labelEn;
    }
}
