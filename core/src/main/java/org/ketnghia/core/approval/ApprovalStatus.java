package org.ketnghia.core.approval;

import org.ketnghia.core.value.BilingualText;

/** Where a request for approval stands on a given day. */
public enum ApprovalStatus {
    /** Chờ phê duyệt: open, neither decided nor expired. */
    PENDING("Chờ phê duyệt", "pending"),
    /** Đã phê duyệt: the command took effect. */
    APPROVED("Đã phê duyệt", "approved"),
    /** Bị từ chối hoặc đã rút: the command never takes effect. */
    REJECTED("Bị từ chối", "rejected"),
    /** Quá hạn: not decided by its last day; the command never takes effect. */
    EXPIRED("Quá hạn phê duyệt", "expired");

    private final BilingualText label;

    ApprovalStatus(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }
}
