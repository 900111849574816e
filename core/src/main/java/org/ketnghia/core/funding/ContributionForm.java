package org.ketnghia.core.funding;

import org.ketnghia.core.value.BilingualText;

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

    private final BilingualText label;

    ContributionForm(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
