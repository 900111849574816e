package org.ketnghia.core.disclosure;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of public disclosure ({@code DISCLOSURE_…}). Immutable and thread-safe. */
public enum DisclosureErrorCode implements ErrorCode {
    DISCLOSURE_UNKNOWN_UNIT(
            "Đơn vị hành chính {0} không tồn tại vào ngày {1}.",
            "Administrative unit {0} does not exist on {1}."),
    DISCLOSURE_PERIOD_INVERTED(
            "Ngày bắt đầu {0} sau ngày niêm yết {1}.",
            "The start date {0} is after the listing date {1}.");

    private final BilingualText message;

    DisclosureErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
