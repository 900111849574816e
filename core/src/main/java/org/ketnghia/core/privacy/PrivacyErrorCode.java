package org.ketnghia.core.privacy;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of personal-data protection ({@code PRIVACY_…}). */
public enum PrivacyErrorCode implements ErrorCode {
    PRIVACY_MASTER_KEY_MISSING(
            "Thiếu khóa chủ để đọc dữ liệu cá nhân đã mã hóa: {0}.",
            "The master key for the encrypted personal data is missing: {0}."),
    PRIVACY_MASTER_KEY_INVALID(
            "Khóa chủ không hợp lệ ({0}): phải là 32 byte mã hóa base64.",
            "The master key is invalid ({0}): it must be 32 bytes in base64."),
    PRIVACY_MASTER_KEY_WRONG(
            "Khóa chủ không mở được khóa dữ liệu của chủ thể {0}: đây không phải khóa chủ của sổ cái này.",
            "The master key cannot unwrap the data key of subject {0}: it is not this ledger's master key."),
    PRIVACY_KEYS_NOT_GIVEN(
            "Sổ cái chứa dữ liệu cá nhân đã mã hóa nhưng không được cấp khóa; hãy đặt biến môi trường {0} hoặc tệp khóa chủ.",
            "The ledger holds encrypted personal data but was given no keys; set the environment variable {0} or a master key file."),
    PRIVACY_SUBJECT_ERASED(
            "Dữ liệu của chủ thể {0} đã bị xóa; không ghi thêm dữ liệu cá nhân của chủ thể này.",
            "The data of subject {0} has been erased; no more personal data of this subject may be recorded."),
    PRIVACY_CIPHERTEXT_ALTERED(
            "Bản mã của trường {1} (chủ thể {0}) không xác thực được: dữ liệu đã bị sửa.",
            "The ciphertext of field {1} (subject {0}) does not authenticate: it was altered."),
    PRIVACY_KEY_STORE_UNAVAILABLE(
            "Kho khóa không dùng được: {0}.",
            "The key store is unavailable: {0}."),
    PRIVACY_KEYS_NOT_PERSISTED(
            "Không lưu được khóa mới của chủ thể {0} vào kho khóa nên không ghi sự kiện cần đến khóa đó: {1}.",
            "The new key of subject {0} could not be written to the key store, so no event needing it was recorded: {1}."),
    PRIVACY_SUBJECT_INVALID(
            "Chủ thể dữ liệu \"{0}\" không hợp lệ: phải có dạng household:mã hoặc person:mã.",
            "Data subject \"{0}\" is invalid: it must read household:id or person:id."),
    PRIVACY_MIGRATION_REFUSED(
            "Không chuyển được sổ cái sang dạng mã hóa: {0}.",
            "The ledger cannot be migrated to its encrypted form: {0}."),
    PRIVACY_ACCESS_LOG_UNAVAILABLE(
            "Nhật ký truy cập dữ liệu cá nhân không dùng được: {0}.",
            "The access log of personal-data reads is unavailable: {0}."),
    /**
     * The access log's store refused the next entry {0} times in a row while no other writer's entry showed there
     * ({@link AccessLog#append}, {@link AccessLogCarryOver#carryOver}): the store is not keeping entries.
     */
    PRIVACY_ACCESS_LOG_CONTENDED(
            "Không ghi được lần đọc vào nhật ký truy cập: nơi lưu từ chối {0} lần liên tiếp mà không có mục nào khác được ghi trước; hãy kiểm tra nơi lưu nhật ký.",
            "The read could not be appended to the access log: its store refused it {0} times in a row while no other entry was kept before it; check the log's store."),
    PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED(
            "Không chép được nhật ký truy cập sang nơi lưu mới, tại mục số {0}: {1}.",
            "The access log cannot be carried over to its new store, at entry {0}: {1}."),
    /**
     * The log's hash chain is not whole ({@link AccessLog#verify()}), where a host refuses to carry it over (the
     * examples' {@code encrypt-ledger}), to back it up or to restore it ({@link AccessLogBackup}): {0} names the log
     * (a file, a table, a backup's part), {1} the first bad entry.
     */
    PRIVACY_ACCESS_LOG_BROKEN(
            "Chuỗi băm của nhật ký truy cập dữ liệu cá nhân ({0}) bị phá vỡ tại mục số {1}: mục đó đã bị sửa, hoặc không nối tiếp mục trước; hãy khôi phục nhật ký từ bản sao lưu rồi chạy lại.",
            "The hash chain of the access log of personal-data reads ({0}) is broken at entry {1}: that entry was altered, or does not follow the one before it; restore the log from a backup and run again."),
    /**
     * A line of a backup's access log part ({@link AccessLogBackup#read}) is not an entry, as when the file was cut
     * short or a line was altered: {0} names the part (its file), {1} the entry the line should hold, {2} the line,
     * {3} what is wrong with it.
     */
    PRIVACY_ACCESS_LOG_UNREADABLE(
            "Không đọc được mục số {1} của nhật ký truy cập dữ liệu cá nhân ({0}), dòng {2}: {3}; dòng đó có thể bị cắt ngắn hoặc bị sửa.",
            "Entry {1} of the access log of personal-data reads ({0}), line {2}, cannot be read: {3}; the line may be cut short or altered."),
    PRIVACY_READ_REFUSED(
            "{0} không được đọc dữ liệu cá nhân của {1}: {2}.",
            "{0} may not read the personal data of {1}: {2}."),
    /** {@link ErasureRequestReference}: the value is never quoted, as it may be the name the erasure removes. */
    PRIVACY_REQUESTED_BY_TOO_LONG(
            "Người yêu cầu xóa phải ghi bằng số hiệu đơn, văn bản đề nghị (ví dụ 12/ĐN-UBND), tối đa {1} ký tự; giá trị đã nhập có {0} ký tự.",
            "Who asked for the erasure must be written as the request's reference (e.g. 12/ĐN-UBND), at most {1} characters; the value given has {0}."),
    /** {@link ErasureRequestReference}: the first character refused, with its position (from 1). */
    PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED(
            "Người yêu cầu xóa phải ghi bằng số hiệu đơn, văn bản đề nghị (ví dụ 12/ĐN-UBND), không ghi họ tên: chỉ dùng chữ cái (có dấu hoặc không), chữ số và / - . _, không dấu cách (U+0020), không ngoặc, không @; ký tự thứ {0} ({1}) không được phép.",
            "Who asked for the erasure must be written as the request's reference (e.g. 12/ĐN-UBND), never a name: only letters (with or without diacritics), digits and / - . _, no space (U+0020), no brackets, no @; character {0} ({1}) is not allowed."),
    /** {@link ErasureRequestReference}: no digit (a name) or no letter (a phone or ID number). */
    PRIVACY_REQUESTED_BY_NOT_A_REFERENCE(
            "Người yêu cầu xóa phải ghi bằng số hiệu đơn, văn bản đề nghị (ví dụ 12/ĐN-UBND) hoặc mã tài khoản có số của cán bộ, gồm cả chữ cái và chữ số; không ghi họ tên, số điện thoại hay số định danh.",
            "Who asked for the erasure must be written as the request's reference (e.g. 12/ĐN-UBND) or an official's account id with a number, with both letters and digits; never a name, a phone number or an ID number.");

    private final BilingualText message;

    PrivacyErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
