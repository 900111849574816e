package org.ketnghia.livestock.herd;

/** The state of a household's pass-on obligation on a date. */
public enum ObligationStatus {
    /** Open, deadline not passed (<i>đến hạn</i>). */
    DUE,
    /** Open past its deadline (<i>quá hạn</i>). */
    OVERDUE,
    /** Animals passed on or cash paid (<i>đã hoàn thành</i>). */
    FULFILLED,
    /** Waived by a commune decision (<i>được miễn</i>). */
    WAIVED,
    /** Written off after certified deaths under the policy (<i>xóa do chết có xác nhận</i>). */
    WRITTEN_OFF;

    /** Whether the obligation is still open. */
    public boolean isOpen() {
        return this == DUE || this == OVERDUE;
    }
}
