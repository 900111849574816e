package org.ketnghia.core.money;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of exact money arithmetic ({@code MONEY_…}). */
public enum MoneyErrorCode implements ErrorCode {
    MONEY_OVERFLOW("Số tiền vượt quá giới hạn tính toán: {0}.", "Amount overflows the arithmetic range: {0}."),
    MONEY_NEGATIVE("Số tiền {0} không được âm.", "Amount {0} must not be negative."),
    MONEY_INVALID_SPLIT("Không thể chia thành {0} phần.", "Cannot split into {0} shares."),
    MONEY_UNPARSEABLE("Không đọc được số tiền \"{0}\".", "Cannot read the amount \"{0}\".");

    private final BilingualText message;

    MoneyErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
