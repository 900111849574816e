package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One recorded change or correction of a household, with the household as it stood right after it: the
 * history {@link ParticipantRegistry#householdHistory(String)} keeps (<i>lịch sử biến động hộ</i>).
 *
 * <p>A change ({@link Kind#isCorrection()} false) takes effect on {@link #occurredOn()}; a correction
 * (ethnicity, birth year) states what was always true, so it counts for every date. The snapshot carries
 * personal data (ethnicity, birth years): never post it. Immutable and thread-safe.
 *
 * @param kind what changed
 * @param occurredOn the date it took effect or was established
 * @param sequence the ledger sequence of the event
 * @param reason why
 * @param household the household right after it (for a merged-away household: as it was when it ended)
 */
public record HouseholdChange(Kind kind, LocalDate occurredOn, long sequence, String reason, Household household) {

    /** Checks that no part is missing. */
    public HouseholdChange {
        requireNonNull(kind, "kind");
        requireNonNull(occurredOn, "occurredOn");
        requireNonNull(reason, "reason");
        requireNonNull(household, "household");
    }

    /** The kinds of change (<i>loại biến động</i>). */
    public enum Kind {
        /** Bổ sung nhân khẩu. */
        MEMBER_ADDED(false),
        /** Xóa nhân khẩu. */
        MEMBER_REMOVED(false),
        /** Thay đổi chủ hộ. */
        HEAD_CHANGED(false),
        /** Chuyển nơi ở. */
        MOVED(false),
        /** Tách hộ: members left to form another household. */
        SPLIT(false),
        /** Nhập hộ: another household's members joined. */
        MERGED_IN(false),
        /** Nhập hộ: the household joined another and ended. */
        MERGED_AWAY(false),
        /** Điều chỉnh thành phần dân tộc. */
        ETHNICITY_CORRECTED(true),
        /** Điều chỉnh năm sinh. */
        BIRTH_YEAR_CORRECTED(true);

        private final boolean correction;

        Kind(boolean correction) {
            this.correction = correction;
        }

        /** Whether it corrects a mistake (true for every date) rather than records a change from its date. */
        public boolean isCorrection() {
            return correction;
        }
    }

}
