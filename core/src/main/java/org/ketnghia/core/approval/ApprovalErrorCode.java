package org.ketnghia.core.approval;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of four-eyes approval and of its policy ({@code APPROVAL_…}). */
public enum ApprovalErrorCode implements ErrorCode {
    APPROVAL_UNKNOWN_REQUEST(
            "Không có đề nghị phê duyệt \"{0}\" trong sổ.",
            "There is no approval request \"{0}\" in the ledger."),
    APPROVAL_ALREADY_DECIDED(
            "Đề nghị phê duyệt \"{0}\" đã được xử lý ({1}).",
            "Approval request \"{0}\" is already decided ({1})."),
    APPROVAL_EXPIRED(
            "Đề nghị phê duyệt \"{0}\" đã hết hạn ngày {1}.",
            "Approval request \"{0}\" expired on {1}."),
    APPROVAL_BY_MAKER(
            "Người lập lệnh ({0}) không được tự phê duyệt; cần một người thứ hai.",
            "The maker ({0}) may not approve their own command; a second person must."),
    APPROVAL_NOT_AUTHORISED(
            "{0} không có thẩm quyền phê duyệt lệnh {1} tại {2}.",
            "{0} is not authorised to approve command {1} in {2}."),
    APPROVAL_UNIT_MISMATCH(
            "Phê duyệt ghi cho đơn vị {0} nhưng đề nghị thuộc đơn vị {1}.",
            "The decision is recorded for unit {0} but the request belongs to unit {1}."),
    APPROVAL_PROGRAMME_MISMATCH(
            "Đề nghị được ghi cho chương trình {1}, không xử lý được trong chương trình {0}.",
            "The request was recorded for programme {1}; it cannot be decided in programme {0}."),
    APPROVAL_POLICY_OWN_COMMAND(
            "Lệnh {0} là lệnh phê duyệt, không thể cần phê duyệt.",
            "Command {0} decides approvals and cannot itself need approval."),
    APPROVAL_POLICY_DUPLICATE_RULE(
            "Lệnh {0} có nhiều hơn một quy tắc phê duyệt.",
            "Command {0} has more than one approval rule."),
    APPROVAL_POLICY_EXPIRY_INVALID(
            "Thời hạn phê duyệt {0} của lệnh {1} phải dương.",
            "The approval period {0} of command {1} must be positive."),
    APPROVAL_POLICY_UNKNOWN_COMMAND(
            "Quy tắc phê duyệt nêu lệnh {0} nhưng không có bộ xử lý cho lệnh này.",
            "An approval rule names command {0} but no handler accepts it.");

    private final BilingualText message;

    ApprovalErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
