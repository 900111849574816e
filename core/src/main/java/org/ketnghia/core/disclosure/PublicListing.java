package org.ketnghia.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ketnghia.core.money.Money;

/**
 * The list a commune posts publicly (danh sách niêm yết công khai) of the households supported and
 * what each received, on a date: one {@link PublicListingRow} per support, ordered by village, then
 * head's name, then date. Obtain it from {@link SupportLedger#publicListing}.
 *
 * <p>Renders as CSV with a Vietnamese header ({@link #toCsv()}, UTF-8 via {@link #toCsvBytes()})
 * and as plain text ({@link #toText()}). The row number (STT) and the total are the only additions
 * to the rows. Immutable and thread-safe.
 */
public final class PublicListing {

    /** The CSV header, in Vietnamese. */
    public static final List<String> CSV_HEADER =
            List.of("STT", "Họ và tên chủ hộ", "Thôn", "Diện hộ", "Nội dung hỗ trợ", "Giá trị hỗ trợ (đồng)");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String communeName;
    private final LocalDate date;
    private final List<PublicListingRow> rows;

    PublicListing(String communeName, LocalDate date, List<PublicListingRow> rows) {
        this.communeName = requireNonNull(communeName, "communeName");
        this.date = requireNonNull(date, "date");
        this.rows = List.copyOf(rows);
    }

    /** The commune's name with its kind, e.g. {@code "xã Hùng Sơn"}. */
    public String communeName() {
        return communeName;
    }

    /** The date of the listing. */
    public LocalDate date() {
        return date;
    }

    /** The rows, in order; immutable. */
    public List<PublicListingRow> rows() {
        return rows;
    }

    /** The total value of the support listed. */
    public Money total() {
        return Money.sum(rows.stream().map(PublicListingRow::value).toList());
    }

    /**
     * The list as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed),
     * header in Vietnamese, values in whole đồng. A cell starting with {@code = + - @} is prefixed
     * with an apostrophe so that a spreadsheet never runs it as a formula.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(64 * (rows.size() + 1));
        line(csv, CSV_HEADER.toArray(String[]::new));
        int number = 1;
        for (PublicListingRow row : rows) {
            line(csv, Integer.toString(number++), row.headName(), row.villageName(), row.category(), row.support(),
                    Long.toString(row.value().dong()));
        }
        return csv.toString();
    }

    /** {@link #toCsv()} as UTF-8 bytes with a byte-order mark, so spreadsheets show the diacritics. */
    public byte[] toCsvBytes() {
        return ("\uFEFF" + toCsv()).getBytes(StandardCharsets.UTF_8);
    }

    /** The list as plain text for posting: a title, one numbered line per support, the total. */
    public String toText() {
        StringBuilder text = new StringBuilder(96 * (rows.size() + 4));
        text.append("DANH SÁCH CÁC HỘ ĐƯỢC HỖ TRỢ (NIÊM YẾT CÔNG KHAI)\n");
        text.append(capitalised(communeName)).append(" — ngày ").append(DATE.format(date)).append('\n');
        text.append('\n');
        if (rows.isEmpty()) {
            text.append("Không có hộ nào được hỗ trợ.\n");
        }
        int number = 1;
        for (PublicListingRow row : rows) {
            text.append(number++).append(". ").append(row.headName())
                    .append(" — thôn ").append(row.villageName())
                    .append(" — ").append(row.category())
                    .append(" — ").append(row.support())
                    .append(" — ").append(row.value()).append('\n');
        }
        text.append('\n').append("Tổng cộng: ").append(rows.size()).append(" lượt hỗ trợ, ").append(total()).append('\n');
        return text.toString();
    }

    @Override
    public String toString() {
        return "PublicListing[" + communeName + ", " + date + ", " + rows.size() + " rows]";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
