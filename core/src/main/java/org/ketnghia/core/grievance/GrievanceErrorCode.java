package org.ketnghia.core.grievance;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of public postings and complaints ({@code GRIEVANCE_…}). Immutable and thread-safe. */
public enum GrievanceErrorCode implements ErrorCode {
    GRIEVANCE_DEADLINES_INVERTED(
            "Thời hạn giải quyết xong {1} ngày ngắn hơn thời hạn trả lời {0} ngày.",
            "The {1} days to close are fewer than the {0} days to answer."),
    GRIEVANCE_UNKNOWN_UNIT(
            "Không có đơn vị hành chính \"{0}\" vào ngày {1}.",
            "There is no administrative unit \"{0}\" on {1}."),
    GRIEVANCE_NOT_A_COMMUNE(
            "Đơn vị \"{0}\" không phải là xã (phường, thị trấn) vào ngày {1}.",
            "Unit \"{0}\" is not a commune (ward, township) on {1}."),
    GRIEVANCE_DUPLICATE_POSTING(
            "Việc niêm yết mã \"{0}\" đã được ghi nhận.",
            "Posting \"{0}\" is already recorded."),
    GRIEVANCE_LIST_AFTER_POSTING(
            "Danh sách chốt ngày {0} nhưng được niêm yết từ ngày {1}, trước khi có danh sách.",
            "The list as of {0} is posted from {1}, before it existed."),
    GRIEVANCE_NO_POSTING_PLACE(
            "Phải ghi ít nhất một địa điểm niêm yết.",
            "At least one place of posting is required."),
    GRIEVANCE_PLACE_OUTSIDE_COMMUNE(
            "Thôn \"{0}\" không thuộc xã \"{1}\" vào ngày {2}.",
            "Village \"{0}\" is not within commune \"{1}\" on {2}."),
    GRIEVANCE_UNKNOWN_POSTING(
            "Không có việc niêm yết mã \"{0}\" trong sổ.",
            "There is no posting \"{0}\" in the ledger."),
    GRIEVANCE_OUTSIDE_POSTING_PERIOD(
            "Ngày tiếp nhận {0} nằm ngoài thời gian niêm yết danh sách (từ {1} đến {2}): không tiếp nhận phản ánh về danh sách này.",
            "The date received {0} is outside the posting period of the list ({1} to {2}): no complaint about it is taken."),
    GRIEVANCE_UNIT_MISMATCH(
            "Đơn vị ghi sổ \"{0}\" không phải là xã niêm yết \"{1}\" (hoặc xã kế tục vào ngày {2}).",
            "The recording unit \"{0}\" is not the posting commune \"{1}\" (or the commune carrying it on on {2})."),
    GRIEVANCE_DUPLICATE_COMPLAINT(
            "Đơn phản ánh mã \"{0}\" đã được tiếp nhận.",
            "Complaint \"{0}\" is already received."),
    GRIEVANCE_COMPLAINANT_REQUIRED(
            "Đơn khiếu nại phải ghi người khiếu nại; đơn nặc danh chỉ được tiếp nhận như phản ánh, kiến nghị.",
            "A complaint must name its complainant; an anonymous one is received only as feedback or a petition."),
    GRIEVANCE_UNKNOWN_HOUSEHOLD(
            "Không có hộ \"{0}\" trong sổ.",
            "There is no household \"{0}\" in the ledger."),
    GRIEVANCE_HOUSEHOLD_OUTSIDE_COMMUNE(
            "Hộ \"{0}\" không thuộc xã niêm yết \"{1}\".",
            "Household \"{0}\" is not in the posting commune \"{1}\"."),
    GRIEVANCE_UNKNOWN_COMPLAINT(
            "Không có đơn phản ánh mã \"{0}\" trong sổ.",
            "There is no complaint \"{0}\" in the ledger."),
    GRIEVANCE_ALREADY_CLOSED(
            "Đơn phản ánh \"{0}\" đã kết thúc giải quyết ngày {1}.",
            "Complaint \"{0}\" was closed on {1}."),
    GRIEVANCE_BEFORE_PREVIOUS_STEP(
            "Ngày {0} trước ngày {1} của bước giải quyết trước.",
            "The date {0} is before the previous step's date {1}."),
    GRIEVANCE_NOT_ASSIGNED(
            "Đơn phản ánh \"{0}\" chưa được giao cho người hoặc cơ quan giải quyết.",
            "Complaint \"{0}\" is not yet assigned to an official or body."),
    GRIEVANCE_ALREADY_ANSWERED(
            "Đơn phản ánh \"{0}\" đã được trả lời ngày {1}.",
            "Complaint \"{0}\" was answered on {1}."),
    GRIEVANCE_NOT_ANSWERED(
            "Đơn phản ánh \"{0}\" chưa được trả lời; chỉ có thể kết thúc khi người phản ánh rút đơn.",
            "Complaint \"{0}\" is not answered; it can be closed only as withdrawn."),
    GRIEVANCE_CORRECTION_REQUIRED(
            "Kết quả \"{0}\" phải dẫn chiếu việc điều chỉnh đã ghi sổ (số thứ tự sự kiện điều chỉnh hoặc mã yêu cầu điều chỉnh).",
            "Result \"{0}\" must reference the recorded correction (the correcting event's sequence or a correction request)."),
    GRIEVANCE_CORRECTION_NOT_ALLOWED(
            "Kết quả \"{0}\" không kèm việc điều chỉnh.",
            "Result \"{0}\" takes no correction."),
    GRIEVANCE_CORRECTION_EVENT_INVALID(
            "Sự kiện số {0} không phải là việc điều chỉnh ghi sau khi tiếp nhận đơn (số {1}) và trước lúc này (số cuối {2}).",
            "Event {0} is not a correction recorded after the complaint was received (event {1}) and by now (last event {2})."),
    GRIEVANCE_UNKNOWN_CORRECTION_REQUEST(
            "Không có yêu cầu điều chỉnh \"{0}\" cho đơn phản ánh \"{1}\".",
            "There is no correction request \"{0}\" for complaint \"{1}\"."),
    GRIEVANCE_DUPLICATE_CORRECTION_REQUEST(
            "Yêu cầu điều chỉnh mã \"{0}\" đã được ghi nhận.",
            "Correction request \"{0}\" is already recorded.");

    private final BilingualText message;

    GrievanceErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
