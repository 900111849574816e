package org.ketnghia.core.ledger;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the programme ledger ({@code LEDGER_…}). */
public enum LedgerErrorCode implements ErrorCode {
    LEDGER_CONCURRENT_APPEND(
            "Sổ cái đã thay đổi: mong đợi số thứ tự cuối {0} nhưng hiện là {1}. Hãy thử lại.",
            "The ledger changed: expected last sequence {0} but it is {1}. Retry."),
    LEDGER_BROKEN_BATCH(
            "Lô sự kiện không liền mạch tại số thứ tự {0}: {1}.",
            "The batch of events is not contiguous at sequence {0}: {1}."),
    LEDGER_NO_HANDLER(
            "Không có bộ xử lý cho lệnh {0}.",
            "No handler is registered for command {0}."),
    LEDGER_DUPLICATE_HANDLER(
            "Lệnh {0} có nhiều hơn một bộ xử lý.",
            "Command {0} has more than one handler."),
    LEDGER_NO_SNAPSHOT_STORE(
            "Sổ cái không có kho ảnh chụp trạng thái.",
            "The ledger has no snapshot store."),
    LEDGER_SNAPSHOT_NOT_SAVED(
            "Không lưu được ảnh chụp trạng thái ({0}): {1}.",
            "The snapshot cannot be saved ({0}): {1}."),
    LEDGER_DUPLICATE_PROJECTION(
            "Phép chiếu {0} được đăng ký hai lần.",
            "Projection {0} is registered twice."),
    LEDGER_UNKNOWN_PROJECTION(
            "Không có phép chiếu {0}.",
            "No projection {0} is registered."),
    LEDGER_TYPE_ID_MISSING(
            "Kiểu {0} thiếu @JsonTypeName.",
            "Type {0} has no @JsonTypeName."),
    LEDGER_TYPE_ID_INVALID(
            "Mã kiểu \"{0}\" của {1} không hợp lệ: phải có dạng không-gian.tên, chữ thường (ví dụ livestock.animal-handed-over).",
            "Type id \"{0}\" of {1} is invalid: it must be namespace.name in lower case (e.g. livestock.animal-handed-over)."),
    LEDGER_TYPE_ID_DUPLICATE(
            "Mã kiểu \"{0}\" được dùng cho cả {1} và {2}.",
            "Type id \"{0}\" is used by both {1} and {2}."),
    LEDGER_PROGRAMME_ID_INVALID(
            "Mã chương trình \"{0}\" không hợp lệ: chỉ gồm chữ thường, chữ số, dấu chấm, gạch ngang, gạch dưới, bắt đầu bằng chữ hoặc số, tối đa 100 ký tự.",
            "Programme id \"{0}\" is invalid: lower-case letters, digits, dots, hyphens and underscores only, starting with a letter or digit, at most 100 characters."),
    LEDGER_UNKNOWN_TYPE_ID(
            "Không biết mã kiểu sự kiện hoặc lệnh: {0}.",
            "Unknown event or command type id: {0}."),
    LEDGER_UNREADABLE_EVENT(
            "Không đọc được sự kiện: {0}.",
            "Cannot read the event: {0}."),
    LEDGER_UNKNOWN_UNIT(
            "Đơn vị hành chính {0} không tồn tại vào ngày {1}.",
            "Administrative unit {0} does not exist on {1}."),
    LEDGER_DATE_IN_FUTURE(
            "Ngày phát sinh {0} sau ngày hiện tại {1}.",
            "Date {0} is after today ({1})."),
    LEDGER_PERMISSION_READ_ONLY(
            "Vai trò {0} chỉ được xem, không được ghi.",
            "Role {0} may read but not record."),
    LEDGER_PERMISSION_ROLE(
            "Vai trò {0} không được ghi lệnh {1}.",
            "Role {0} may not record command {1}."),
    LEDGER_PERMISSION_SCOPE(
            "{0} chỉ được ghi trong phạm vi {1}, không được ghi cho {2}.",
            "{0} may record only within {1}, not for {2}."),
    LEDGER_PERMISSION_SPONSOR(
            "Đơn vị kết nghĩa {0} không được ghi thay cho đơn vị {1}.",
            "Sponsor {0} may not record on behalf of sponsor {1}."),
    LEDGER_CHECK_UNAVAILABLE(
            "Trạng thái sổ cái này không kiểm tra được lệnh {0}.",
            "This ledger state cannot check command {0}."),
    LEDGER_SCOPE_MISSING(
            "Vai trò {0} cần phạm vi (đơn vị hoặc đơn vị kết nghĩa).",
            "Role {0} needs a scope (unit or sponsor)."),
    LEDGER_EVENT_NEWER_THAN_CODE(
            "Sự kiện loại {0} được ghi ở phiên bản {1}, mới hơn phiên bản {2} mà phần mềm này hiểu: hãy cập nhật phần mềm trước khi mở sổ cái.",
            "Event type {0} was recorded at version {1}, newer than version {2} this code knows: update the software before opening this ledger."),
    LEDGER_NO_UPCASTER(
            "Không có bộ nâng cấp nào đưa sự kiện loại {0} phiên bản {1} lên phiên bản hiện tại {2}.",
            "No upcaster turns event type {0} at version {1} into its current version {2}."),
    LEDGER_UPCASTER_DUPLICATE(
            "Hai bộ nâng cấp cùng đọc sự kiện loại {0} phiên bản {1}.",
            "Two upcasters read event type {0} at version {1}."),
    LEDGER_UPCASTER_INVALID(
            "Bộ nâng cấp sự kiện loại {0} phiên bản {1} không hợp lệ: {2}.",
            "The upcaster of event type {0} at version {1} is invalid: {2}."),
    LEDGER_UPCAST_FAILED(
            "Không nâng cấp được sự kiện loại {0} phiên bản {1}: {2}.",
            "Event type {0} at version {1} cannot be upcast: {2}."),
    LEDGER_EVENT_VERSION_INVALID(
            "Phiên bản lược đồ của loại sự kiện {0} phải từ 2 trở lên (không ghi thì là 1), nhận được {1}.",
            "The schema version of event type {0} must be 2 or more (1 when not given), found {1}.");

    private final BilingualText message;

    LedgerErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
