package org.ketnghia.livestock.herd;

/** The parties that supervise the purchase and acceptance of animals (plan II.1.6.d). */
public enum OversightParty {
    /** Đơn vị kết nghĩa. */
    SPONSOR("Đơn vị kết nghĩa", "Sponsor"),
    /** Ban Dân tộc tỉnh. */
    PROVINCIAL_ETHNIC_AFFAIRS("Ban Dân tộc tỉnh", "Provincial ethnic affairs committee"),
    /** Phòng Dân tộc huyện. */
    DISTRICT_ETHNIC_AFFAIRS("Phòng Dân tộc huyện", "District ethnic affairs office"),
    /** Phòng Nông nghiệp và PTNT huyện. */
    DISTRICT_AGRICULTURE("Phòng Nông nghiệp và PTNT huyện", "District agriculture office");

    private final String labelVi;
    private final String labelEn;

    OversightParty(String labelVi, String labelEn) {
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
