package org.ketnghia.core.reporting.rollup;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/**
 * Error codes of the national roll-up ({@code ROLLUP_…}): problems of the inputs, thrown all at once
 * before any ledger is read, and the reasons a province's ledger is excluded ({@link
 * ExcludedLedger#code()}).
 */
public enum RollUpErrorCode implements ErrorCode {
    ROLLUP_NO_PROVINCES(
            "Cần ít nhất một tỉnh để tổng hợp.",
            "At least one province is needed for a roll-up."),
    ROLLUP_BLANK_PROVINCE(
            "Mã và tên của tỉnh không được để trống (mã \"{0}\", tên \"{1}\").",
            "A province's id and name must not be blank (id \"{0}\", name \"{1}\")."),
    ROLLUP_DUPLICATE_PROVINCE(
            "Tỉnh có mã {0} được khai báo hai lần.",
            "Province id {0} is given twice."),
    ROLLUP_NO_PERIODS(
            "Tỉnh {0} không có kỳ báo cáo nào.",
            "Province {0} has no reporting period."),
    ROLLUP_PERIODS_DIFFER(
            "Các kỳ báo cáo của tỉnh {0} ({1}) không khớp với của tỉnh {2} ({3}): cần cùng số kỳ và cùng loại kỳ theo"
                    + " cùng thứ tự.",
            "The reporting periods of province {0} ({1}) do not match those of province {2} ({3}): the same number of"
                    + " periods of the same kinds in the same order is required."),
    ROLLUP_INDICATOR_MISMATCH(
            "Chỉ tiêu {0} của tỉnh {1} được định nghĩa khác với của tỉnh {2} ({3} so với {4}).",
            "Indicator {0} of province {1} is defined differently from province {2}'s ({3} versus {4})."),
    ROLLUP_CHAIN_BROKEN(
            "Sổ cái của {0} bị loại: chuỗi băm bị phá vỡ tại sự kiện số {1} ({2}).",
            "The ledger of {0} is excluded: its hash chain is broken at sequence {1} ({3}: {4})."),
    ROLLUP_LEDGER_UNREADABLE(
            "Sổ cái của {0} bị loại: không đọc được từ sự kiện số {1} ({2}).",
            "The ledger of {0} is excluded: it cannot be read from sequence {1} ({3})."),
    ROLLUP_LEDGER_INCOMPLETE(
            "Sổ cái của {0} bị loại: kho ghi sự kiện cuối là số {1} nhưng chỉ đọc được {2} sự kiện; thiếu từ sự kiện số {3}.",
            "The ledger of {0} is excluded: its store says the last event is {1} but only {2} events were read;"
                    + " missing from sequence {3}."),
    ROLLUP_LEDGER_EMPTY(
            "Sổ cái của {0} bị loại: không có sự kiện nào (có thể nhầm thư mục hoặc tệp).",
            "The ledger of {0} is excluded: it holds no event (perhaps the wrong folder or file)."),
    ROLLUP_REPORT_REFUSED(
            "Sổ cái của {0} bị loại: chuỗi băm toàn vẹn nhưng không lập được báo cáo ({1}).",
            "The ledger of {0} is excluded: its hash chain is intact but its reports cannot be built ({2}).");

    private final BilingualText message;

    RollUpErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
