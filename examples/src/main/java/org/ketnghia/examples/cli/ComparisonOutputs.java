package org.ketnghia.examples.cli;

import static org.ketnghia.examples.output.HtmlText.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketnghia.examples.output.OfficialWorkbook;
import org.ketnghia.examples.site.ComparisonCharts;
import org.ketnghia.examples.site.IndicatorLabels;
import org.ketnghia.examples.site.SiteFormat;
import org.ketnghia.examples.site.ValueKind;
import org.ketnghia.examples.site.SiteLink;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.output.WorkbookCover;
import org.ketnghia.livestock.calibration.CalibrationReport;
import org.ketnghia.livestock.calibration.ParameterEstimate;
import org.ketnghia.livestock.scenarios.IndicatorResult;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioDimension;
import org.ketnghia.livestock.scenarios.ScenarioIndicator;
import org.ketnghia.livestock.scenarios.ScenarioRow;
import org.ketnghia.livestock.scenarios.SensitivityEntry;

/**
 * The files of {@code compare}: the comparison's JSON and CSV (the library's own forms), an Excel
 * workbook (comparison sheet and sensitivity sheet) and an HTML page with the comparison table, a
 * chart of the ranking indicator (households reached at year 5) with its p5–p95 band per scenario, and
 * the sensitivity bars; charts are PNG data URIs, so the page opens offline. When the demography was calibrated
 * on the ledger, its estimates (<i>ước lượng hiệu chỉnh</i>: 95 % intervals, the assumption, the flags) go
 * beside: {@code calibration.csv} (the rows of {@link CalibrationReport#estimateRows()}), a sheet of the
 * workbook and a table of the page. The page's charts are those drawn once for it and the comparison's page of the
 * summary site ({@link ComparisonCharts}). The page writes its numbers as the site does ({@link SiteFormat}): the herd
 * value in triệu or tỷ đồng, rounded as a note above the table says, with the exact đồng in each cell's title; the JSON,
 * CSV and workbook keep every amount exact.
 */
final class ComparisonOutputs {

    static final String JSON = "compare.json";
    static final String CSV = "compare.csv";
    static final String SENSITIVITY_CSV = "compare-sensitivity.csv";
    static final String EXCEL = "compare.xlsx";
    static final String HTML = "compare.html";
    static final String SHEET = "So sánh kịch bản";
    static final String SENSITIVITY_SHEET = "Độ nhạy";
    static final String CALIBRATION_CSV = "calibration.csv";
    static final String CALIBRATION_SHEET = "Hiệu chỉnh tham số đàn";

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ComparisonOutputs() {
    }

    /**
     * Writes every file into {@code folder}; with {@code calibration}, its estimates too. {@code mark} is the mark of
     * a simulated ledger the calibration was estimated on ({@link SimulationMarks}): every file then carries it.
     * {@code ledger} is the state of that ledger, which the workbook's cover names; empty without a calibration. The
     * HTML page shows {@code charts}, drawn from {@code comparison}.
     */
    static void write(ScenarioComparison comparison, ComparisonCharts charts, Optional<CalibrationReport> calibration,
            String programmeTitle, Optional<String> mark, Optional<LedgerPosition> ledger, Path folder) {
        try {
            if (calibration.isPresent()) {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve(CALIBRATION_CSV),
                        SimulationMarks.csv(csv(calibration.get().estimateRows()), mark), StandardCharsets.UTF_8);
            }
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(JSON), SimulationMarks.json(comparison.toJson(), mark), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(CSV), SimulationMarks.csv(comparison.toCsv(), mark), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(SENSITIVITY_CSV), SimulationMarks.csv(comparison.sensitivityCsv(), mark),
                    StandardCharsets.UTF_8);
            writeExcel(comparison, calibration, mark.isPresent(), ledger, folder.resolve(EXCEL));
            Files.writeString(folder.resolve(HTML), html(comparison, charts, calibration, programmeTitle, mark),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Links from the comparison's site page to its files in {@code folder} (relative to the site's root), the
     * calibration's among them when {@code calibrated}.
     */
    static List<SiteLink> links(String folder, boolean calibrated) {
        List<SiteLink> links = new ArrayList<>();
        links.add(new SiteLink("Bảng tính Excel", folder + "/" + EXCEL));
        links.add(new SiteLink("CSV so sánh", folder + "/" + CSV));
        links.add(new SiteLink("CSV độ nhạy", folder + "/" + SENSITIVITY_CSV));
        if (calibrated) {
            links.add(new SiteLink("CSV hiệu chỉnh tham số đàn", folder + "/" + CALIBRATION_CSV));
        }
        links.add(new SiteLink("JSON", folder + "/" + JSON));
        links.add(new SiteLink("Trang HTML riêng", folder + "/" + HTML));
        return List.copyOf(links);
    }

