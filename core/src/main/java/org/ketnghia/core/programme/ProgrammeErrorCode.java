package org.ketnghia.core.programme;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the programme: its declaration, scope, norms and allotments ({@code PROGRAMME_…}). */
public enum ProgrammeErrorCode implements ErrorCode {
    PROGRAMME_INVALID_ID(
            "Mã kế hoạch \"{0}\" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.",
            "Programme id \"{0}\" is invalid: lower-case letters, digits and hyphens only."),
    PROGRAMME_ALREADY_DECLARED(
            "Kế hoạch \"{0}\" đã được ban hành trong sổ.",
            "Programme \"{0}\" is already declared in the ledger."),
    PROGRAMME_UNKNOWN(
            "Không có kế hoạch \"{0}\" trong sổ.",
            "There is no programme \"{0}\" in the ledger."),
    PROGRAMME_YEARS_OUT_OF_RANGE(
            "Thời gian thực hiện {0} năm; phải từ 1 đến 10 năm.",
            "The programme runs {0} years; it must be 1 to 10."),
    PROGRAMME_UNKNOWN_UNIT(
            "Không có đơn vị hành chính \"{0}\" vào ngày {1}.",
            "There is no administrative unit \"{0}\" on {1}."),
    PROGRAMME_COMMUNE_OUTSIDE_DISTRICTS(
            "Xã thí điểm \"{0}\" không thuộc huyện nào của kế hoạch.",
            "Pilot commune \"{0}\" is in none of the programme's districts."),
    PROGRAMME_COMMUNE_IN_OTHER_PROGRAMME(
            "Xã thí điểm \"{0}\" đã thuộc kế hoạch \"{1}\".",
            "Pilot commune \"{0}\" already belongs to programme \"{1}\"."),
    PROGRAMME_DUPLICATE_ENTRY(
            "\"{0}\" bị lặp.",
            "\"{0}\" is listed twice."),
    PROGRAMME_AMOUNT_NOT_POSITIVE(
            "Giá trị {0} phải lớn hơn 0.",
            "The value {0} must be greater than 0."),
    PROGRAMME_OUTSIDE_SCOPE(
            "Đơn vị \"{0}\" không thuộc địa bàn của kế hoạch {1} vào ngày {2} (các xã thí điểm và đơn vị kế tục: {3}).",
            "Unit \"{0}\" is outside the scope of programme {1} on {2} (its pilot communes and their successors: {3})."),
    PROGRAMME_OUTSIDE_DISTRICTS(
            "Đơn vị \"{0}\" không thuộc các huyện của kế hoạch {1} vào ngày {2}.",
            "Unit \"{0}\" is outside the districts of programme {1} on {2}."),
    PROGRAMME_DUPLICATE_REPLICATION(
            "Việc nhân rộng mã \"{0}\" đã được ghi nhận.",
            "Replication \"{0}\" is already recorded."),
    PROGRAMME_NEGATIVE_COUNT(
            "Số hộ {0} không được âm.",
            "The number of households {0} must not be negative.");

    private final BilingualText message;

    ProgrammeErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
