package org.ketnghia.core.runtime;

import org.ketnghia.core.error.ErrorCode;

/** Error codes of assembling a runtime ({@code RUNTIME_…}). */
public enum RuntimeErrorCode implements ErrorCode {
    RUNTIME_MODEL_ID_INVALID(
            "Mã mô hình \"{0}\" của {1} không hợp lệ: chỉ gồm chữ thường, chữ số và dấu gạch ngang.",
            "Model id \"{0}\" of {1} is invalid: use lower-case letters, digits and hyphens."),
    RUNTIME_MODEL_ID_DUPLICATE(
            "Mã mô hình \"{0}\" được dùng cho cả {1} và {2}.",
            "Model id \"{0}\" is used by both {1} and {2}."),
    RUNTIME_MODEL_NAME_BLANK(
            "Mô hình {0} thiếu tên tiếng Việt hoặc tiếng Anh.",
            "Model {0} has a blank Vietnamese or English name."),
    RUNTIME_UNKNOWN_MODEL(
            "Không có mô hình \"{0}\".",
            "No pilot model \"{0}\" is installed.");

    private final String messageVi;
    private final String messageEn;

    RuntimeErrorCode(String messageVi, String messageEn) {
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
