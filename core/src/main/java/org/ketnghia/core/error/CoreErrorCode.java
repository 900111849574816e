package org.ketnghia.core.error;

import org.ketnghia.core.value.BilingualText;

/**
 * Generic validation codes shared by every feature ({@code VALUE_…}). Features add their own enums
 * ({@code MoneyErrorCode}, {@code AdminErrorCode}, {@code LedgerErrorCode}, …) so that each code
 * lives beside the rule it names.
 */
public enum CoreErrorCode implements ErrorCode {
    VALUE_REQUIRED("Thiếu giá trị bắt buộc.", "A value is required."),
    VALUE_BLANK("Không được để trống.", "Must not be blank."),
    VALUE_OUT_OF_RANGE("Giá trị {0} nằm ngoài khoảng cho phép [{1}, {2}].", "Value {0} is outside the allowed range [{1}, {2}]."),
    VALUE_NEGATIVE("Giá trị {0} không được âm.", "Value {0} must not be negative."),
    VALUE_DUPLICATE("Giá trị {0} bị trùng lặp.", "Value {0} is a duplicate."),
    VALUE_UNKNOWN("Không tìm thấy {0}.", "Unknown {0}."),
    PERIOD_INVERTED("Ngày kết thúc {1} trước ngày bắt đầu {0}.", "End date {1} is before start date {0}."),
    JSON_UNREADABLE("Không đọc được dữ liệu JSON: {0}", "Cannot read the JSON data: {0}");

    private final BilingualText message;

    CoreErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
