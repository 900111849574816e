package org.ketnghia.examples.water;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** The clean-water model's error codes, in Vietnamese and English. */
public enum CleanWaterErrorCode implements ErrorCode {
    /** A household that already has a water system. */
    CLEAN_WATER_ALREADY_EQUIPPED("Hộ {0} đã được hỗ trợ bồn nước.", "Household {0} already has a water system."),
    /** An installation id used twice. */
    CLEAN_WATER_INSTALLATION_ID_IN_USE("Mã lắp đặt {0} đã được dùng.", "Installation id {0} is already used."),
    /** A plan section without communes. */
    CLEAN_WATER_NO_COMMUNES("Kế hoạch nước sạch không có xã nào.", "The clean-water plan lists no commune."),
    /** A unit that is not a commune of the programme. */
    CLEAN_WATER_UNKNOWN_UNIT("Không có đơn vị hành chính {0}.", "There is no administrative unit {0}.");

    private final BilingualText message;

    CleanWaterErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
