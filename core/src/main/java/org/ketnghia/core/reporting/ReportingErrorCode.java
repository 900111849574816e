package org.ketnghia.core.reporting;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of reporting ({@code REPORTING_…}): periods, indicator values, roll-ups and tables. */
public enum ReportingErrorCode implements ErrorCode {
    REPORTING_PROGRAMME_YEAR_OUT_OF_RANGE(
            "Năm thứ {0} của chương trình nằm ngoài khoảng cho phép [1, {1}].",
            "Programme year {0} is outside the allowed range [1, {1}]."),
    REPORTING_PERIOD_INVERTED(
            "Kỳ báo cáo kết thúc ngày {1} trước ngày bắt đầu {0}.",
            "The reporting period ends on {1}, before it starts on {0}."),
    REPORTING_LABEL_BLANK(
            "Tên kỳ báo cáo không được để trống.",
            "The period label must not be blank."),
    REPORTING_NEGATIVE_DENOMINATOR(
            "Mẫu số {0} không được âm.",
            "Denominator {0} must not be negative."),
    REPORTING_VALUE_NOT_WHOLE(
            "Chỉ tiêu {0} tổng hợp theo {1} nên giá trị của đơn vị {2} phải có mẫu số 1, nhưng là {3}.",
            "Indicator {0} aggregates by {1}, so the value of unit {2} must have denominator 1, not {3}."),
    REPORTING_OVERFLOW(
            "Tổng của chỉ tiêu {0} vượt quá giới hạn số nguyên 64 bit.",
            "The total of indicator {0} exceeds the 64-bit integer range."),
    REPORTING_DUPLICATE_INDICATOR(
            "Chỉ tiêu {0} được khai báo hai lần.",
            "Indicator {0} is declared twice."),
    REPORTING_UNKNOWN_INDICATOR(
            "Chưa có nguồn tính cho chỉ tiêu {0}.",
            "No source computes indicator {0}."),
    REPORTING_PLAN_MISMATCH(
            "Kế hoạch của chỉ tiêu {0} mô tả chỉ tiêu khác với nguồn tính.",
            "The plan of indicator {0} describes a different indicator than its source."),
    REPORTING_UNKNOWN_UNIT(
            "Chỉ tiêu {0} có giá trị cho đơn vị {1} không có trong danh mục đơn vị hành chính.",
            "Indicator {0} has a value for unit {1}, which is not in the administrative registry."),
    REPORTING_NO_PERIODS(
            "Cần ít nhất một kỳ báo cáo.",
            "At least one reporting period is required."),
    REPORTING_TABLE_DUPLICATE_ROW(
            "Dòng {0} xuất hiện hai lần trong bảng {1}.",
            "Row {0} appears twice in table {1}.");

    private final BilingualText message;

    ReportingErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
