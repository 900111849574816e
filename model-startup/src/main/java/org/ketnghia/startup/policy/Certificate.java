package org.ketnghia.startup.policy;

/**
 * What an applicant declares it meets (<i>đảm bảo quy định về tiêu chuẩn chất lượng, an toàn thực
 * phẩm, an toàn dịch bệnh, bảo vệ môi trường</i>), backed by a certificate or commitment.
 */
public enum Certificate {
    QUALITY("Tiêu chuẩn chất lượng sản phẩm", "product quality"),
    FOOD_SAFETY("An toàn thực phẩm", "food safety"),
    DISEASE_SAFETY("An toàn dịch bệnh", "disease safety"),
    ENVIRONMENT("Bảo vệ môi trường", "environmental protection");

    private final String labelVi;
    private final String labelEn;

    Certificate(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The label in Vietnamese. */
    public String labelVi() {
        return labelVi;
    }

    /** The label in English. */
    public String labelEn() {
        return labelEn;
    }
}
