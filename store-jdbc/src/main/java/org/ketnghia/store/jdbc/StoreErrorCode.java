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
            "A backup can only be restored into an empty store; this one holds {0} events.");

    private final BilingualText message;

    StoreErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
