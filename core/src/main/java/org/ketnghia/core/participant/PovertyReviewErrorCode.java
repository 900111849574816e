package org.ketnghia.core.participant;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * Error codes of the annual poverty review (<i>rà soát hộ nghèo, hộ cận nghèo hằng năm</i>, Nghị định
 * 07/2021/NĐ-CP): its window and the public posting of its results ({@code PARTICIPANT_REVIEW_…}).
 *
 * <p>The constant names are stable codes, part of the public contract. Immutable and thread-safe.
 */
public enum PovertyReviewErrorCode implements ErrorCode {
    PARTICIPANT_REVIEW_OUTSIDE_WINDOW(
            "Kết quả rà soát hộ nghèo, hộ cận nghèo năm {0} chỉ được ghi trong kỳ rà soát từ {1} đến {2} (thời gian"
                    + " rà soát do {4} quy định); ngày ghi {3} nằm ngoài kỳ rà soát. Để sửa kết quả đã ghi, hãy dùng"
                    + " lệnh điều chỉnh có nêu lý do.",
            "A poverty review result for {0} may be recorded only within the review window from {1} to {2} (set"
                    + " for {4}); {3} lies outside it. To fix a recorded result, record a correction with a reason."),
    PARTICIPANT_REVIEW_WINDOW_INVERTED(
            "Kỳ rà soát kết thúc ngày {1} trước ngày bắt đầu {0}; kỳ rà soát phải nằm trong một năm.",
            "The review window ends on {1}, before it starts on {0}; a window lies within one calendar year."),
    PARTICIPANT_REVIEW_NOT_A_PROVINCE(
            "Đơn vị {0} không phải là tỉnh vào ngày {1}; thời gian rà soát do tỉnh quy định.",
            "Unit {0} is not a province on {1}; the review window is set for a province."),
    PARTICIPANT_REVIEW_NOT_A_COMMUNE(
            "Đơn vị {0} không phải là xã vào ngày {1}; kết quả rà soát được niêm yết theo xã.",
            "Unit {0} is not a commune on {1}; review results are posted per commune."),
    PARTICIPANT_REVIEW_DUPLICATE_POSTING(
            "Mã niêm yết \"{0}\" đã được dùng.",
            "The posting id \"{0}\" is already used."),
    PARTICIPANT_REVIEW_NO_POSTING_PLACE(
            "Phải ghi ít nhất một nơi niêm yết.",
            "Give at least one place where the list is posted.");

    private final BilingualText message;

    PovertyReviewErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
