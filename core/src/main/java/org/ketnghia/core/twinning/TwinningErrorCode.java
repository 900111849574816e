package org.ketnghia.core.twinning;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of twinning: sponsors, agreements and the model-choice rule ({@code TWINNING_…}). */
public enum TwinningErrorCode implements ErrorCode {
    TWINNING_DUPLICATE_SPONSOR(
            "Đơn vị kết nghĩa mã \"{0}\" đã được đăng ký.",
            "Sponsor \"{0}\" is already registered."),
    TWINNING_LOCALITY_NOT_APPLICABLE(
            "Chỉ địa phương đồng bằng mới gắn với một đơn vị hành chính; đơn vị kết nghĩa loại \"{0}\" không được ghi mã đơn vị \"{1}\".",
            "Only a lowland locality is linked to an administrative unit; a sponsor of kind \"{0}\" cannot name unit \"{1}\"."),
    TWINNING_UNKNOWN_LOCALITY_UNIT(
            "Không có đơn vị hành chính mã \"{0}\".",
            "There is no administrative unit with code \"{0}\"."),
    TWINNING_DUPLICATE_AGREEMENT(
            "Thỏa thuận kết nghĩa mã \"{0}\" đã được ghi nhận.",
            "Twinning agreement \"{0}\" is already recorded."),
    TWINNING_OVERLAPPING_AGREEMENT(
            "Đơn vị kết nghĩa \"{0}\" đã có thỏa thuận \"{1}\" với đơn vị \"{2}\" có hiệu lực {3}, trùng thời gian với thỏa thuận mới; hãy điều chỉnh thỏa thuận đó (chọn lại mô hình) hoặc chấm dứt nó trước.",
            "Sponsor \"{0}\" already has agreement \"{1}\" with unit \"{2}\" in force {3}, overlapping the new one; amend that agreement (choose its models again) or end it first."),
    TWINNING_NO_SPONSOR(
            "Thỏa thuận kết nghĩa phải có ít nhất một đơn vị kết nghĩa.",
            "A twinning agreement needs at least one sponsor."),
    TWINNING_UNKNOWN_SPONSOR(
            "Chưa đăng ký đơn vị kết nghĩa mã \"{0}\".",
            "No sponsor \"{0}\" is registered."),
    TWINNING_RECIPIENT_NOT_FOUND(
            "Đơn vị nhận kết nghĩa \"{0}\" không tồn tại vào ngày bắt đầu {1}.",
            "Recipient unit \"{0}\" does not exist on the start date {1}."),
    TWINNING_RECIPIENT_LEVEL(
            "Đơn vị nhận kết nghĩa \"{0}\" thuộc cấp \"{1}\"; chỉ xã hoặc huyện (khi cấp huyện còn tồn tại) được nhận kết nghĩa.",
            "Recipient unit \"{0}\" is at level \"{1}\"; only a commune or a district (while the district level exists) can be a recipient."),
    TWINNING_NO_MODEL(
            "Phải chọn ít nhất một mô hình thí điểm.",
            "At least one pilot model must be chosen."),
    TWINNING_INVALID_MODEL_ID(
            "Mã mô hình \"{0}\" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ.",
            "Model id \"{0}\" is invalid: lower-case letters, digits and hyphens only, starting with a letter."),
    TWINNING_COMMITMENT_MODEL_NOT_CHOSEN(
            "Có cam kết cho mô hình \"{0}\" nhưng mô hình này không được chọn.",
            "There is a commitment for model \"{0}\", which is not chosen."),
    TWINNING_PLEDGE_NOT_POSITIVE(
            "Số tiền cam kết {0} phải lớn hơn 0.",
            "The pledged amount {0} must be greater than 0."),
    TWINNING_UNKNOWN_AGREEMENT(
            "Không có thỏa thuận kết nghĩa mã \"{0}\".",
            "There is no twinning agreement \"{0}\"."),
    TWINNING_AGREEMENT_ALREADY_ENDED(
            "Thỏa thuận kết nghĩa \"{0}\" đã chấm dứt, ngày cuối cùng là {1}.",
            "Twinning agreement \"{0}\" has already ended; its last day is {1}."),
    TWINNING_END_AFTER_PLANNED_END(
            "Ngày chấm dứt {0} sau ngày hết hạn đã thỏa thuận {1}.",
            "The last day {0} is after the agreed end date {1}."),
    TWINNING_AMENDMENT_OUTSIDE_PERIOD(
            "Ngày hiệu lực {0} của điều chỉnh nằm ngoài thời hạn của thỏa thuận {1}.",
            "The amendment's effective date {0} is outside the agreement's period {1}."),
    TWINNING_AMENDMENT_OUT_OF_ORDER(
            "Ngày hiệu lực {0} trước ngày hiệu lực của lần chọn mô hình gần nhất ({1}).",
            "The effective date {0} is before that of the latest model choice ({1})."),
    TWINNING_TOO_FEW_MODELS(
            "{0} ({1}): các đơn vị kết nghĩa {2} mới cùng chọn {3} trong {4} mô hình ({5}); quy định phải chọn ít nhất {6}.",
            "{0} ({1}): its sponsors {2} together chose {3} of the {4} models ({5}); at least {6} are required."),
    TWINNING_INVALID_RULE(
            "Quy tắc chọn mô hình không hợp lệ: tối thiểu {0} trong {1} mô hình.",
            "Invalid model-choice rule: at least {0} of {1} models.");

    private final BilingualText message;

    TwinningErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
