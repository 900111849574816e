package org.ketnghia.core.duty;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of reporting duties: calendars, requests, submissions, approvals, returns and reopenings ({@code DUTY_…}). */
public enum DutyErrorCode implements ErrorCode {
    DUTY_PROGRAMME_UNKNOWN(
            "Không có kế hoạch \"{0}\" trong sổ.",
            "There is no programme \"{0}\" in the ledger."),
    DUTY_INVALID_ID(
            "Mã \"{0}\" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch dưới và gạch ngang.",
            "Id \"{0}\" is invalid: lower-case letters, digits, dots, underscores and hyphens only."),
    DUTY_NONE_DECLARED(
            "Chưa nêu nghĩa vụ báo cáo nào.",
            "No reporting duty is given."),
    DUTY_ALREADY_DECLARED(
            "Nghĩa vụ báo cáo \"{0}\" đã được quy định cho kế hoạch {1}.",
            "Reporting duty \"{0}\" is already declared for programme {1}."),
    DUTY_REVIEW_YEARS_OUT_OF_RANGE(
            "Sơ kết sau {0} năm; phải từ 1 đến {1} năm (thời gian của kế hoạch).",
            "The interim review after {0} years must come after 1 to {1} years (the programme's length)."),
    DUTY_YEARS_NOT_APPLICABLE(
            "Loại báo cáo {0} không có số năm sơ kết.",
            "A duty of kind {0} takes no number of years."),
    DUTY_DEADLINE_OUT_OF_RANGE(
            "Hạn nộp {0} ngày sau kỳ báo cáo; phải từ -366 đến 366 ngày.",
            "A deadline {0} days after the period must be within -366 to 366 days."),
    DUTY_REQUEST_DUPLICATE(
            "Yêu cầu báo cáo \"{0}\" đã có trong sổ.",
            "Report request \"{0}\" is already recorded."),
    DUTY_DEADLINE_BEFORE_REQUEST(
            "Hạn nộp {0} trước ngày yêu cầu {1}.",
            "The deadline {0} is before the request date {1}."),
    DUTY_NO_ADDRESSEE(
            "Yêu cầu báo cáo chưa nêu đơn vị hay đơn vị kết nghĩa nào phải báo cáo.",
            "The request names no unit or sponsor to report."),
    DUTY_UNKNOWN_UNIT(
            "Không có đơn vị hành chính \"{0}\" vào ngày {1}.",
            "There is no administrative unit \"{0}\" on {1}."),
    DUTY_ADDRESSEE_OUTSIDE(
            "Đơn vị \"{0}\" không thuộc đơn vị yêu cầu \"{1}\" vào ngày {2}.",
            "Unit \"{0}\" is not within the requesting unit \"{1}\" on {2}."),
    DUTY_UNKNOWN_SPONSOR(
            "Không có đơn vị kết nghĩa \"{0}\" trong sổ.",
            "There is no sponsor \"{0}\" in the ledger."),
    DUTY_SUBMISSION_DUPLICATE(
            "Lần nộp \"{0}\" đã có trong sổ.",
            "Submission \"{0}\" is already recorded."),
    DUTY_SUBJECT_AMBIGUOUS(
            "Báo cáo phải trả lời đúng một nghĩa vụ (kèm kỳ báo cáo) hoặc một yêu cầu.",
            "A submission answers exactly one duty (with its period) or one request."),
    DUTY_UNKNOWN_DUTY(
            "Kế hoạch {1} không có nghĩa vụ báo cáo \"{0}\".",
            "Programme {1} has no reporting duty \"{0}\"."),
    DUTY_UNKNOWN_PERIOD(
            "Nghĩa vụ báo cáo \"{0}\" không có kỳ \"{1}\".",
            "Reporting duty \"{0}\" has no period \"{1}\"."),
    DUTY_UNKNOWN_REQUEST(
            "Không có yêu cầu báo cáo \"{0}\" của kế hoạch {1}.",
            "There is no report request \"{0}\" of programme {1}."),
    DUTY_WRONG_KIND(
            "Phải nộp \"{0}\", không phải \"{1}\".",
            "The submission must be a {0}, not a {1}."),
    DUTY_NOT_OWED(
            "\"{0}\" không có nghĩa vụ nộp báo cáo này (kỳ {1}); đơn vị phải nộp: {2}.",
            "\"{0}\" does not owe this report (period {1}); it is owed by: {2}."),
    DUTY_ROLE_NOT_OF_LEVEL(
            "Vai trò {0} không phải của cấp \"{1}\" (đơn vị \"{2}\").",
            "Role {0} is not that of the level \"{1}\" (unit \"{2}\")."),
    DUTY_INVALID_HASH(
            "Mã băm \"{0}\" không phải SHA-256 (64 chữ số hệ mười sáu viết thường).",
            "Hash \"{0}\" is not a SHA-256 (64 lower-case hex digits)."),
    DUTY_DISPATCH_AFTER_SUBMISSION(
            "Ngày công văn {0} sau ngày nộp {1}.",
            "The dispatch date {0} is after the submission date {1}."),
    DUTY_PERIOD_NOT_STARTED(
            "Kỳ báo cáo bắt đầu ngày {0}; chưa thể nộp ngày {1}.",
            "The period starts on {0}; nothing can be submitted for it on {1}."),
    DUTY_DECISION_PENDING(
            "Lần nộp \"{0}\" của kỳ này đang chờ cấp trên duyệt.",
            "Submission \"{0}\" for this period awaits the decision of the level above."),
    DUTY_PERIOD_LOCKED(
            "Kỳ báo cáo đã được duyệt và khóa (lần nộp \"{0}\"); chỉ nộp lại được sau khi cấp duyệt mở lại.",
            "The period is approved and locked (submission \"{0}\"); it can be resubmitted only after the approving level reopens it."),
    DUTY_CONTENT_UNCHANGED(
            "Nội dung trùng với lần nộp trước \"{0}\"; nộp lại phải có nội dung mới.",
            "The content is that of the previous submission \"{0}\"; a resubmission must bring new content."),
    DUTY_WRONG_RECIPIENT(
            "Báo cáo này gửi đến \"{0}\", không phải \"{1}\".",
            "This report goes to \"{0}\", not \"{1}\"."),
    DUTY_UNKNOWN_SUBMISSION(
            "Không có lần nộp \"{0}\".",
            "There is no submission \"{0}\"."),
    DUTY_SUPERSEDED(
            "Lần nộp \"{0}\" đã được thay bằng lần nộp \"{1}\".",
            "Submission \"{0}\" was superseded by submission \"{1}\"."),
    DUTY_ALREADY_APPROVED(
            "Lần nộp \"{0}\" đã được duyệt.",
            "Submission \"{0}\" is already approved."),
    DUTY_ALREADY_RETURNED(
            "Lần nộp \"{0}\" đã bị trả lại để chỉnh sửa.",
            "Submission \"{0}\" was already returned for correction."),
    DUTY_NOT_PENDING(
            "Lần nộp \"{0}\" không chờ duyệt (tình trạng: {1}); đơn vị báo cáo phải nộp lại.",
            "Submission \"{0}\" awaits no decision (status: {1}); the reporter must resubmit."),
    DUTY_NOT_APPROVED(
            "Lần nộp \"{0}\" chưa được duyệt, không có gì để mở lại.",
            "Submission \"{0}\" is not approved; there is nothing to reopen."),
    DUTY_WRONG_LEVEL(
            "Cấp duyệt báo cáo của \"{0}\" vào ngày {1} là \"{2}\", không phải \"{3}\".",
            "The level that decides on the reports of \"{0}\" on {1} is \"{2}\", not \"{3}\"."),
    DUTY_NO_LEVEL_ABOVE(
            "Không xác định được cấp trên của \"{0}\" vào ngày {1}.",
            "No level above \"{0}\" can be found on {1}."),
    DUTY_SELF_APPROVAL(
            "Người nộp \"{0}\" không được tự quyết định về báo cáo của mình.",
            "\"{0}\" submitted the report and may not decide on it."),
    DUTY_DATE_BEFORE_LAST_ACT(
            "Ngày {0} trước hoạt động gần nhất của báo cáo (ngày {1}).",
            "The date {0} is before the report's last act ({1}).");

    private final BilingualText message;

    DutyErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
