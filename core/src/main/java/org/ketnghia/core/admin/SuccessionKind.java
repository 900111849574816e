package org.ketnghia.core.admin;

/**
 * How a unit passed its territory to another (<i>hình thức sắp xếp</i>). The kind decides which
 * dates must agree: after a {@link #MERGER}, {@link #RENAME} or {@link #ABOLITION} the predecessor
 * no longer exists; after a {@link #SPLIT} or {@link #TRANSFER} it may go on.
 */
public enum SuccessionKind {
    /** Nhập: the predecessor was merged into the successor (with others, or into an existing unit). */
    MERGER,
    /** Chia, tách: part or all of the predecessor's territory formed the successor. */
    SPLIT,
    /** Đổi tên, chuyển loại: the same territory goes on under a new name, kind or code. */
    RENAME,
    /** Giải thể: the predecessor was abolished and its territory went to the successor. */
    ABOLITION,
    /** Điều chỉnh địa giới: part of the predecessor's territory was moved to the successor. */
    TRANSFER;

    /** Whether the predecessor must have ended by the effective date. */
    public boolean endsPredecessor() {
        return this == MERGER || this == RENAME || this == ABOLITION;
    }
}
