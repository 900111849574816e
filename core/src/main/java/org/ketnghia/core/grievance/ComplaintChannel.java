package org.ketnghia.core.grievance;

import org.ketnghia.core.value.BilingualText;

/** How a complaint reached the commune (<i>hình thức tiếp nhận</i>). Immutable and thread-safe. */
public enum ComplaintChannel {
    /** Trực tiếp tại nơi tiếp công dân. */
    IN_PERSON("Trực tiếp", "in person"),
    /** Đơn viết gửi đến. */
    WRITTEN("Đơn", "in writing"),
    /** Điện thoại. */
    PHONE("Điện thoại", "by phone"),
    /** Ý kiến tại họp thôn. */
    VILLAGE_MEETING("Họp thôn", "at a village meeting"),
    /** Hòm thư góp ý. */
    SUGGESTION_BOX("Hòm thư góp ý", "suggestion box"),
    /** Trang thông tin điện tử, cổng dịch vụ công. */
    ONLINE("Trực tuyến", "online");

    private final BilingualText label;

    ComplaintChannel(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