    /** RFC 4180 text of {@code rows}: a field with a comma, a quote or a line break is quoted. */
    static String csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String field = row.get(i);
                if (i > 0) {
                    text.append(',');
                }
                text.append(field.matches("(?s).*[,\"\r\n].*") ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
            }
            text.append('\n');
        }
        return text.toString();
    }

    static void writeExcel(ScenarioComparison comparison, Optional<CalibrationReport> calibration, boolean simulated,
            Optional<LedgerPosition> ledger, Path file)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = workbook.createSheet(SHEET);
            text(sheet.createRow(0), 0, "So sánh kịch bản — " + comparison.rows().size() + " kịch bản × "
                    + comparison.replicates() + " lần lặp, hạt giống " + comparison.masterSeed() + ", "
                    + comparison.years() + " năm, cùng dãy số ngẫu nhiên", header);
            Row heading = sheet.createRow(2);
            int column = 0;
            for (ScenarioDimension dimension : ScenarioDimension.values()) {
                text(heading, column++, dimension.labelVi(), header);
            }
            text(heading, column++, "Cơ sở", header);
            for (ScenarioIndicator indicator : comparison.indicators()) {
                for (String part : List.of("trung bình", "p5", "p95", "chênh lệch so với cơ sở", "sai số chuẩn chênh lệch")) {
                    text(heading, column++, indicator.labelVi() + " — " + part, header);
                }
            }
            int r = 3;
            for (ScenarioRow scenario : comparison.rows()) {
                Row row = sheet.createRow(r++);
                column = 0;
                for (String label : scenario.levelLabelsVi()) {
                    text(row, column++, label, null);
                }
                text(row, column++, scenario.baseline() ? "cơ sở" : "", null);
                for (IndicatorResult result : scenario.results()) {
                    for (double value : new double[] {result.mean(), result.p5(), result.p95(), result.difference(),
                        result.differenceStandardError()}) {
                        Cell cell = row.createCell(column++);
                        cell.setCellValue(value);
                        cell.setCellStyle(number);
                    }
                }
            }
            for (int c = 0; c < column; c++) {
                sheet.setColumnWidth(c, (c < 4 ? 28 : 16) * 256);
            }
            Sheet ranking = workbook.createSheet(SENSITIVITY_SHEET);
            text(ranking.createRow(0), 0, "Xếp hạng độ nhạy: "
                    + comparison.indicator(comparison.rankingIndicator()).orElseThrow().labelVi(), header);
            Row rankingHeading = ranking.createRow(2);
            String[] headings = {"Hạng", "Chiều", "Biên độ", "Mức thấp nhất", "Chênh lệch thấp nhất", "Mức cao nhất",
                "Chênh lệch cao nhất", "Biên độ hiệu ứng chính (cả lưới)"};
            for (int i = 0; i < headings.length; i++) {
                text(rankingHeading, i, headings[i], header);
            }
            r = 3;
            for (SensitivityEntry entry : comparison.sensitivity()) {
                Row row = ranking.createRow(r++);
                row.createCell(0).setCellValue(entry.rank());
                text(row, 1, entry.labelVi(), null);
                row.createCell(2).setCellValue(entry.swing());
                text(row, 3, entry.lowestLevel(), null);
                row.createCell(4).setCellValue(entry.lowestDifference());
                text(row, 5, entry.highestLevel(), null);
                row.createCell(6).setCellValue(entry.highestDifference());
                entry.mainEffectSwing().ifPresent(value -> row.createCell(7).setCellValue(value));
            }
            for (int c = 0; c < headings.length; c++) {
                ranking.setColumnWidth(c, 20 * 256);
            }
            if (calibration.isPresent()) {
                calibrationSheet(workbook.createSheet(CALIBRATION_SHEET), calibration.get(), header);
            }
            WorkbookCover cover = WorkbookCover.of("So sánh kịch bản quay vòng giống vật nuôi", "", simulated);
            OfficialWorkbook.finish(workbook, ledger.map(cover::withLedger).orElse(cover));
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** The estimates' rows, numbers as numbers, under a title naming the date and the last census. */
    private static void calibrationSheet(Sheet sheet, CalibrationReport calibration, CellStyle header) {
        text(sheet.createRow(0), 0, "Hiệu chỉnh tham số đàn theo sổ cái đến ngày " + calibration.asOf()
                + " (tháng điều tra cuối " + calibration.lastCensus() + "); khoảng tin cậy 95 %", header);
        List<List<String>> rows = calibration.estimateRows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(2 + r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                if (r > 0 && c >= 4 && c <= 9 && !value.isEmpty()) {
                    row.createCell(c).setCellValue(Double.parseDouble(value));
                } else {
                    text(row, c, value, r == 0 ? header : null);
                }
            }
        }
        for (int c = 0; c < rows.get(0).size(); c++) {
            sheet.setColumnWidth(c, (c == 2 ? 36 : 16) * 256);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static String html(ScenarioComparison comparison, ComparisonCharts charts, Optional<CalibrationReport> calibration,
            String programmeTitle, Optional<String> mark) {
        ScenarioIndicator ranking = comparison.indicator(comparison.rankingIndicator()).orElseThrow();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>So sánh kịch bản — ")
                .append(escape(programmeTitle)).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #ccc;padding:3px 6px}"
                        + "td.n{text-align:right}tr.base{font-weight:bold;background:#eef5fb}</style>\n</head>\n<body>\n");
        mark.ifPresent(text -> html.append(OwnPageHtml.simulatedBanner(text + " — hiệu chỉnh trên sổ cái mô phỏng /"
                + " calibrated on a simulated ledger")));
        html.append("<h1>So sánh kịch bản / Scenario comparison</h1>\n<p>").append(escape(programmeTitle)).append("<br>")
                .append(comparison.rows().size()).append(" kịch bản × ").append(comparison.replicates())
                .append(" lần lặp, hạt giống ").append(comparison.masterSeed()).append(", ").append(comparison.years())
                .append(" năm. Mọi kịch bản dùng cùng dãy số ngẫu nhiên (lần lặp i giống nhau ở mọi kịch bản), nên chênh lệch"
                        + " so với kịch bản cơ sở là của kịch bản, không phải nhiễu; ± là sai số chuẩn của chênh lệch ghép cặp.</p>\n");
        boolean money = comparison.indicators().stream().anyMatch(indicator -> kindOf(indicator) == ValueKind.MONEY);
        html.append("<h2>Bảng so sánh / Comparison table</h2>\n");
        if (money) {
            html.append("<p>Trong bảng, ").append(escape(SiteFormat.MONEY_ROUNDING_VI)).append(". ")
                    .append(escape(SiteFormat.EXACT_MONEY_VI)).append("</p>\n");
        }
        html.append("<table>\n<tr>");
        for (ScenarioDimension dimension : ScenarioDimension.values()) {
            html.append("<th>").append(escape(dimension.labelVi())).append("</th>");
        }
        for (ScenarioIndicator indicator : comparison.indicators()) {
            html.append("<th>").append(escape(indicator.labelVi())).append("<br>trung bình [p5–p95]</th><th>chênh lệch ± sai số chuẩn</th>");
        }
        html.append("</tr>\n");
        for (ScenarioRow row : comparison.rows()) {
            html.append(row.baseline() ? "<tr class=\"base\">" : "<tr>");
            for (String label : row.levelLabelsVi()) {
                html.append("<td>").append(escape(label)).append("</td>");
            }
            for (ScenarioIndicator indicator : comparison.indicators()) {
                Optional<IndicatorResult> found = row.result(indicator.key());
                if (found.isEmpty()) {
                    html.append("<td></td><td></td>");
                    continue;
                }
                IndicatorResult result = found.get();
                ValueKind kind = kindOf(indicator);
                if (kind == ValueKind.MONEY) {
                    html.append(numberCell(SiteFormat.moneyBandInUnit(result.mean(), result.p5(), result.p95()),
                            SiteFormat.exactBand(result.mean(), result.p5(), result.p95())));
                } else {
                    html.append(numberCell(SiteFormat.value(result.mean(), kind) + " [" + SiteFormat.value(result.p5(), kind)
                            + " – " + SiteFormat.value(result.p95(), kind) + "]", null));
                }
                html.append(row.baseline() ? numberCell("cơ sở", null) : numberCell(signed(result.difference(), kind)
                        + " ± " + SiteFormat.computed(result.differenceStandardError(), kind), kind == ValueKind.MONEY
                        ? "chênh lệch " + SiteFormat.money(result.difference()) + "; sai số chuẩn "
                                + SiteFormat.money(result.differenceStandardError()) : null));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<h2>").append(escape(ranking.labelVi())).append("</h2>\n<img alt=\"")
                .append(escape(ranking.labelVi())).append("\" src=\"").append(charts.ownPageRanking()).append("\">\n");
        ValueKind rankingKind = kindOf(ranking);
        html.append("<h2>Xếp hạng độ nhạy / Sensitivity ranking</h2>\n");
        if (rankingKind == ValueKind.MONEY) {
            html.append("<p>Trong bảng, ").append(escape(SiteFormat.MONEY_ROUNDING_VI)).append(". ")
                    .append(escape(SiteFormat.EXACT_MONEY_VI)).append("</p>\n");
        }
        html.append("<table>\n<tr><th>Hạng</th><th>Chiều</th><th>Biên độ</th><th>Thấp nhất</th><th>Cao nhất</th></tr>\n");
        for (SensitivityEntry entry : comparison.sensitivity()) {
            html.append("<tr><td class=\"n\">").append(entry.rank()).append("</td><td>").append(escape(entry.labelVi()))
                    .append("</td>").append(numberCell(SiteFormat.computed(entry.swing(), rankingKind),
                            exact(entry.swing(), rankingKind)))
                    .append(textCell(entry.lowestLevel() + ": " + signed(entry.lowestDifference(), rankingKind),
                            exact(entry.lowestDifference(), rankingKind)))
                    .append(textCell(entry.highestLevel() + ": " + signed(entry.highestDifference(), rankingKind),
                            exact(entry.highestDifference(), rankingKind)))
                    .append("</tr>\n");
        }
        html.append("</table>\n<img alt=\"Xếp hạng độ nhạy\" src=\"").append(charts.sensitivity()).append("\">\n");
        calibration.ifPresent(report -> calibrationTable(html, report));
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** The calibration's estimates beside the assumption, flagged where the data are thin or depart from it. */
    private static void calibrationTable(StringBuilder html, CalibrationReport calibration) {
        html.append("<h2>Hiệu chỉnh tham số đàn / Calibrated demography</h2>\n<p>Theo sổ cái đến ngày ")
                .append(calibration.asOf()).append(" (tháng điều tra cuối ").append(calibration.lastCensus())
                .append("). Mức <i>hiệu chỉnh</i> dùng các ước lượng đủ số liệu; tham số khác giữ như <i>giả định</i>."
                        + " Khoảng tin cậy 95 %.</p>\n<table>\n<tr><th>Loài</th><th>Tham số</th><th>Ước lượng [95 %]</th>"
                        + "<th>Giả định</th><th>Số liệu</th><th>Nhận xét</th></tr>\n");
        for (ParameterEstimate estimate : calibration.estimates()) {
            html.append("<tr><td>").append(escape(estimate.species().name())).append("</td><td>")
                    .append(escape(estimate.labelVi())).append("</td><td class=\"n\">");
            if (estimate.estimate().isPresent()) {
                html.append(precise(estimate.estimate().getAsDouble())).append(" [")
                        .append(precise(estimate.lower95().orElse(Double.NaN))).append("–")
                        .append(precise(estimate.upper95().orElse(Double.NaN))).append("]");
            }
            html.append("</td><td class=\"n\">").append(precise(estimate.assumed())).append("</td><td class=\"n\">")
                    .append(SiteFormat.decimal(estimate.exposure(), 1)).append(' ').append(escape(estimate.exposureUnit()))
                    .append("</td><td>").append(!estimate.sufficientData() ? "chưa đủ số liệu"
                            : estimate.excludesAssumption() ? "<b>khác giả định</b>" : "phù hợp giả định")
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Money for the herd value, a count for the others (households, pass-ons), as the site's page writes them. */
    private static ValueKind kindOf(ScenarioIndicator indicator) {
        return IndicatorLabels.of(Map.of()).label(indicator.indicatorId()).kind();
    }

    /** A right-aligned cell of {@code text}, escaped; with {@code title} (the exact đồng of a rounded amount) when given. */
    private static String numberCell(String text, String title) {
        return "<td class=\"n\"" + (title == null ? "" : " title=\"" + escape(title) + "\"") + ">" + escape(text) + "</td>";
    }

    private static String textCell(String text, String title) {
        return "<td" + (title == null ? "" : " title=\"" + escape(title) + "\"") + ">" + escape(text) + "</td>";
    }

    /** The exact đồng of a computed amount, for its cell's title; null for other kinds. */
    private static String exact(double value, ValueKind kind) {
        return kind == ValueKind.MONEY ? SiteFormat.money(value) : null;
    }

    private static String precise(double value) {
        return SiteFormat.significant(value);
    }

    private static String signed(double value, ValueKind kind) {
        return (value > 0 ? "+" : "") + SiteFormat.computed(value, kind);
    }
}
