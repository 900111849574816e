package org.ketnghia.core.grievance;

import org.ketnghia.core.value.BilingualText;

/** Where a complaint stands on a date (<i>tình trạng giải quyết</i>). Immutable and thread-safe. */
public enum ComplaintStatus {
    /** Đã tiếp nhận, chưa giao xử lý. */
    RECEIVED("Đã tiếp nhận", "received"),
    /** Đã giao xử lý, chưa trả lời. */
    ASSIGNED("Đang xử lý", "assigned"),
    /** Đã trả lời, chưa kết thúc. */
    ANSWERED("Đã trả lời", "answered"),
    /** Đã kết thúc giải quyết. */
    CLOSED("Đã kết thúc", "closed");

    private final BilingualText label;

    ComplaintStatus(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Whether the complaint still awaits its closure. */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
