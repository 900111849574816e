package org.ketnghia.livestock.calibration;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the herd calibration ({@code CALIBRATION_…}), in Vietnamese and English. */
public enum CalibrationErrorCode implements ErrorCode {
    /** A district of the selection is not a district of the administrative units. */
    CALIBRATION_UNKNOWN_DISTRICT(
            "Không có huyện {0} trong danh mục đơn vị hành chính.",
            "There is no district {0} among the administrative units."),
    /** A commune of the selection is not an administrative unit. */
    CALIBRATION_UNKNOWN_COMMUNE(
            "Không có xã {0} trong danh mục đơn vị hành chính.",
            "There is no commune {0} among the administrative units."),
    /** A group of the selection was never founded in the ledger. */
    CALIBRATION_UNKNOWN_GROUP(
            "Không có tổ, nhóm hộ {0} trong sổ cái.",
            "There is no household group {0} in the ledger."),
    /** The date of the calibration comes before any animal entered a herd. */
    CALIBRATION_AS_OF_BEFORE_START(
            "Ngày hiệu chỉnh {0} trước ngày bắt đầu chương trình {1} (con giống đầu tiên vào đàn).",
            "The calibration date {0} is before the programme's start {1} (the first animal entering a herd)."),
    /** The ledger holds no animal at all. */
    CALIBRATION_NO_ANIMALS(
            "Sổ cái chưa ghi con giống nào; chưa thể hiệu chỉnh tham số đàn.",
            "The ledger records no animal; the herd parameters cannot be calibrated.");

    private final BilingualText message;

    CalibrationErrorCode(String vi, String en) {
        this.message = BilingualText.of(vi, en);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
