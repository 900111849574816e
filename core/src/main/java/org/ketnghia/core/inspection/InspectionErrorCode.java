package org.ketnghia.core.inspection;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of inspections and their follow-up ({@code INSPECTION_…}). */
public enum InspectionErrorCode implements ErrorCode {
    INSPECTION_DUPLICATE(
            "Biên bản kiểm tra mã \"{0}\" đã được ghi nhận.",
            "Inspection \"{0}\" is already recorded."),
    INSPECTION_UNKNOWN(
            "Không có cuộc kiểm tra mã \"{0}\".",
            "There is no inspection \"{0}\"."),
    INSPECTION_RECHECK_WITHOUT_ORIGINAL(
            "Cuộc phúc tra phải nêu cuộc kiểm tra trước đó được phúc tra.",
            "A re-check must name the earlier inspection it follows up."),
    INSPECTION_RECHECK_OF_NOT_APPLICABLE(
            "Chỉ cuộc phúc tra mới nêu cuộc kiểm tra được phúc tra; đây là \"{0}\".",
            "Only a re-check names an earlier inspection; this is a \"{0}\"."),
    INSPECTION_RECHECK_BEFORE_ORIGINAL(
            "Ngày phúc tra {0} trước ngày kiểm tra {1} của cuộc kiểm tra \"{2}\".",
            "The re-check on {0} is before inspection \"{2}\" of {1}."),
    INSPECTION_UNKNOWN_SPONSOR(
            "Chưa đăng ký đơn vị kết nghĩa mã \"{0}\".",
            "No sponsor \"{0}\" is registered."),
    INSPECTION_BODY_NOT_OVER_UNIT(
            "\"{0}\" không phải cấp tỉnh hoặc huyện chứa đơn vị \"{1}\" vào ngày {2}.",
            "\"{0}\" is not the province or district containing unit \"{1}\" on {2}."),
    INSPECTION_BODY_NOT_ACTOR(
            "Người ghi ({0}) không thuộc cơ quan kiểm tra \"{1}\".",
            "The recorder ({0}) does not act for the inspecting body \"{1}\"."),
    INSPECTION_UNKNOWN_UNIT(
            "Không có đơn vị hành chính mã \"{0}\" vào ngày {1}.",
            "There is no administrative unit \"{0}\" on {1}."),
    INSPECTION_FINDING_OUTSIDE_UNIT(
            "Đơn vị \"{0}\" của nội dung phát hiện không thuộc đơn vị được kiểm tra \"{1}\".",
            "The finding's unit \"{0}\" is not within the inspected unit \"{1}\"."),
    INSPECTION_UNKNOWN_FINDING(
            "Không có nội dung phát hiện mã \"{0}\" trong cuộc kiểm tra.",
            "There is no finding \"{0}\" in the inspection."),
    INSPECTION_ACTION_WITHOUT_DEADLINE(
            "Yêu cầu khắc phục \"{0}\" phải có thời hạn.",
            "Required action \"{0}\" needs a deadline."),
    INSPECTION_DEADLINE_BEFORE_DATE(
            "Thời hạn {0} trước ngày {1}.",
            "The deadline {0} is before {1}."),
    INSPECTION_UNKNOWN_ACTION(
            "Cuộc kiểm tra \"{0}\" không có yêu cầu khắc phục mã \"{1}\".",
            "Inspection \"{0}\" has no required action \"{1}\"."),
    INSPECTION_ACTION_ALREADY_CLOSED(
            "Yêu cầu khắc phục \"{0}\" đã được đóng ngày {1}.",
            "Required action \"{0}\" was already closed on {1}."),
    INSPECTION_CLOSED_BEFORE(
            "Ngày {0} trước ngày {1} của yêu cầu khắc phục \"{2}\" (ngày kiểm tra hoặc ngày mở lại, đóng).",
            "The day {0} is before {1}, when required action \"{2}\" was required, reopened or closed."),
    INSPECTION_NOT_INSPECTING_SPONSOR(
            "Đơn vị kết nghĩa \"{0}\" không phải cơ quan đã kiểm tra \"{1}\".",
            "Sponsor \"{0}\" is not the body that made inspection \"{1}\"."),
    INSPECTION_ACTION_NOT_CLOSED(
            "Yêu cầu khắc phục \"{0}\" đang ở trạng thái \"{1}\"; chỉ yêu cầu đã đóng mới được phúc tra xác nhận hoặc mở lại.",
            "Required action \"{0}\" is {1}; only a closed action can be confirmed or reopened."),
    INSPECTION_NOT_A_RECHECK(
            "Cuộc kiểm tra \"{0}\" không phải cuộc phúc tra.",
            "Inspection \"{0}\" is not a re-check."),
    INSPECTION_REOPEN_WITHOUT_DEADLINE(
            "Mở lại yêu cầu khắc phục phải có thời hạn mới và lý do.",
            "Reopening an action needs a new deadline and a reason."),
    INSPECTION_UNIT_MISMATCH(
            "Yêu cầu khắc phục \"{0}\" về đơn vị \"{1}\" không thuộc đơn vị \"{2}\" được ghi vào ngày {3}.",
            "Required action \"{0}\" about unit \"{1}\" is not within unit \"{2}\" recorded for on {3}."),
    INSPECTION_CONFIRM_WITH_DEADLINE(
            "Xác nhận đã khắc phục không có thời hạn mới.",
            "A confirmation carries no new deadline.");

    private final BilingualText message;

    InspectionErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
