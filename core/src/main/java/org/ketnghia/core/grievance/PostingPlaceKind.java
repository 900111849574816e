package org.ketnghia.core.grievance;

import org.ketnghia.core.value.BilingualText;

/** Where a list was posted or announced (<i>hình thức, địa điểm niêm yết</i>). Immutable and thread-safe. */
public enum PostingPlaceKind {
    /** Trụ sở Ủy ban nhân dân xã. */
    COMMUNE_OFFICE("Trụ sở UBND xã", "commune office"),
    /** Nhà văn hóa thôn (names the village). */
    VILLAGE_CULTURAL_HOUSE("Nhà văn hóa thôn", "village cultural house"),
    /** Hệ thống loa truyền thanh xã, thôn. */
    LOUDSPEAKER("Loa truyền thanh", "loudspeaker broadcast"),
    /** Họp thôn (read out at a village meeting). */
    VILLAGE_MEETING("Họp thôn", "village meeting"),
    /** Trang thông tin điện tử của xã. */
    WEBSITE("Trang thông tin điện tử", "website"),
    /** Another place, described. */
    OTHER("Nơi khác", "other place");

    private final BilingualText label;

    PostingPlaceKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
