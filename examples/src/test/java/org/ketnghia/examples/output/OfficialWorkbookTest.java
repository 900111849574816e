package org.ketnghia.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class OfficialWorkbookTest {

    private static final String WIDE = "Kế hoạch - thực hiện theo xã";
    private static final String NARROW = "Sổ cái";
    private static final String LONG_NAME = "Ủy ban nhân dân xã Hùng Sơn, huyện Tây Giang";

    @Test
    void everySheet_isFrozenUnderItsHeader_andRepeatsItOnEveryPrintedPage() throws IOException {
        XSSFWorkbook workbook = finished(false);

        Sheet wide = workbook.getSheet(WIDE);
        assertThat(wide.getPaneInformation().isFreezePane()).isTrue();
        assertThat(wide.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
        assertThat(wide.getRepeatingRows().formatAsString()).isEqualTo("1:3");
        Sheet narrow = workbook.getSheet(NARROW);
        assertThat(narrow.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(narrow.getRepeatingRows().formatAsString()).isEqualTo("1:1");
    }

    @Test
    void aWideSheet_printsLandscapeOnA4_aNarrowOnePortrait_bothFittedToTheWidth() throws IOException {
        XSSFWorkbook workbook = finished(false);

        PrintSetup wide = workbook.getSheet(WIDE).getPrintSetup();
        assertThat(wide.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(wide.getLandscape()).isTrue();
        assertThat(wide.getFitWidth()).isEqualTo((short) 1);
        assertThat(workbook.getSheet(WIDE).getFitToPage()).isTrue();
        PrintSetup narrow = workbook.getSheet(NARROW).getPrintSetup();
        assertThat(narrow.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(narrow.getLandscape()).isFalse();
        assertThat(workbook.getSheet(WIDE).getFooter().getRight()).isEqualTo("Trang &P/&N");
    }

    @Test
    void columnWidths_followTheLongestText_cappedAndNeverNarrowerThanAMoneyAmount() throws IOException {
        XSSFWorkbook workbook = finished(false);
        Sheet wide = workbook.getSheet(WIDE);

        assertThat(wide.getColumnWidth(1)).isEqualTo((LONG_NAME.length() + 2) * 256);
        assertThat(wide.getColumnWidth(2)).isGreaterThanOrEqualTo("9.318.459.000 ₫".length() * 256);
        assertThat(workbook.getSheet(NARROW).getColumnWidth(0))
                .isEqualTo(OfficialWorkbook.MAX_COLUMN_CHARS * 256);
        // formats are kept: money in đồng, shares as percentages of the stored fraction
        assertThat(wide.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo(ExcelWriter.VND_FORMAT);
        assertThat(wide.getRow(3).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(wide.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(0.5);
    }

    @Test
    void theCover_comesFirst_namesTheProgrammeAndLedger_andListsEverySheetWithItsTitle() throws IOException {
        XSSFWorkbook workbook = finished(false);

        assertThat(workbook.getSheetName(0)).isEqualTo(OfficialWorkbook.COVER_SHEET);
        assertThat(workbook.getActiveSheetIndex()).isZero();
        List<String> lines = lines(workbook.getSheetAt(0));
        assertThat(lines).contains("Báo cáo tổng kết 5 năm", "Chương trình | Kế hoạch kết nghĩa tỉnh Quảng Nam",
                "Tỉnh | Quảng Nam", "Sổ cái | sự kiện cuối số 1234, mã băm ab12cd", "Số trang tính | 2",
                WIDE + " | Tổng kết 5 năm — kế hoạch và thực hiện", NARROW + " | " + NARROW);
        assertThat(String.join("\n", lines)).doesNotContain("MÔ PHỎNG");
        assertThat(workbook.getSheet(WIDE).getHeader().getCenter()).isEmpty();
    }

    @Test
    void aSimulatedLedger_marksTheCoverAndEverySheetsHeaderAndFooter() throws IOException {
        XSSFWorkbook workbook = finished(true);

        assertThat(lines(workbook.getSheetAt(0))).contains(SimulationMarks.TEXT);
        for (Sheet sheet : workbook) {
            assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).isEqualTo(SimulationMarks.TEXT);
            assertThat(sheet.getFooter().getCenter()).as(sheet.getSheetName()).isEqualTo(SimulationMarks.TEXT);
        }
    }

    @Test
    void theSameCells_giveTheSameWorkbookValues() throws IOException {
        assertThat(lines(finished(true).getSheetAt(0))).isEqualTo(lines(finished(true).getSheetAt(0)));
        assertThat(lines(finished(true).getSheet(WIDE))).isEqualTo(lines(finished(true).getSheet(WIDE)));
    }

    /** Two sheets as the writers make them, finished, written and read back. */
    private static XSSFWorkbook finished(boolean simulated) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            header.setWrapText(true);
            CellStyle vnd = workbook.createCellStyle();
            vnd.setDataFormat(workbook.createDataFormat().getFormat(ExcelWriter.VND_FORMAT));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            Sheet wide = workbook.createSheet(WIDE);
            wide.createRow(0).createCell(0).setCellValue("Tổng kết 5 năm — kế hoạch và thực hiện");
            wide.createRow(1).createCell(0).setCellValue("01/07/2021 – 30/06/2026");
            Row heading = wide.createRow(2);
            String[] headings = {"Mã", "Đơn vị", "Thực hiện (đồng)", "Tỷ lệ", "Hộ", "Con", "Lớp", "Người"};
            for (int i = 0; i < headings.length; i++) {
                heading.createCell(i).setCellValue(headings[i]);
                heading.getCell(i).setCellStyle(header);
            }
            Row data = wide.createRow(3);
            data.createCell(0).setCellValue("DNG.HUNG-SON");
            data.createCell(1).setCellValue(LONG_NAME);
            data.createCell(2).setCellValue(9_318_459_000L);
            data.getCell(2).setCellStyle(vnd);
            data.createCell(3).setCellValue(0.5);
            data.getCell(3).setCellStyle(percent);
            wide.createFreezePane(2, 3);
            Sheet narrow = workbook.createSheet(NARROW);
            narrow.createRow(0).createCell(0).setCellValue("Tỉnh");
            narrow.getRow(0).createCell(1).setCellValue("Mã băm");
            narrow.createRow(1).createCell(0).setCellValue("x".repeat(200));
            OfficialWorkbook.finish(workbook, new WorkbookCover("Báo cáo tổng kết 5 năm", "Kế hoạch kết nghĩa tỉnh Quảng Nam",
                    java.util.Optional.of("Quảng Nam"), java.util.Optional.empty(), simulated).withLedger(1234, "ab12cd"));
            workbook.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** Each row's text cells joined by " | ". */
    private static List<String> lines(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    ? cell.getStringCellValue() : String.valueOf(cell.getNumericCellValue())));
            lines.add(String.join(" | ", cells));
        }
        return lines;
    }
}
