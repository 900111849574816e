package org.ketnghia.livestock.scenarios;

/**
 * A dimension of a scenario grid (<i>chiều kịch bản</i>), with its labels for tables and charts.
 * The declaration order is the order of the grid, of the scenario ids and of ties in the
 * sensitivity ranking.
 */
public enum ScenarioDimension {
    /** The pass-on policy of every group (<i>phương án quay vòng</i>). */
    PASS_ON_POLICY("policy", "Phương án quay vòng", "Pass-on policy"),
    /** A multiplier applied to every price of the demography (<i>mức giá</i>). */
    PRICE_LEVEL("price", "Mức giá", "Price level"),
    /** The herd demography: assumed or calibrated (<i>tham số đàn: giả định hay hiệu chỉnh</i>). */
    DEMOGRAPHY("demography", "Tham số đàn", "Demography"),
    /** Epidemic and drought years (<i>cú sốc: dịch bệnh, hạn hán</i>). */
    SHOCKS("shocks", "Cú sốc", "Shocks");

    private final String id;
    private final String labelVi;
    private final String labelEn;

    ScenarioDimension(String id, String labelVi, String labelEn) {
        this.id = id;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** A short stable id, used in scenario ids and CSV headers: {@code policy}, {@code price}, {@code demography}, {@code shocks}. */
    public String id() {
        return id;
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
