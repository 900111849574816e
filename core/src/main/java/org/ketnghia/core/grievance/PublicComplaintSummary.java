package org.ketnghia.core.grievance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public summary of the complaints about posted lists on a date (<i>công khai kết quả tiếp nhận, giải quyết phản
 * ánh, kiến nghị</i>): one {@link PublicComplaintCount} per posted list, in the order of the communes and postings,
 * and the total per commune. It is built from counts only: no complainant's name, ID number, phone or address, no
 * household and no content of a complaint can reach it. Obtain it from {@link GrievanceRegister#publicSummary}.
 *
 * <p>Renders as CSV with a Vietnamese header ({@link #toCsv()}) and as plain text ({@link #toText()}). Immutable and
 * thread-safe.
 */
public final class PublicComplaintSummary {

    /** The CSV header, in Vietnamese. */
    public static final List<String> CSV_HEADER = List.of("Xã", "Danh sách niêm yết", "Số đơn tiếp nhận", "Chưa trả lời",
            "Đã trả lời, chưa kết thúc", "Đúng", "Đúng một phần", "Sai", "Rút đơn", "Quá hạn");

    /** The label of a commune's total line. */
    public static final String TOTAL_LABEL = "Cộng";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String unitName;
    private final LocalDate date;
    private final List<PublicComplaintCount> rows;

    PublicComplaintSummary(String unitName, LocalDate date, List<PublicComplaintCount> rows) {
        this.unitName = requireNonNull(unitName, "unitName");
        this.date = requireNonNull(date, "date");
        this.rows = List.copyOf(rows);
    }

    /** The unit summarised, with its kind, e.g. {@code "xã A Xan"} or {@code "huyện Tây Giang"}. */
    public String unitName() {
        return unitName;
    }

    /** The date of the summary. */
    public LocalDate date() {
        return date;
    }

    /** One line per posted list; immutable. */
    public List<PublicComplaintCount> rows() {
        return rows;
    }

    /** One line per commune, adding up its lists (list label {@value #TOTAL_LABEL}); immutable. */
    public List<PublicComplaintCount> totalsByCommune() {
        Map<String, PublicComplaintCount> totals = new LinkedHashMap<>();
        for (PublicComplaintCount row : rows) {
            totals.merge(row.communeName(), new PublicComplaintCount(row.communeName(), TOTAL_LABEL, row.received(),
                    row.awaitingAnswer(), row.answered(), row.upheld(), row.partlyUpheld(), row.rejected(), row.withdrawn(),
                    row.overdue()), (one, other) -> one.plus(other, row.communeName(), TOTAL_LABEL));
        }
        return List.copyOf(totals.values());
    }

    /** The lists' lines added together. */
    public PublicComplaintCount total() {
        PublicComplaintCount total = new PublicComplaintCount(unitName, TOTAL_LABEL, 0, 0, 0, 0, 0, 0, 0, 0);
        for (PublicComplaintCount row : rows) {
            total = total.plus(row, unitName, TOTAL_LABEL);
        }
        return total;
    }

    /** The summary as CSV (comma-separated, CRLF line ends, fields quoted when needed), header in Vietnamese. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(96 * (rows.size() + 1));
        line(csv, CSV_HEADER);
        for (PublicComplaintCount row : rows) {
            line(csv, cells(row));
        }
        return csv.toString();
    }

    /** The summary as plain text for posting: a title, one line per list, the total. */
    public String toText() {
        StringBuilder text = new StringBuilder(128 * (rows.size() + 4));
        text.append("TỔNG HỢP TIẾP NHẬN, GIẢI QUYẾT PHẢN ÁNH, KIẾN NGHỊ VỀ DANH SÁCH NIÊM YẾT\n");
        text.append(unitName).append(" — ngày ").append(DATE.format(date)).append("\n\n");
        if (rows.isEmpty()) {
            text.append("Không có danh sách nào được niêm yết.\n");
        }
        for (PublicComplaintCount row : rows) {
            text.append(row.communeName()).append(" — ").append(row.list()).append(": ").append(describe(row)).append('\n');
        }
        text.append('\n').append(TOTAL_LABEL).append(": ").append(describe(total())).append('\n');
        return text.toString();
    }

    @Override
    public String toString() {
        return "PublicComplaintSummary[" + unitName + ", " + date + ", " + rows.size() + " lists]";
    }

    /** The label of a posted list on the summary, e.g. "Danh sách hộ được hỗ trợ ngày 30/06/2022 (niêm yết 01/07/2022–30/07/2022)". */
    static String listLabel(ListPosted posted) {
        return posted.listKind().label().vi() + " ngày " + DATE.format(posted.listAsOf()) + " (niêm yết "
                + DATE.format(posted.postedFrom()) + "–" + DATE.format(posted.postedUntil()) + ")";
    }

    private static String describe(PublicComplaintCount row) {
        return row.received() + " đơn; chưa trả lời " + row.awaitingAnswer() + ", đã trả lời " + row.answered()
                + ", đã kết thúc " + row.closed() + " (đúng " + row.upheld() + ", đúng một phần " + row.partlyUpheld()
                + ", sai " + row.rejected() + ", rút đơn " + row.withdrawn() + "); quá hạn " + row.overdue();
    }

    private static List<String> cells(PublicComplaintCount row) {
        List<String> cells = new ArrayList<>(CSV_HEADER.size());
        cells.add(row.communeName());
        cells.add(row.list());
        for (int count : new int[] {row.received(), row.awaitingAnswer(), row.answered(), row.upheld(), row.partlyUpheld(),
            row.rejected(), row.withdrawn(), row.overdue()}) {
            cells.add(Integer.toString(count));
        }
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String value = cells.get(i);
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0;
            csv.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        csv.append("\r\n");
    }
}
