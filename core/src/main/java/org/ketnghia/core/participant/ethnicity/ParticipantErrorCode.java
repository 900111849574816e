package org.ketnghia.core.participant.ethnicity;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * Error codes of the participant feature ({@code PARTICIPANT_…}): ethnicity look-ups and the
 * multidimensional poverty classification ({@code org.ketnghia.core.participant.poverty}).
 *
 * <p>The constant names are stable codes, part of the public contract. Immutable and thread-safe.
 */
public enum ParticipantErrorCode implements ErrorCode {
    PARTICIPANT_UNKNOWN_ETHNICITY(
            "Không tìm thấy dân tộc \"{0}\" trong danh mục các dân tộc Việt Nam.",
            "\"{0}\" is not an ethnic group of the official list of Vietnam's ethnic groups."),
    PARTICIPANT_INVALID_ETHNICITY_CODE(
            "Mã dân tộc \"{0}\" không hợp lệ: phải gồm 2 chữ số.",
            "Ethnic group code \"{0}\" is invalid: it must be 2 digits."),
    PARTICIPANT_AMBIGUOUS_ETHNICITY_NAME(
            "Tên \"{0}\" được dùng cho cả dân tộc {1} và dân tộc {2}.",
            "Name \"{0}\" is used for both ethnic group {1} and ethnic group {2}."),
    PARTICIPANT_NO_POVERTY_STANDARD(
            "Không có chuẩn nghèo nào có hiệu lực vào ngày {0}.",
            "No poverty standard is in force on {0}."),
    PARTICIPANT_OVERLAPPING_POVERTY_STANDARDS(
            "Thời gian hiệu lực của chuẩn nghèo {0} ({1}) và {2} ({3}) chồng lấn nhau.",
            "The validity of poverty standards {0} ({1}) and {2} ({3}) overlaps."),
    PARTICIPANT_INVALID_INDICATOR_ID(
            "Mã chỉ số \"{0}\" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối.",
            "Indicator id \"{0}\" is invalid: use lower-case ASCII letters, digits and hyphens."),
    PARTICIPANT_AVERAGE_BAND_NOT_ABOVE_LINE(
            "Mức trần của hộ có mức sống trung bình {0} phải cao hơn chuẩn nghèo {1}.",
            "The average-living-standard ceiling {0} must be above the poverty line {1}."),
    PARTICIPANT_UNKNOWN_DEPRIVATION(
            "Chỉ số thiếu hụt \"{0}\" không thuộc chuẩn nghèo {1} (các chỉ số: {2}).",
            "Deprivation indicator \"{0}\" is not part of poverty standard {1} (indicators: {2})."),
    PARTICIPANT_NEGATIVE_INCOME(
            "Thu nhập bình quân đầu người {0} không được âm.",
            "Income per person {0} must not be negative."),
    PARTICIPANT_EXIT_AFTER_ASSESSMENT(
            "Ngày ra khỏi danh sách hộ nghèo, cận nghèo {0} sau ngày đánh giá {1}.",
            "The date the household left the poor/near-poor list, {0}, is after the assessment date {1}."),
    PARTICIPANT_EXIT_DATE_REQUIRED(
            "Hộ mới thoát nghèo phải có ngày ra khỏi danh sách hộ nghèo, cận nghèo.",
            "A newly escaped household needs the date it left the poor/near-poor list."),
    PARTICIPANT_EXIT_WITHOUT_LISTING(
            "Có ngày ra khỏi danh sách {0} nhưng diện trước đây là {1}, không phải hộ nghèo hay cận nghèo.",
            "An exit date {0} is given but the previous status is {1}, not poor or near-poor.");

    private final BilingualText message;

    ParticipantErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
