package org.ketnghia.core.runtime;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

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
    RUNTIME_NO_ADMINISTRATIVE_UNITS(
            "Chưa có đơn vị hành chính: hãy truyền danh mục đơn vị của tỉnh (AdministrativeRegistry) cho "
                    + "KetnghiaRuntime.builder().administrativeUnits(...) hoặc gắn nó trong Guice; dữ liệu tham chiếu "
                    + "của Quảng Nam là AdministrativeRegistry.quangNamReference().",
            "No administrative units: pass the province's units (an AdministrativeRegistry) to "
                    + "KetnghiaRuntime.builder().administrativeUnits(...) or bind one in Guice; Quảng Nam's reference "
                    + "data is AdministrativeRegistry.quangNamReference()."),
    RUNTIME_COMMAND_WITHOUT_HANDLER(
            "Lệnh {0} do {1} khai báo không có bộ xử lý.",
            "Command {0} declared by {1} has no handler."),
    RUNTIME_TYPE_ID_NOT_PREFIXED(
            "Mã kiểu \"{0}\" ({1}) của mô hình {2} phải bắt đầu bằng \"{2}.\".",
            "Type id \"{0}\" ({1}) of model {2} must start with \"{2}.\"."),
    RUNTIME_TYPE_ID_MISSING(
            "Kiểu {0} do {1} khai báo thiếu @JsonTypeName.",
            "Type {0} declared by {1} has no @JsonTypeName."),
    RUNTIME_UNKNOWN_MODEL(
            "Không có mô hình \"{0}\".",
            "No pilot model \"{0}\" is installed.");

    private final BilingualText message;

    RuntimeErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
