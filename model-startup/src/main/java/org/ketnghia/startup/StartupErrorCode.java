package org.ketnghia.startup;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * Error codes of the start-up support model ({@code STARTUP_…}), with messages in Vietnamese and
 * English; {@code {n}} placeholders are filled with the problem's arguments.
 */
public enum StartupErrorCode implements ErrorCode {
    STARTUP_NO_APPROVED_PLAN(
            "Xã {0} đã có phương án mô hình thí điểm nhưng chưa có phương án mô hình {1} được phê duyệt có hiệu lực ngày {2}; chưa thể mở đợt kêu gọi hồ sơ.",
            "Commune {0} has a model plan recorded but no approved plan for model {1} in force on {2}; no call can be opened yet."),
    STARTUP_CONFIG_INVALID(
            "Cấu hình mô hình khởi nghiệp không hợp lệ: {0}",
            "The start-up model configuration is invalid: {0}"),
    STARTUP_NOT_A_COMMUNE(
            "Đơn vị {0} không phải là xã vào ngày {1}: hồ sơ khởi nghiệp do UBND xã quản lý.",
            "Unit {0} is not a commune on {1}: start-up projects are managed by a commune people's committee."),
    STARTUP_AMOUNT_NOT_POSITIVE(
            "Số tiền {0} phải lớn hơn 0.",
            "Amount {0} must be greater than zero."),
    STARTUP_ID_IN_USE(
            "Mã {0} đã được dùng.",
            "Id {0} is already in use."),
    STARTUP_CALL_UNKNOWN(
            "Không có đợt kêu gọi hồ sơ {0}.",
            "There is no call for proposals {0}."),
    STARTUP_CALL_CLOSED(
            "Đợt kêu gọi {0} không còn nhận hồ sơ (hạn nộp {1}, đã xét chọn: {2}).",
            "Call {0} no longer accepts applications (deadline {1}, screened: {2})."),
    STARTUP_OUTSIDE_CALL_AREA(
            "Xã {0} không thuộc địa bàn {1} của đợt kêu gọi {2}.",
            "Commune {0} is outside unit {1} of call {2}."),
    STARTUP_UNIT_MISMATCH(
            "Hồ sơ {0} thuộc xã {1} (hoặc đơn vị kế thừa), không phải {2}.",
            "Application {0} belongs to commune {1} (or its successors), not to {2}."),
    STARTUP_CALL_ALREADY_SCREENED(
            "Đợt kêu gọi {0} đã được xét chọn.",
            "Call {0} has already been screened."),
    STARTUP_CALL_EMPTY(
            "Đợt kêu gọi {0} chưa có hồ sơ nào để xét chọn.",
            "Call {0} has no application to screen."),
    STARTUP_CALL_BUDGET_EXCEEDED(
            "Phê duyệt {0} vượt kinh phí còn lại {1} của đợt kêu gọi {2}.",
            "Approving {0} exceeds the {1} left in the budget of call {2}."),
    STARTUP_DUPLICATE_APPLICATION(
            "{0} {1} đã nộp hồ sơ {2} trong đợt kêu gọi {3}; mỗi chủ thể chỉ nộp một hồ sơ mỗi đợt.",
            "{0} {1} already filed application {2} in call {3}; one application per applicant and call."),
    STARTUP_APPLICATION_UNKNOWN(
            "Không có hồ sơ khởi nghiệp {0}.",
            "There is no start-up application {0}."),
    STARTUP_APPLICANT_UNKNOWN(
            "Không có {0} với mã {1} trong danh sách đối tượng.",
            "There is no {0} with id {1} in the participant registry."),
    STARTUP_APPLICANT_KIND_MISMATCH(
            "Tổ chức {0} là {1}, không phải {2}.",
            "Organisation {0} is a {1}, not a {2}."),
    STARTUP_HOUSEHOLD_UNKNOWN(
            "Không có hộ {0} trong danh sách đối tượng.",
            "There is no household {0} in the participant registry."),
    STARTUP_SECTOR_UNKNOWN(
            "Lĩnh vực {0} không có trong danh mục hỗ trợ khởi nghiệp.",
            "Sector {0} is not in the start-up sector catalogue."),
    STARTUP_PRODUCT_UNKNOWN(
            "Sản phẩm {0} không thuộc lĩnh vực {1} (có: {2}).",
            "Product {0} is not in sector {1} (known: {2})."),
    STARTUP_ITEM_NOT_ALLOWED(
            "Nội dung hỗ trợ {0} không được phép cho {1} (được phép: {2}).",
            "Support item {0} is not allowed for {1} (allowed: {2})."),
    STARTUP_REGISTRATION_REQUIRED(
            "{0} {1} phải có đăng ký kinh doanh để được hỗ trợ khởi nghiệp.",
            "{0} {1} needs a business registration to receive start-up support."),
    STARTUP_COUNTERPART_TOO_LOW(
            "Phần ngân sách hỗ trợ {0} vượt mức trần {1}% ({2}, {3}): vốn đối ứng phải từ {4}, mới có {5}.",
            "The state share {0} exceeds the {1}% ceiling ({2}, {3}): the counterpart must be at least {4}, declared {5}."),
    STARTUP_OUT_OF_ORDER(
            "Hồ sơ {0} đang ở bước \"{1}\"; bước \"{2}\" chỉ làm được khi hồ sơ ở bước {3}.",
            "Application {0} is at \"{1}\"; \"{2}\" is possible only at {3}."),
    STARTUP_NOT_ELIGIBLE(
            "Hồ sơ {0} không đủ điều kiện khi xét chọn: {1}",
            "Application {0} was found ineligible at screening: {1}"),
    STARTUP_APPROVAL_ABOVE_REQUEST(
            "Nội dung {0}: phê duyệt {1} vượt mức đề nghị {2}.",
            "Item {0}: approving {1} exceeds the {2} requested."),
    STARTUP_TRANCHES_MISMATCH(
            "Tổng các đợt giải ngân cho nội dung {0} là {1}, khác mức phê duyệt {2}.",
            "The tranches for item {0} add up to {1}, not the approved {2}."),
    STARTUP_MILESTONE_UNKNOWN(
            "Hồ sơ {0} không có mốc {1}.",
            "Application {0} has no milestone {1}."),
    STARTUP_MILESTONE_ALREADY_REACHED(
            "Mốc {1} của hồ sơ {0} đã được ghi nhận.",
            "Milestone {1} of application {0} is already recorded."),
    STARTUP_MILESTONE_NOT_REACHED(
            "Đợt {1} của hồ sơ {0} chỉ giải ngân sau khi đạt mốc {2}.",
            "Tranche {1} of application {0} can be paid only after milestone {2} is reached."),
    STARTUP_TRANCHE_UNKNOWN(
            "Hồ sơ {0} không có đợt giải ngân {1}.",
            "Application {0} has no tranche {1}."),
    STARTUP_TRANCHE_ALREADY_DISBURSED(
            "Đợt {1} của hồ sơ {0} đã giải ngân.",
            "Tranche {1} of application {0} has already been paid."),
    STARTUP_DISBURSEMENT_ABOVE_APPROVED(
            "Nội dung {0}: giải ngân {1} vượt mức của đợt {2}; đã phê duyệt {3}, đã giải ngân {4}.",
            "Item {0}: paying {1} exceeds what tranche {2} allows; approved {3}, already paid {4}."),
    STARTUP_FOLLOW_UP_DUPLICATE(
            "Hồ sơ {0} đã có báo cáo theo dõi năm thứ {1}.",
            "Application {0} already has a follow-up for year {1}."),
    STARTUP_FOLLOW_UP_INCONSISTENT(
            "Số việc làm {0} ({1}) lớn hơn tổng số việc làm tạo ra ({2}).",
            "Jobs {0} ({1}) exceed the jobs created ({2})."),
    STARTUP_CLOSE_INCOMPLETE(
            "Chưa thể kết thúc hồ sơ {0}: còn đợt giải ngân {1} hoặc chưa có báo cáo theo dõi.",
            "Application {0} cannot be closed: tranches {1} are unpaid or there is no follow-up yet."),
    STARTUP_BEFORE_APPROVAL(
            "Hồ sơ {0} được phê duyệt ngày {1}: bước \"{2}\" ngày {3} không thể ghi trước ngày phê duyệt.",
            "Application {0} was approved on {1}: \"{2}\" dated {3} cannot come before the approval."),
    STARTUP_SUPPORT_ABOVE_NORM(
            "Hồ sơ {0}: mức hỗ trợ phê duyệt {1} vượt định mức {2}/{3} ({4}, {5}); phải ghi rõ lý do chi vượt định mức.",
            "Application {0}: the approved support {1} exceeds the norm of {2} per {3} ({4}, {5}); a justification is required."),
    STARTUP_AMENDMENT_BELOW_DISBURSED(
            "Hồ sơ {0}: điều chỉnh nội dung {1} còn {2}, thấp hơn số đã giải ngân {3}.",
            "Application {0}: the amendment leaves item {1} at {2}, below the {3} already paid."),
    STARTUP_AMENDMENT_PAID_TRANCHE_CHANGED(
            "Hồ sơ {0}: đợt {1} đã giải ngân {2}; phương án điều chỉnh phải giữ đợt này với mức mỗi nội dung không thấp hơn số đã chi.",
            "Application {0}: tranche {1} has paid {2}; the amended plan must keep it, each item at least what it paid."),
    STARTUP_AMENDMENT_UNCHANGED(
            "Hồ sơ {0}: nội dung điều chỉnh giống hệt phương án đang có hiệu lực.",
            "Application {0}: the amendment is the plan already in force."),
    STARTUP_SIMULATION_RATES_MISSING(
            "Không có tỷ lệ mô phỏng cho lĩnh vực {0}: khai báo trong phần \"rates\" của kế hoạch hoặc trong cấu hình mô hình.",
            "There are no simulation rates for sector {0}: give them in the plan's \"rates\" or in the model's configuration."),
    STARTUP_TRACE_NO_PILOT_COMMUNE(
            "Kế hoạch không nêu xã thí điểm nào có thôn thuộc {0}: không có nơi ghi {1} dự án khởi nghiệp mô phỏng.",
            "The plan names no pilot commune with a village in {0}: there is nowhere to record {1} simulated start-up projects.");

    private final BilingualText message;

    StartupErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
