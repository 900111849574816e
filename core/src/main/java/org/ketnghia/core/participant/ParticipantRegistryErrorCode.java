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
            "\"{0}\" is already a member of organisation \"{1}\".");

    private final BilingualText message;

    ParticipantRegistryErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
