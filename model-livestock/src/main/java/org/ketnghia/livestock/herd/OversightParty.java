package org.ketnghia.livestock.herd;

import org.ketnghia.core.value.BilingualText;

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

    private final BilingualText label;

    OversightParty(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
