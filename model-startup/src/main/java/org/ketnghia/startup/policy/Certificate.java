package org.ketnghia.startup.policy;

import org.ketnghia.core.value.BilingualText;

/**
 * What an applicant declares it meets (<i>đảm bảo quy định về tiêu chuẩn chất lượng, an toàn thực
 * phẩm, an toàn dịch bệnh, bảo vệ môi trường</i>), backed by a certificate or commitment.
 */
public enum Certificate {
    QUALITY("Tiêu chuẩn chất lượng sản phẩm", "product quality"),
    FOOD_SAFETY("An toàn thực phẩm", "food safety"),
    DISEASE_SAFETY("An toàn dịch bệnh", "disease safety"),
    ENVIRONMENT("Bảo vệ môi trường", "environmental protection");

    private final BilingualText label;

    Certificate(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
