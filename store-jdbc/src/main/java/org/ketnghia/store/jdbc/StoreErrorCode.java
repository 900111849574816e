package org.ketnghia.store.jdbc;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the JDBC event store ({@code STORE_…}). */
public enum StoreErrorCode implements ErrorCode {
    STORE_UNAVAILABLE(
            "Không truy cập được kho sự kiện: {0}.",
            "The event store cannot be reached: {0}."),
    STORE_BAD_ROW(
            "Sự kiện số {0} trong kho không đọc được: {1}.",
            "Event {0} in the store cannot be read: {1}."),
    STORE_CHAIN_BROKEN(
            "Chuỗi băm của sổ cái bị phá vỡ tại sự kiện số {0}: {1}.",
            "The ledger's hash chain is broken at event {0}: {1}."),
    STORE_BACKUP_UNREADABLE(
            "Dòng {0} của bản sao lưu không đọc được: {1}.",
            "Line {0} of the backup cannot be read: {1}."),
    STORE_RESTORE_NOT_EMPTY(
            "Chỉ khôi phục được vào kho trống; kho hiện có {0} sự kiện.",
            "A backup can only be restored into an empty store; this one holds {0} events."),
    /**
     * A backup's manifest ({@link BackupManifest#read}) is not one: {0} names it (its file), {1} says what is wrong
     * (not JSON, as when it was cut short; a format or a part this version does not know; a value missing).
     */
    STORE_BACKUP_MANIFEST_UNREADABLE(
            "Không đọc được bảng kê của bản sao lưu ({0}): {1}; bảng kê có thể bị cắt ngắn hoặc bị sửa, hoặc do một phiên bản mới hơn ghi.",
            "The backup's manifest ({0}) cannot be read: {1}; it may be cut short or altered, or written by a newer version."),
    /**
     * A backup was to be restored only with its manifest (the examples' {@code import --require-manifest}), and there is
     * none: {0} names the file the manifest would be. A manifest deleted makes a backup look like one recorded before
     * manifests, whose parts' completeness cannot be checked.
     */
    STORE_BACKUP_MANIFEST_MISSING(
            "Bản sao lưu không có bảng kê {0}, mà lệnh yêu cầu phải có: không kiểm tra được bản sao lưu có đủ các phần hay không; bảng kê có thể đã bị xóa, hoặc bản sao lưu được ghi trước khi có bảng kê.",
            "The backup has no manifest {0}, and one was required: the parts' completeness cannot be checked; the manifest may have been deleted, or the backup was written before manifests."),
    /**
     * The manifest ({0}) names a part that was written ({1}, its id in {@link BackupPart}), and its file ({2}) is not
     * beside the backup.
     */
    STORE_BACKUP_PART_MISSING(
            "Bản sao lưu thiếu phần {1}: bảng kê {0} ghi rằng phần này đã được ghi, nhưng không có tệp {2}.",
            "The backup is missing its {1} part: the manifest {0} says it was written, but there is no file {2}."),
    /**
     * A part of the backup ({1}, its file {2}) is not the one the manifest ({0}) records; {3} says what differs: its
     * size, its lines, its SHA-256, each as found and as recorded.
     */
    STORE_BACKUP_PART_DIFFERS(
            "Phần {1} của bản sao lưu ({2}) không khớp với bảng kê {0}: {3}; phần đó đã bị cắt ngắn, mất dòng, bị sửa, hoặc thuộc một lần sao lưu khác.",
            "The {1} part of the backup ({2}) does not match the manifest {0}: {3}; the part was cut short, lost lines, was altered, or belongs to another export."),
    /**
     * A file lies beside the backup where a part ({1}, its file {2}) would, and the manifest ({0}) says that export
     * wrote no such part: the file is another export's.
     */
    STORE_BACKUP_PART_NOT_LISTED(
            "Có tệp {2} (phần {1}) bên cạnh bản sao lưu nhưng bảng kê {0} ghi rằng lần sao lưu này không có phần đó: tệp thuộc một lần sao lưu khác.",
            "There is a file {2} (a {1} part) beside the backup, but the manifest {0} says this export wrote no such part: the file belongs to another export."),
    /**
     * A signed manifest ({0}, {@link BackupManifest#checkSignature}) does not verify with the master key given: a value
     * of it was altered after the export (as whoever rewrites a part and its manifest to match must), or the backup
     * was exported with another master key.
     */
    STORE_BACKUP_MANIFEST_SIGNATURE_INVALID(
            "Chữ ký của bảng kê {0} không hợp lệ với khóa chủ đã cho: bảng kê (và có thể cả các phần của bản sao lưu) đã bị sửa sau khi sao lưu, hoặc bản sao lưu được ký bằng một khóa chủ khác.",
            "The signature of the manifest {0} does not verify with the master key given: the manifest (and perhaps the backup's parts with it) was altered after the export, or the backup was signed with another master key."),
    /**
     * A signature was required (the examples' {@code import --require-signature}) and the manifest ({0}) has none: it
     * is of the unsigned format, written without a master key or by a version before signatures, and its parts could
     * have been rewritten together with it.
     */
    STORE_BACKUP_MANIFEST_UNSIGNED(
            "Bảng kê {0} không có chữ ký, mà lệnh yêu cầu phải có: các phần của bản sao lưu có thể đã bị sửa cùng với bảng kê; bảng kê được ghi khi không có khóa chủ, hoặc trước khi có chữ ký.",
            "The manifest {0} has no signature, and one was required: the backup's parts could have been rewritten together with it; it was written without a master key, or before signatures."),
    /**
     * A part of the backup ({1}, its file {0}) read to be restored is not the one checked before ({@link
     * LedgerBackup#restore(BackupPartInputStream, String, BackupPartSummary,
     * org.ketnghia.core.ledger.EventStore)}): the file was changed or
     * replaced in between; {2} says what differs. Nothing of it is restored.
     */
    STORE_BACKUP_PART_CHANGED(
            "Phần {1} của bản sao lưu ({0}) đã thay đổi giữa lúc kiểm tra và lúc khôi phục: {2}; không khôi phục gì từ phần này.",
            "The {1} part of the backup ({0}) changed between its check and its restore: {2}; nothing of it is restored.");

    private final BilingualText message;

    StoreErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
