package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes a workbook usable by officials as it is: on every sheet the header rows frozen and repeated on each printed
 * page, column widths fitted to the text (computed from the cells' lengths, so no font is needed on the machine),
 * A4 paper fitted to the page width, landscape when the sheet has more than {@value #PORTRAIT_COLUMNS} columns,
 * page numbers in the footer; then a cover sheet first ({@value #COVER_SHEET}) that says what the workbook holds.
 * When the ledger is simulated, the cover and every sheet's header and footer carry {@link SimulationMarks#TEXT}.
 *
 * <p>Nothing time-dependent is written: the same cells give the same workbook values. Stateless and thread-safe
 * (a workbook itself is not: finish it on the thread that builds it).
 */
public final class OfficialWorkbook {

    /** The name of the cover sheet, always the first. */
    public static final String COVER_SHEET = "Giới thiệu";
    /** Sheets with more columns than this print landscape. */
    public static final int PORTRAIT_COLUMNS = 6;
    /** The widest a column is made, in characters. */
    static final int MAX_COLUMN_CHARS = 60;
    /** The page number in a footer: "Trang 2/5". */
    private static final String FOOTER_PAGES = "Trang &P/&N";

    private OfficialWorkbook() {
    }

    /**
     * Finishes every sheet of {@code workbook} and puts the cover first. Call once, after the sheets are filled and
     * before the workbook is written. The header row of a sheet is the last row its freeze pane keeps, or else the
     * first of its first four rows with the most cells.
     */
    public static void finish(XSSFWorkbook workbook, WorkbookCover cover) {
        requireNonNull(workbook, "workbook");
        requireNonNull(cover, "cover");
        List<String[]> contents = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            finishSheet(sheet, cover);
            contents.add(new String[] {sheet.getSheetName(), description(sheet)});
        }
        coverSheet(workbook, cover, contents);
    }

    private static void finishSheet(Sheet sheet, WorkbookCover cover) {
        int header = headerRow(sheet);
        PaneInformation pane = sheet.getPaneInformation();
        int frozenColumns = pane != null && pane.isFreezePane() ? pane.getVerticalSplitLeftColumn() : 0;
        sheet.createFreezePane(frozenColumns, header + 1);
        int columns = fitColumns(sheet, header);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(columns > PORTRAIT_COLUMNS);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, header, -1, -1));
        sheet.getFooter().setRight(FOOTER_PAGES);
        sheet.getFooter().setLeft(sheet.getSheetName());
        if (cover.simulated()) {
            sheet.getHeader().setCenter(SimulationMarks.TEXT);
            sheet.getFooter().setCenter(SimulationMarks.TEXT);
        }
    }

    /** The header row: the last frozen row, else the first of rows 0–3 with the most cells. */
    static int headerRow(Sheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        if (pane != null && pane.isFreezePane() && pane.getHorizontalSplitTopRow() > 0) {
            return pane.getHorizontalSplitTopRow() - 1;
        }
        int header = 0;
        int most = -1;
        for (int r = 0; r <= Math.min(3, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            int cells = row == null ? 0 : row.getPhysicalNumberOfCells();
            if (cells > most) {
                most = cells;
                header = r;
            }
        }
        return header;
    }

    /** Sets each column's width from the longest text shown in it, below the title rows; returns the column count. */
    private static int fitColumns(Sheet sheet, int header) {
        DataFormatter formatter = new DataFormatter();
        List<Integer> widths = new ArrayList<>();
        for (int r = header; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                while (widths.size() <= column) {
                    widths.add(0);
                }
                int chars = shownLength(cell, formatter);
                // a header wraps (its style says so): half its length, at least its longest word
                if (r == header && cell.getCellStyle() != null && cell.getCellStyle().getWrapText()) {
                    chars = Math.max(longestWord(cell), (chars + 1) / 2);
                }
                widths.set(column, Math.max(widths.get(column), chars));
            }
        }
        for (int column = 0; column < widths.size(); column++) {
            int chars = Math.min(MAX_COLUMN_CHARS, Math.max(6, widths.get(column) + 2));
            sheet.setColumnWidth(column, chars * 256);
        }
        return widths.size();
    }

    private static int shownLength(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue().codePointCount(0, cell.getStringCellValue().length());
        }
        return formatter.formatCellValue(cell).length();
    }

    private static int longestWord(Cell cell) {
        if (cell.getCellType() != CellType.STRING) {
            return 0;
        }
        int longest = 0;
        for (String word : cell.getStringCellValue().split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** The sheet's own title (its first cell, when text above the header), else its name. */
    private static String description(Sheet sheet) {
        Row first = sheet.getRow(0);
        Cell title = first == null ? null : first.getCell(0);
        if (headerRow(sheet) > 0 && title != null && title.getCellType() == CellType.STRING
                && !title.getStringCellValue().isBlank()) {
            return title.getStringCellValue();
        }
        return sheet.getSheetName();
    }

    private static void coverSheet(XSSFWorkbook workbook, WorkbookCover cover, List<String[]> contents) {
        Sheet sheet = workbook.createSheet(COVER_SHEET);
        workbook.setSheetOrder(COVER_SHEET, 0);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
            workbook.getSheetAt(s).setSelected(false);
        }
        sheet.setSelected(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        CellStyle title = workbook.createCellStyle();
        title.setFont(big);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        CellStyle bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        Font redFont = workbook.createFont();
        redFont.setBold(true);
        redFont.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
        CellStyle red = workbook.createCellStyle();
        red.setFont(redFont);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);

        int r = 0;
        text(sheet.createRow(r++), 0, cover.titleVi(), title);
        if (cover.simulated()) {
            text(sheet.createRow(r++), 0, SimulationMarks.TEXT, red);
            text(sheet.createRow(r++), 0, SimulationMarks.EXPLANATION, red);
        }
        r++;
        if (!cover.programmeVi().isBlank()) {
            fact(sheet.createRow(r++), "Chương trình", cover.programmeVi(), bold, wrapped);
        }
        int factRow = r;
        cover.provinceVi().ifPresent(province -> fact(sheet.createRow(factRow), "Tỉnh", province, bold, wrapped));
        r += cover.provinceVi().isPresent() ? 1 : 0;
        int ledgerRow = r;
        cover.ledgerVi().ifPresent(ledger -> fact(sheet.createRow(ledgerRow), "Sổ cái", ledger, bold, wrapped));
        r += cover.ledgerVi().isPresent() ? 1 : 0;
        fact(sheet.createRow(r++), "Số trang tính", Integer.toString(contents.size()), bold, wrapped);
        r++;
        Row heading = sheet.createRow(r++);
        text(heading, 0, "Trang tính", bold);
        text(heading, 1, "Nội dung", bold);
        for (String[] content : contents) {
            Row row = sheet.createRow(r++);
            text(row, 0, content[0], null);
            text(row, 1, content[1], wrapped);
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.getFooter().setRight(FOOTER_PAGES);
        if (cover.simulated()) {
            sheet.getHeader().setCenter(SimulationMarks.TEXT);
            sheet.getFooter().setCenter(SimulationMarks.TEXT);
        }
    }

    private static void fact(Row row, String label, String value, CellStyle bold, CellStyle wrapped) {
        text(row, 0, label, bold);
        text(row, 1, value, wrapped);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
