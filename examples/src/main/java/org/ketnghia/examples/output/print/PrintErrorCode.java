package org.ketnghia.examples.output.print;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.value.BilingualText;

/** Error codes of the printable documents ({@code PRINT_…}), in Vietnamese and English. Immutable and thread-safe. */
public enum PrintErrorCode implements ErrorCode {
    /** The embedded font is not on the class path (the font jar is missing from the build). */
    PRINT_FONT_MISSING(
            "Không tìm thấy phông chữ {0} để in (thiếu thư viện phông chữ).",
            "The font {0} to print with is not on the class path (the font library is missing)."),
    /** The PDF could not be written. */
    PRINT_WRITE_FAILED(
            "Không ghi được tệp PDF {0}: {1}",
            "Could not write the PDF file {0}: {1}"),
    /** A posting period that ends before it starts. */
    PRINT_POSTING_PERIOD_INVERTED(
            "Thời gian niêm yết kết thúc ngày {1}, trước ngày bắt đầu {0}.",
            "The posting period ends on {1}, before it starts on {0}.");

    private final BilingualText message;

    PrintErrorCode(String messageVi, String messageEn) {
        this.message = BilingualText.of(messageVi, messageEn);
    }

    @Override
    public BilingualText message() {
        return message;
    }
}
