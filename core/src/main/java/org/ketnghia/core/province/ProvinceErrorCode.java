package org.ketnghia.core.province;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * Error codes of province data packs ({@code PROVINCE_…}). Every problem of a pack names its place
 * as {@code "file:line:field"} (see {@link SourceLocation}); rules of the administrative data itself
 * keep their {@code ADMIN_…} codes, located the same way.
 */
public enum ProvinceErrorCode implements ErrorCode {
    PROVINCE_PACK_UNREADABLE(
            "Không đọc được gói dữ liệu tỉnh \"{0}\": {1}",
            "Cannot read the province data pack \"{0}\": {1}"),
    PROVINCE_FILE_NOT_FOUND(
            "Tệp \"{0}\" được khai báo trong gói dữ liệu nhưng không tồn tại.",
            "File \"{0}\" is named by the pack but does not exist."),
    PROVINCE_FILE_TYPE_UNKNOWN(
            "Tệp đơn vị hành chính \"{0}\" phải có đuôi .json hoặc .csv.",
            "Unit file \"{0}\" must end in .json or .csv."),
    PROVINCE_MANIFEST_UNKNOWN_FIELD(
            "Trường \"{0}\" không có trong định dạng tệp khai báo; các trường được phép: {1}.",
            "Field \"{0}\" is not part of the manifest format; allowed fields: {1}."),
    PROVINCE_MANIFEST_MISSING_FIELD(
            "Thiếu trường bắt buộc \"{0}\".",
            "The required field \"{0}\" is missing."),
    PROVINCE_MANIFEST_BAD_VALUE(
            "Giá trị không hợp lệ: cần {0}.",
            "Invalid value: {0} expected."),
    PROVINCE_JSON_UNREADABLE(
            "Không đọc được JSON: {0}",
            "Cannot read the JSON: {0}"),
    PROVINCE_CSV_MISSING_COLUMN(
            "Dòng tiêu đề thiếu cột \"{0}\".",
            "The header row has no column \"{0}\"."),
    PROVINCE_CSV_UNKNOWN_LEVEL(
            "Không nhận ra cấp \"{0}\"; dùng tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, thôn, bản, tổ dân phố hoặc province, district, commune, village.",
            "Unknown level \"{0}\"; use tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, thôn, bản, tổ dân phố or province, district, commune, village."),
    PROVINCE_CSV_BAD_DATE(
            "Ngày \"{0}\" không hợp lệ; dùng yyyy-MM-dd hoặc dd/MM/yyyy.",
            "Invalid date \"{0}\"; use yyyy-MM-dd or dd/MM/yyyy."),
    PROVINCE_CSV_UNTERMINATED_QUOTE(
            "Dấu ngoặc kép không được đóng trước cuối tệp.",
            "A quoted field is not closed before the end of the file."),
    PROVINCE_AMBIGUOUS_PARENT(
            "Mã cấp trên \"{0}\" là mã thống kê của nhiều đơn vị: {1}.",
            "Parent code \"{0}\" is the statistics code of several units: {1}."),
    PROVINCE_DUPLICATE_NORM(
            "Định mức \"{0}\" được khai báo nhiều lần.",
            "Norm \"{0}\" is declared more than once."),
    PROVINCE_NEGATIVE_NORM(
            "Định mức {0} đồng không được âm.",
            "The norm of {0} đồng must not be negative."),
    PROVINCE_SUCCESSION_CYCLE(
            "Các liên kết kế thừa tạo thành vòng lặp: {0}.",
            "The succession links form a cycle: {0}."),
    PROVINCE_ALIAS_SHARED(
            "Tên gọi khác \"{0}\" trùng với tên hoặc tên gọi khác của \"{1}\", cùng thuộc \"{2}\"; tra cứu theo tên sẽ không phân biệt được hai đơn vị.",
            "Alias \"{0}\" is also the name or an alias of \"{1}\" under the same parent \"{2}\"; a look-up by name could not tell them apart."),
    PROVINCE_FLAG_OUTSIDE_VALIDITY(
            "Đặc điểm của đơn vị \"{0}\" có hiệu lực {1}, ngoài thời gian tồn tại của đơn vị {2}.",
            "The flags of unit \"{0}\" apply {1}, outside the unit's existence {2}."),
    PROVINCE_FLAG_UNKNOWN_UNIT(
            "Đặc điểm được gán cho đơn vị không tồn tại \"{0}\".",
            "Flags are assigned to unknown unit \"{0}\".");

    private final BilingualText message;

    ProvinceErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
