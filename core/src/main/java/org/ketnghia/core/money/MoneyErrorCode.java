package org.ketnghia.core.money;

import org.ketnghia.core.error.ErrorCode;

/** Error codes of exact money arithmetic ({@code MONEY_…}). */
public enum MoneyErrorCode implements ErrorCode {
    MONEY_OVERFLOW("Số tiền vượt quá giới hạn tính toán: {0}.", "Amount overflows the arithmetic range: {0}."),
    MONEY_NEGATIVE("Số tiền {0} không được âm.", "Amount {0} must not be negative."),
    MONEY_INVALID_SPLIT("Không thể chia thành {0} phần.", "Cannot split into {0} shares."),
    MONEY_UNPARSEABLE("Không đọc được số tiền \"{0}\".", "Cannot read the amount \"{0}\".");

    private final String messageVi;
    private final String messageEn;

    MoneyErrorCode(String messageVi, String messageEn) {
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    @Override
    public String messageVi() {
        return messageVi;
    }

    @Override
    public String messageEn() {
        return messageEn;
    }
}
