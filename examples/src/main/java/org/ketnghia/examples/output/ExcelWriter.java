package org.ketnghia.examples.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.PlanActualRow;
import org.ketnghia.core.reporting.PlanActualTable;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportRow;

/**
 * Excel workbooks for officials: one per report with a sheet per level (province, district,
 * commune) and per plan-versus-actual table, Vietnamese headings, VND and percentage number formats;
 * and the budget workbook. Each is finished by {@link OfficialWorkbook}: a cover sheet first, header
 * rows frozen and printed on every page, widths fitted, A4 (landscape when wide), the simulated mark
 * when the ledger is simulated. Stateless and thread-safe.
 */
public final class ExcelWriter {

    /** Sheet names per administrative level, in order. */
    public static final Map<String, String> LEVEL_SHEETS = levelSheets();

    /** The sheet holding the plan-versus-actual table. */
    public static final String TABLE_SHEET = "Kế hoạch - thực hiện";

    /** A sheet name from a table's title: at most 31 characters, none of those Excel forbids, numbered to stay unique. */
    static String sheetName(String title, int index) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ").replaceAll("\\s*\\(.*\\)\\s*$", "").trim();
        String suffix = " " + (index + 1);
        return (cleaned.length() + suffix.length() > 31 ? cleaned.substring(0, 31 - suffix.length()).trim() : cleaned) + suffix;
    }

    /** The first data row (0-based) of a level sheet: after the title, the period and the header. */
    public static final int FIRST_DATA_ROW = 3;
    /** The title of the budget workbook and of its sheet. */
    public static final String BUDGET_TITLE = "Dự toán kinh phí theo mô hình và địa bàn";
    /** The VND number format. */
    public static final String VND_FORMAT = "#,##0 \"₫\"";

    private ExcelWriter() {
    }

    /**
     * Writes {@code report} to {@code file}, its cover naming the report's period, the programme {@code titleVi} and
     * the {@code ledger} it was built from (last sequence and hash), marked when that ledger is simulated.
     */
    public static void writeReport(Report report, String titleVi, boolean simulated, LedgerPosition ledger, Path file) {
        writeReport(report, titleVi, simulated, ledger, Set.of(), file);
    }

    /**
     * As {@link #writeReport(Report, String, boolean, LedgerPosition, Path)}, with {@value NotAvailableMarks#TEXT} in
     * every cell of the indicators {@code notAvailable} (ids): a province's figures a national roll-up read without its
     * key.
     */
    public static void writeReport(Report report, String titleVi, boolean simulated, LedgerPosition ledger,
            Set<String> notAvailable, Path file) {
        writeReport(report, titleVi, WorkbookCover.of(titleVi + " — " + report.period().labelVi(), titleVi,
                simulated).withLedger(ledger), notAvailable, file);
    }

    /** Writes {@code report} to {@code file}, finished for officials by {@link OfficialWorkbook} with {@code cover}. */
    public static void writeReport(Report report, String titleVi, WorkbookCover cover, Path file) {
        writeReport(report, titleVi, cover, Set.of(), file);
    }

    /**
     * As {@link #writeReport(Report, String, WorkbookCover, Path)}, with {@value NotAvailableMarks#TEXT} in every cell
     * of the indicators {@code notAvailable} (ids): figures of a national roll-up not computed for want of the
     * province's key.
     */
    public static void writeReport(Report report, String titleVi, WorkbookCover cover, Set<String> notAvailable,
            Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (Map.Entry<String, String> level : LEVEL_SHEETS.entrySet()) {
                Sheet sheet = workbook.createSheet(level.getValue());
                title(sheet, styles, titleVi + " — " + level.getValue(), report.period().labelVi());
                Row header = sheet.createRow(2);
                text(header, 0, "Mã đơn vị", styles.header);
                text(header, 1, "Tên đơn vị", styles.header);
                for (int i = 0; i < report.indicators().size(); i++) {
                    IndicatorDefinition indicator = report.indicators().get(i);
                    text(header, 2 + i, indicator.nameVi() + " (" + indicator.unit() + ")", styles.header);
                }
                List<ReportRow> rows = report.rowsAtLevel(level.getKey());
                int r = FIRST_DATA_ROW;
                for (ReportRow row : rows) {
                    Row line = sheet.createRow(r++);
                    text(line, 0, row.unitCode(), null);
                    text(line, 1, row.unitNameVi(), null);
                    for (int i = 0; i < report.indicators().size(); i++) {
                        IndicatorDefinition indicator = report.indicators().get(i);
                        if (notAvailable.contains(indicator.id())) {
                            text(line, 2 + i, NotAvailableMarks.TEXT, styles.italic);
                        } else {
                            value(line, 2 + i, row.actual(indicator.id()), indicator, styles);
                        }
                    }
                }
                if (rows.isEmpty()) {
                    text(sheet.createRow(r), 0, "Không có đơn vị cấp này trong kỳ báo cáo (cấp này không còn tồn tại) / no unit of this level in the period",
                            styles.italic);
                }
                sheet.createFreezePane(2, FIRST_DATA_ROW);
            }
            for (int t = 0; t < report.tables().size(); t++) {
                PlanActualTable table = report.tables().get(t);
                Sheet sheet = workbook.createSheet(t == 0 ? TABLE_SHEET : sheetName(table.titleVi(), t));
                title(sheet, styles, table.titleVi(), report.period().labelVi());
                Row header = sheet.createRow(2);
                String[] headings = table.id().startsWith("cam-ket")
                        ? new String[] {"Mã", "Đơn vị kết nghĩa", "Cam kết (đồng)", "Đã tiếp nhận (đồng)", "Tỷ lệ tiếp nhận"}
                        : new String[] {"Mã", "Khoản mục", "Kế hoạch (đồng)", "Thực hiện (đồng)", "Tỷ lệ thực hiện"};
                for (int i = 0; i < headings.length; i++) {
                    text(header, i, headings[i], styles.header);
                }
                int r = FIRST_DATA_ROW;
                for (PlanActualRow row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    text(line, 0, row.key(), null);
                    text(line, 1, row.labelVi(), null);
                    money(line, 2, row.planned().dong(), styles.vnd);
                    money(line, 3, row.actual().dong(), styles.vnd);
                    if (row.planned().isPositive()) {
                        Cell share = line.createCell(4);
                        share.setCellValue((double) row.actual().dong() / row.planned().dong());
                        share.setCellStyle(styles.percent);
                    }
                }
                Row total = sheet.createRow(r);
                text(total, 1, "Tổng cộng", styles.header);
                money(total, 2, table.totalPlanned().dong(), styles.vndBold);
                money(total, 3, table.totalActual().dong(), styles.vndBold);
                sheet.createFreezePane(2, FIRST_DATA_ROW);
            }
            OfficialWorkbook.finish(workbook, cover);
            save(workbook, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the budget estimates, one line per budget line, with totals per model and overall. Unmarked: the
     * estimate is computed from the programme file's plan, not from a ledger.
     */
    public static void writeBudget(Map<String, BudgetEstimate> budgets, Map<String, String> modelNames,
            AdministrativeRegistry units, Path file) {
        writeBudget(budgets, modelNames, units, WorkbookCover.of(BUDGET_TITLE, "", false), file);
    }

    /**
     * Writes the budget estimates as {@link #writeBudget(Map, Map, AdministrativeRegistry, Path)} does, for a run
     * that recorded the plan into {@code ledger}: the cover names the ledger's last sequence and hash, so that the
     * printed budget is tied to the ledger state it was filed with. Still unmarked: the figures are the plan's.
     */
    public static void writeBudget(Map<String, BudgetEstimate> budgets, Map<String, String> modelNames,
            AdministrativeRegistry units, LedgerPosition ledger, Path file) {
        writeBudget(budgets, modelNames, units, WorkbookCover.of(BUDGET_TITLE, "", false).withLedger(ledger), file);
    }

    /** Writes the budget estimates, finished for officials by {@link OfficialWorkbook} with {@code cover}. */
    public static void writeBudget(Map<String, BudgetEstimate> budgets, Map<String, String> modelNames,
            AdministrativeRegistry units, WorkbookCover cover, Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("Dự toán kinh phí");
            title(sheet, styles, BUDGET_TITLE, "Tính từ phần kế hoạch của từng mô hình");
            String[] headings = {"Mô hình", "Mã đơn vị", "Tên đơn vị", "Nội dung", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)"};
            Row header = sheet.createRow(2);
            for (int i = 0; i < headings.length; i++) {
                text(header, i, headings[i], styles.header);
            }
            int r = FIRST_DATA_ROW;
            long grand = 0;
            for (Map.Entry<String, BudgetEstimate> entry : budgets.entrySet()) {
                for (BudgetLine line : entry.getValue().lines()) {
                    Row row = sheet.createRow(r++);
                    text(row, 0, modelNames.getOrDefault(entry.getKey(), entry.getKey()), null);
                    text(row, 1, line.unitCode(), null);
                    text(row, 2, units.unit(line.unitCode()).map(unit -> unit.name()).orElse(line.unitCode()), null);
                    text(row, 3, line.itemVi(), null);
                    Cell quantity = row.createCell(4);
                    quantity.setCellValue(line.quantity());
                    quantity.setCellStyle(styles.count);
                    money(row, 5, line.unitPrice().dong(), styles.vnd);
                    money(row, 6, line.amount().dong(), styles.vnd);
                }
                Row subtotal = sheet.createRow(r++);
                text(subtotal, 0, "Cộng: " + modelNames.getOrDefault(entry.getKey(), entry.getKey()), styles.header);
                money(subtotal, 6, entry.getValue().total().dong(), styles.vndBold);
                grand += entry.getValue().total().dong();
            }
            Row total = sheet.createRow(r);
            text(total, 0, "Tổng cộng", styles.header);
            money(total, 6, grand, styles.vndBold);
            sheet.createFreezePane(1, FIRST_DATA_ROW);
            OfficialWorkbook.finish(workbook, cover);
            save(workbook, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> levelSheets() {
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("province", "Cấp tỉnh");
        sheets.put("district", "Cấp huyện");
        sheets.put("commune", "Cấp xã");
        return Collections.unmodifiableMap(sheets);
    }

    private static void save(XSSFWorkbook workbook, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static void title(Sheet sheet, Styles styles, String title, String subtitle) {
        text(sheet.createRow(0), 0, title, styles.title);
        text(sheet.createRow(1), 0, subtitle, styles.italic);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void money(Row row, int column, long dong, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(dong);
        cell.setCellStyle(style);
    }

    private static void value(Row row, int column, Optional<IndicatorValue> value, IndicatorDefinition indicator,
            Styles styles) {
        if (value.isEmpty() || !value.get().isDefined()) {
            return;
        }
        Cell cell = row.createCell(column);
        IndicatorValue actual = value.get();
        if (actual.isWhole()) {
            cell.setCellValue(actual.numerator() / actual.denominator());
            cell.setCellStyle("đồng".equals(indicator.unit()) ? styles.vnd : styles.count);
        } else {
            cell.setCellValue(actual.toDouble());
            cell.setCellStyle(styles.decimal);
        }
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle italic;
        final CellStyle header;
        final CellStyle vnd;
        final CellStyle vndBold;
        final CellStyle count;
        final CellStyle decimal;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font slanted = workbook.createFont();
            slanted.setItalic(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            italic = workbook.createCellStyle();
            italic.setFont(slanted);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            var format = workbook.createDataFormat();
            vnd = workbook.createCellStyle();
            vnd.setDataFormat(format.getFormat(VND_FORMAT));
            vndBold = workbook.createCellStyle();
            vndBold.setDataFormat(format.getFormat(VND_FORMAT));
            vndBold.setFont(bold);
            count = workbook.createCellStyle();
            count.setDataFormat(format.getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.00"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
        }
    }
}
