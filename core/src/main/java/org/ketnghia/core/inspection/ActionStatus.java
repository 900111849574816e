package org.ketnghia.core.inspection;

import org.ketnghia.core.value.BilingualText;

/** Where a required action stands on a date (a query result, never recorded). */
public enum ActionStatus {
    /** Chưa khắc phục: not closed, or reopened by a re-check. */
    OPEN("chưa khắc phục", "open"),
    /** Đã khắc phục: closed with evidence, not yet re-checked. */
    CLOSED("đã khắc phục", "closed"),
    /** Đã phúc tra xác nhận: the closure was confirmed by a re-check. */
    CONFIRMED("đã phúc tra xác nhận", "confirmed");

    private final BilingualText label;

    ActionStatus(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Whether the action still has to be done. */
    public boolean isOpen() {
        return this == OPEN;
    }
}
