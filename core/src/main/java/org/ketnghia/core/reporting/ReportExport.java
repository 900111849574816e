package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;

/**
 * Exports {@link Report}s and {@link PlanActualTable}s for officials and other systems.
 *
 * <p><b>JSON</b> ({@link #toJson}, {@link #fromJson}): the report as it is, through Jackson, with
 * exact fractions ({@code {"numerator": …, "denominator": …}}) and money as whole đồng; it reads
 * back equal.
 *
 * <p><b>CSV</b> ({@link #toCsv(Report)}): RFC 4180 (comma-separated, fields quoted when needed,
 * CRLF line ends), UTF-8, with a header row in Vietnamese. One line per unit and indicator, in
 * report order, then one line "Tổng cộng" per indicator. Numbers use a point as decimal separator
 * and no grouping so that spreadsheets and programs read them alike; whole values are exact,
 * fractions are rounded half-even to 4 decimal places, and a {@code RATIO_OF_SUMS} indicator whose
 * unit is {@code "%"} is shown multiplied by 100. {@link #writeCsv} adds the UTF-8 byte order mark
 * that Excel needs to show Vietnamese diacritics.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportExport {

    /** The header of {@link #toCsv(Report)}, in Vietnamese. */
    public static final List<String> REPORT_CSV_HEADER = List.of("Kỳ báo cáo", "Từ ngày", "Đến ngày", "Mã đơn vị",
            "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Cách tổng hợp",
            "Thực hiện", "Tử số", "Mẫu số", "Giá trị cơ sở", "Mục tiêu", "Tỷ lệ đạt mục tiêu (%)");

    /** The header of {@link #toCsv(PlanActualTable)}, in Vietnamese. */
    public static final List<String> TABLE_CSV_HEADER = List.of("Mã", "Khoản mục", "Kế hoạch (đồng)",
            "Thực hiện (đồng)", "Chênh lệch (đồng)", "Tỷ lệ thực hiện (%)");

    /** Label of the total lines. */
    public static final String TOTAL_LABEL_VI = "Tổng cộng";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int SCALE = 4;
    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();

    private ReportExport() {
    }

    /** The report as indented JSON. */
    public static String toJson(Report report) {
        requireNonNull(report, "report");
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is always serialisable", e);
        }
    }

    /**
     * Reads a report written by {@link #toJson}.
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} if the text is not such a report
     */
    public static Report fromJson(String json) {
        requireNonNull(json, "json");
        try {
            return MAPPER.readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw new KetnghiaException(List.of(org.ketnghia.core.error.Problem.of(CoreErrorCode.JSON_UNREADABLE,
                    "", e.getOriginalMessage())), e);
        }
    }

    /** The report as CSV text with a Vietnamese header (no byte order mark). */
    public static String toCsv(Report report) {
        requireNonNull(report, "report");
        StringBuilder out = new StringBuilder(256 + report.rows().size() * report.indicators().size() * 160);
        line(out, REPORT_CSV_HEADER);
        ReportingPeriod period = report.period();
        for (ReportRow row : report.rows()) {
            for (IndicatorDefinition indicator : report.indicators()) {
                ReportCell cell = row.cells().get(indicator.id());
                if (cell != null) {
                    cellLine(out, period, row.unitCode(), row.unitNameVi(), row.levelNameVi(),
                            row.parentCode().orElse(""), indicator, cell);
                }
            }
        }
        for (IndicatorDefinition indicator : report.indicators()) {
            ReportCell total = report.totals().get(indicator.id());
            if (total != null) {
                cellLine(out, period, "", TOTAL_LABEL_VI, "", "", indicator, total);
            }
        }
        return out.toString();
    }

    /** The plan-versus-actual table as CSV text with a Vietnamese header and a total line. */
    public static String toCsv(PlanActualTable table) {
        requireNonNull(table, "table");
        StringBuilder out = new StringBuilder();
        line(out, TABLE_CSV_HEADER);
        for (PlanActualRow row : table.rows()) {
            tableLine(out, row.key(), row.labelVi(), row.planned(), row.actual());
        }
        tableLine(out, "", TOTAL_LABEL_VI, table.totalPlanned(), table.totalActual());
        return out.toString();
    }

    /** Writes the report as CSV in UTF-8 with a byte order mark; does not close {@code out}. */
    public static void writeCsv(Report report, OutputStream out) {
        write(toCsv(report), out);
    }

    /** Writes the table as CSV in UTF-8 with a byte order mark; does not close {@code out}. */
    public static void writeCsv(PlanActualTable table, OutputStream out) {
        write(toCsv(table), out);
    }

    private static void write(String csv, OutputStream out) {
        requireNonNull(out, "out");
        try {
            out.write(UTF8_BOM);
            out.write(csv.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cellLine(StringBuilder out, ReportingPeriod period, String unitCode, String unitName,
            String level, String parentCode, IndicatorDefinition indicator, ReportCell cell) {
        boolean percent = indicator.aggregation() == Aggregation.RATIO_OF_SUMS && "%".equals(indicator.unit());
        Optional<IndicatorValue> actual = cell.actual();
        line(out, List.of(period.labelVi(), period.from().toString(), period.to().toString(), unitCode, unitName, level,
                parentCode, indicator.id(), indicator.nameVi(), indicator.unit(), indicator.aggregation().label().vi(),
                number(actual, percent), actual.map(v -> Long.toString(v.numerator())).orElse(""),
                actual.map(v -> Long.toString(v.denominator())).orElse(""), number(cell.baseline(), percent),
                number(cell.target(), percent), progress(actual, cell.target())));
    }

    private static void tableLine(StringBuilder out, String key, String label, Money planned, Money actual) {
        String rate = planned.isZero() ? "" : plain(BigDecimal.valueOf(actual.dong()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(planned.dong()), 2, java.math.RoundingMode.HALF_EVEN));
        line(out, List.of(key, label, Long.toString(planned.dong()), Long.toString(actual.dong()),
                Long.toString(actual.minus(planned).dong()), rate));
    }

    private static String number(Optional<IndicatorValue> value, boolean percent) {
        if (value.isEmpty() || !value.get().isDefined()) {
            return "";
        }
        IndicatorValue v = value.get();
        if (percent) {
            return plain(BigDecimal.valueOf(v.numerator()).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(v.denominator()), SCALE, java.math.RoundingMode.HALF_EVEN));
        }
        return plain(v.toDecimal(SCALE));
    }

    private static String progress(Optional<IndicatorValue> actual, Optional<IndicatorValue> target) {
        if (actual.isEmpty() || target.isEmpty() || !actual.get().isDefined() || !target.get().isDefined()
                || target.get().numerator() == 0) {
            return "";
        }
        // (a.n / a.d) / (t.n / t.d) × 100 = a.n · t.d · 100 / (a.d · t.n)
        BigDecimal numerator = BigDecimal.valueOf(actual.get().numerator())
                .multiply(BigDecimal.valueOf(target.get().denominator())).multiply(BigDecimal.valueOf(100));
        BigDecimal denominator = BigDecimal.valueOf(actual.get().denominator())
                .multiply(BigDecimal.valueOf(target.get().numerator()));
        return plain(numerator.divide(denominator, 2, java.math.RoundingMode.HALF_EVEN));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quote(out, fields.get(i));
        }
        out.append("\r\n");
    }

    private static void quote(StringBuilder out, String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        if (!needsQuotes) {
            out.append(field);
            return;
        }
        out.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
}
