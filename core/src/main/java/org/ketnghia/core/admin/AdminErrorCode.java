package org.ketnghia.core.admin;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * Error codes of administrative data and look-ups ({@code ADMIN_…}). Every problem names the field
 * by its path in the data file, e.g. {@code "units[12].parents[0].code"}.
 */
public enum AdminErrorCode implements ErrorCode {
    ADMIN_BLANK(
            "Không được để trống.",
            "Must not be blank."),
    ADMIN_VALIDITY_INVERTED(
            "Ngày hết hiệu lực {1} trước ngày bắt đầu hiệu lực {0}.",
            "The last day {1} is before the first day {0}."),
    ADMIN_DUPLICATE_LEVEL(
            "Cấp hành chính \"{0}\" được khai báo nhiều lần.",
            "Administrative level \"{0}\" is declared more than once."),
    ADMIN_UNKNOWN_LEVEL(
            "Không có cấp hành chính \"{0}\".",
            "There is no administrative level \"{0}\"."),
    ADMIN_OUTSIDE_LEVEL_VALIDITY(
            "Đơn vị có hiệu lực {1} nhưng cấp \"{0}\" chỉ tồn tại trong {2}.",
            "The unit is valid {1} but level \"{0}\" exists only {2}."),
    ADMIN_DUPLICATE_CODE(
            "Mã đơn vị \"{0}\" bị trùng: hiệu lực {1} chồng lấn với bản ghi {2} (hiệu lực {3}). Một mã chỉ được dùng lại cho các giai đoạn nối tiếp, không chồng lấn.",
            "Unit code \"{0}\" is a duplicate: validity {1} overlaps record {2} (validity {3}). A code may be reused only for successive, non-overlapping periods."),
    ADMIN_UNKNOWN_PARENT(
            "Không có đơn vị cấp trên mã \"{0}\".",
            "There is no parent unit with code \"{0}\"."),
    ADMIN_PARENT_IS_SELF(
            "Đơn vị \"{0}\" không thể là cấp trên của chính nó.",
            "Unit \"{0}\" cannot be its own parent."),
    ADMIN_PARENT_CYCLE(
            "Quan hệ cấp trên tạo thành vòng lặp: {0}.",
            "The parent links form a cycle: {0}."),
    ADMIN_PARENT_LINKS_OVERLAP(
            "Liên kết cấp trên {0} (hiệu lực {1}) chồng lấn với liên kết {2} (hiệu lực {3}); mỗi ngày chỉ có một cấp trên.",
            "Parent link {0} (validity {1}) overlaps link {2} (validity {3}); a unit has one parent on any day."),
    ADMIN_PARENT_LEVEL_NOT_HIGHER(
            "Đơn vị cấp trên \"{0}\" thuộc cấp \"{1}\", không cao hơn cấp \"{2}\" của đơn vị.",
            "Parent unit \"{0}\" is at level \"{1}\", which is not above the unit's level \"{2}\"."),
    ADMIN_OUTSIDE_PARENT_VALIDITY(
            "Đơn vị cấp trên \"{0}\" không tồn tại trong suốt thời gian {1} của liên kết.",
            "Parent unit \"{0}\" does not exist throughout the link's period {1}."),
    ADMIN_MODEL_VILLAGE_ZONE_OUT_OF_RANGE(
            "Khu vực thôn nông thôn mới kiểu mẫu phải là 1, 2 hoặc 3, không phải {0}.",
            "The model-village zone must be 1, 2 or 3, not {0}."),
    ADMIN_UNKNOWN_SUCCESSION_UNIT(
            "Liên kết kế thừa trỏ tới đơn vị không tồn tại \"{0}\".",
            "The succession link refers to unknown unit \"{0}\"."),
    ADMIN_SUCCESSION_TO_SELF(
            "Đơn vị \"{0}\" không thể kế thừa chính nó.",
            "Unit \"{0}\" cannot succeed itself."),
    ADMIN_SUCCESSOR_NOT_VALID(
            "Đơn vị kế thừa \"{0}\" không tồn tại vào ngày hiệu lực {1}.",
            "Successor \"{0}\" does not exist on the effective date {1}."),
    ADMIN_PREDECESSOR_STILL_VALID(
            "Đơn vị \"{0}\" vẫn còn hiệu lực vào ngày {1} dù đã được sắp xếp theo hình thức {2}.",
            "Unit \"{0}\" still exists on {1} although it ended by {2}."),
    ADMIN_UNKNOWN_UNIT(
            "Không có đơn vị hành chính mã \"{0}\".",
            "There is no administrative unit with code \"{0}\"."),
    ADMIN_UNIT_NOT_VALID(
            "Đơn vị hành chính \"{0}\" không tồn tại vào ngày {1}.",
            "Administrative unit \"{0}\" does not exist on {1}."),
    ADMIN_DATA_UNREADABLE(
            "Không đọc được dữ liệu đơn vị hành chính \"{0}\": {1}",
            "Cannot read the administrative data \"{0}\": {1}"),
    ADMIN_DATA_UNWRITABLE(
            "Không ghi được dữ liệu đơn vị hành chính: {0}",
            "Cannot write the administrative data: {0}");

    private final BilingualText message;

    AdminErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
