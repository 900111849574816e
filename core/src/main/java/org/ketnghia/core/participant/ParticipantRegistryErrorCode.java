package org.ketnghia.core.participant;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * Error codes of the participant registry ({@code PARTICIPANT_…}): registering households, persons
 * and organisations and recording poverty status. The ethnicity and poverty-standard codes live in
 * {@link org.ketnghia.core.participant.ethnicity.ParticipantErrorCode}.
 *
 * <p>The constant names are stable codes, part of the public contract. Immutable and thread-safe.
 */
public enum ParticipantRegistryErrorCode implements ErrorCode {
    PARTICIPANT_DUPLICATE_ID(
            "Mã \"{0}\" đã được đăng ký.",
            "The id \"{0}\" is already registered."),
    PARTICIPANT_INVALID_ID_NUMBER(
            "Số định danh cá nhân phải gồm 12 chữ số (căn cước) hoặc 9 chữ số (chứng minh nhân dân cũ).",
            "A personal identification number has 12 digits (citizen ID) or 9 digits (old ID card)."),
    PARTICIPANT_NO_MEMBERS(
            "Hộ gia đình phải có ít nhất một thành viên.",
            "A household needs at least one member."),
    PARTICIPANT_HEAD_MISSING(
            "Hộ gia đình phải có đúng một chủ hộ, nhưng không có thành viên nào là chủ hộ.",
            "A household needs exactly one head, but no member is the head."),
    PARTICIPANT_MULTIPLE_HEADS(
            "Hộ gia đình phải có đúng một chủ hộ, nhưng có {0} thành viên được ghi là chủ hộ.",
            "A household needs exactly one head, but {0} members are recorded as head."),
    PARTICIPANT_BIRTH_YEAR_OUT_OF_RANGE(
            "Năm sinh {0} không hợp lệ: phải từ {1} đến {2}.",
            "Birth year {0} is invalid: it must be from {1} to {2}."),
    PARTICIPANT_UNKNOWN_VILLAGE(
            "Thôn {0} không tồn tại vào ngày {1}.",
            "Village {0} does not exist on {1}."),
    PARTICIPANT_NOT_A_VILLAGE(
            "Đơn vị {0} là cấp \"{1}\", không phải thôn.",
            "Unit {0} is at level \"{1}\", not a village."),
    PARTICIPANT_OUTSIDE_UNIT(
            "{0} không thuộc đơn vị {1} vào ngày {2}.",
            "{0} does not lie within unit {1} on {2}."),
    PARTICIPANT_UNKNOWN_UNIT(
            "Đơn vị hành chính {0} không tồn tại vào ngày {1}.",
            "Administrative unit {0} does not exist on {1}."),
    PARTICIPANT_UNKNOWN_HOUSEHOLD(
            "Không tìm thấy hộ gia đình \"{0}\".",
            "Unknown household \"{0}\"."),
    PARTICIPANT_UNKNOWN_PERSON(
            "Không tìm thấy cá nhân \"{0}\".",
            "Unknown person \"{0}\"."),
    PARTICIPANT_UNKNOWN_ORGANISATION(
            "Không tìm thấy tổ chức \"{0}\".",
            "Unknown organisation \"{0}\"."),
    PARTICIPANT_STATUS_YEAR_OUT_OF_RANGE(
            "Năm {0} không hợp lệ cho kết quả rà soát: phải từ {1} đến {2}.",
            "Year {0} is invalid for a poverty review result: it must be from {1} to {2}."),
    PARTICIPANT_STATUS_ALREADY_RECORDED(
            "Hộ \"{0}\" đã có kết quả rà soát năm {1} ({2}); hãy dùng lệnh điều chỉnh.",
            "Household \"{0}\" already has a status for {1} ({2}); record a correction instead."),
    PARTICIPANT_NO_STATUS_TO_CORRECT(
            "Hộ \"{0}\" chưa có kết quả rà soát năm {1} để điều chỉnh.",
            "Household \"{0}\" has no status for {1} to correct."),
    PARTICIPANT_STATUS_CATEGORY_MISSING(
            "Phải ghi diện hộ (nghèo, cận nghèo, …) hoặc kết quả phân loại theo chuẩn nghèo.",
            "Give the category (poor, near-poor, …) or the classification under the poverty standard."),
    PARTICIPANT_CATEGORY_CONTRADICTS_CLASSIFICATION(
            "Diện hộ {0} mâu thuẫn với kết quả phân loại theo chuẩn nghèo: {1}.",
            "Category {0} contradicts the classification under the poverty standard: {1}."),
    PARTICIPANT_ROLE_MISSING(
            "Cá nhân phải có ít nhất một vai trò (cán bộ, người khởi nghiệp, …).",
            "A person needs at least one role (official, entrepreneur, …)."),
    PARTICIPANT_OFFICIAL_POSITION_MISSING(
            "Cán bộ phải có chức vụ và đơn vị công tác.",
            "An official needs a position and a work unit."),
    PARTICIPANT_BUSINESS_REGISTRATION_REQUIRED(
            "Tổ chức loại {0} phải có đăng ký kinh doanh (số, ngày cấp, cơ quan cấp).",
            "An organisation of kind {0} needs its business registration (number, date, issuing authority)."),
    PARTICIPANT_REGISTRATION_AFTER_DATE(
            "Ngày cấp đăng ký kinh doanh {0} sau ngày ghi nhận {1}.",
            "The business registration date {0} is after the date recorded {1}."),
    PARTICIPANT_ALREADY_MEMBER(
            "\"{0}\" đã là thành viên của tổ chức \"{1}\".",
            "\"{0}\" is already a member of organisation \"{1}\"."),
    PARTICIPANT_HOUSEHOLD_ENDED(
            "Hộ \"{0}\" đã nhập vào hộ khác từ ngày {1}.",
            "Household \"{0}\" was merged into another on {1}."),
    PARTICIPANT_CHANGE_BEFORE_LAST(
            "Ngày {0} trước ngày {1} của lần ghi nhận gần nhất về hộ \"{2}\"; biến động phải ghi theo thứ tự thời gian.",
            "Date {0} is before {1}, the last record about household \"{2}\"; changes are recorded in date order."),
    PARTICIPANT_UNKNOWN_MEMBER(
            "Hộ \"{0}\" không có thành viên \"{1}\".",
            "Household \"{0}\" has no member \"{1}\"."),
    PARTICIPANT_MEMBER_AMBIGUOUS(
            "Hộ \"{0}\" có {2} thành viên cùng tên \"{1}\"; không xác định được người nào.",
            "Household \"{0}\" has {2} members named \"{1}\"; which one is meant cannot be told."),
    PARTICIPANT_MEMBER_EXISTS(
            "Hộ \"{0}\" đã có thành viên \"{1}\".",
            "Household \"{0}\" already has a member \"{1}\"."),
    PARTICIPANT_HEAD_MUST_STAY(
            "Chủ hộ \"{1}\" không thể rời hộ \"{0}\"; hãy thay đổi chủ hộ trước.",
            "The head \"{1}\" cannot leave household \"{0}\"; change the head first."),
    PARTICIPANT_NO_MEMBER_LEFT(
            "Hộ \"{0}\" phải còn ít nhất một thành viên.",
            "Household \"{0}\" must keep at least one member."),
    PARTICIPANT_ALREADY_HEAD(
            "\"{1}\" đã là chủ hộ \"{0}\".",
            "\"{1}\" is already the head of household \"{0}\"."),
    PARTICIPANT_HEAD_RELATION_NOT_ALLOWED(
            "Không thể ghi quan hệ \"chủ hộ\" ở đây: mỗi hộ có đúng một chủ hộ.",
            "The relation \"head\" cannot be given here: a household has exactly one head."),
    PARTICIPANT_SAME_VILLAGE(
            "Hộ \"{0}\" đã ở thôn {1}.",
            "Household \"{0}\" already lives in village {1}."),
    PARTICIPANT_SAME_HOUSEHOLD(
            "Không thể nhập hộ \"{0}\" vào chính nó.",
            "Household \"{0}\" cannot be merged into itself."),
    PARTICIPANT_NOTHING_TO_CORRECT(
            "Giá trị điều chỉnh trùng với giá trị đã ghi của hộ \"{0}\".",
            "The corrected value is the one already recorded for household \"{0}\"."),
    PARTICIPANT_RELATIONS_INCOMPLETE(
            "Quan hệ với chủ hộ phải ghi cho đúng mọi thành viên của hộ \"{0}\"; sai ở \"{1}\".",
            "Give the relation to the head for exactly the members of household \"{0}\"; wrong for \"{1}\"."),
    PARTICIPANT_NEW_HEAD_NOT_LEAVING(
            "Chủ hộ mới \"{0}\" phải là một trong các thành viên tách ra.",
            "The new head \"{0}\" must be one of the members who leave.");

    private final BilingualText message;

    ParticipantRegistryErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
