package org.ketnghia.core.funding;

/**
 * The form of a counterpart contribution: cash goes into the commune's fund and can be spent;
 * kind and labour are valued in đồng (quantity × unit value, labour days × day rate) and counted,
 * but are not money in the fund.
 */
public enum ContributionForm {
    /** Tiền mặt. */
    CASH("Tiền mặt", "cash"),
    /** Hiện vật. */
    KIND("Hiện vật", "kind"),
    /** Ngày công lao động. */
    LABOUR("Ngày công", "labour");

    private final String labelVi;
    private final String labelEn;

    ContributionForm(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The Vietnamese label. */
    public String labelVi() {
        return labelVi;
    }

    /** The English label. */
    public String labelEn() {
        return labelEn;
    }
}
