package org.ketnghia.examples.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportExport;
import org.ketnghia.core.reporting.ReportRow;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.reporting.rollup.ExcludedLedger;
import org.ketnghia.core.reporting.rollup.IncludedLedger;
import org.ketnghia.core.reporting.rollup.NationalRollUp;
import org.ketnghia.core.reporting.rollup.ProvinceReports;
import org.ketnghia.core.reporting.rollup.RollUpExport;
import org.ketnghia.examples.host.ProgrammeReports;

/**
 * Writes a national roll-up into a folder, in the forms of the province reports:
 * <ul>
 *   <li>{@value #ROLLUP_JSON}: everything (ledgers included and excluded, every report);</li>
 *   <li>{@value #LEDGERS_CSV}: which ledgers were included (last sequence and hash) and which were
 *       excluded and why;</li>
 *   <li>{@value #NATIONAL}{@code /NN-….json|csv|xlsx}: the national report of each period, the workbook
 *       with a sheet of the ledgers;</li>
 *   <li>{@value #PROVINCES}{@code /<id>/NN-….json|csv|xlsx}: each included province's reports, as its own
 *       host writes them;</li>
 *   <li>{@value #SUMMARY_HTML}: the ledgers and the national figures of every period.</li>
 * </ul>
 * A figure not available, because a province's encrypted ledger was read without its key and the indicator rests on
 * personal data, is marked in every form ({@link NotAvailableMarks}): in the JSON and CSV reports of the nation and of
 * that province, and as {@value NotAvailableMarks#TEXT} in the workbooks and the HTML summary.
 */
public final class RollUpWriter {

    /** The whole roll-up as JSON. */
    public static final String ROLLUP_JSON = "rollup.json";
    /** The ledgers statement as CSV. */
    public static final String LEDGERS_CSV = "so-cai.csv";
    /** Folder of the national reports. */
    public static final String NATIONAL = "toan-quoc";
    /** Folder of the provinces' reports. */
    public static final String PROVINCES = "tinh";
    /** The HTML summary. */
    public static final String SUMMARY_HTML = "summary.html";
    /** The sheet of the national workbook listing the ledgers. */
    public static final String LEDGERS_SHEET = "Sổ cái";
    /** The sheet of the national workbook with the provinces and the national total. */
    public static final String NATIONAL_SHEET = "Toàn quốc";

    /** An HTML cell of a figure not available. */
    private static final String NOT_AVAILABLE_CELL = "<td class=\"nokey\">" + NotAvailableMarks.TEXT + "</td>";

    private static final String TITLE = "Báo cáo tổng hợp toàn quốc chương trình kết nghĩa";

    private RollUpWriter() {
    }

    /** The file name (without extension) of period {@code index}, e.g. {@code "06-so-ket-3-nam"}. */
    public static String slug(int index, ReportingPeriod period) {
        String name = switch (period.kind()) {
            case INTERIM_REVIEW -> "so-ket-3-nam";
            case FINAL_REVIEW -> "tong-ket-5-nam";
            case CALENDAR_YEAR -> "nam-" + period.from().getYear();
            case CUSTOM -> "ky-" + (index + 1);
            default -> "nam-thu-" + (index + 1);
        };
        return String.format("%02d-%s", index + 1, name);
    }

    /** Writes every file of {@code rollUp} into {@code folder}. */
    public static void write(NationalRollUp rollUp, Path folder) {
        Optional<String> mark = rollUp.simulationMark();
        OutputWriter.writeText(folder.resolve(ROLLUP_JSON), SimulationMarks.json(RollUpExport.toJson(rollUp), mark));
        OutputWriter.writeText(folder.resolve(LEDGERS_CSV), SimulationMarks.csv(RollUpExport.ledgersCsv(rollUp), mark));
        for (int i = 0; i < rollUp.national().size(); i++) {
            Report report = rollUp.national().get(i);
            String slug = slug(i, report.period());
            Map<IndicatorDefinition, List<String>> notAvailable = notAvailable(report, rollUp.includedLedgers());
            OutputWriter.writeText(folder.resolve(NATIONAL).resolve(slug + ".json"),
                    SimulationMarks.json(NotAvailableMarks.json(ReportExport.toJson(report), notAvailable), mark));
            OutputWriter.writeText(folder.resolve(NATIONAL).resolve(slug + ".csv"),
                    SimulationMarks.csv(NotAvailableMarks.csv(ReportExport.toCsv(report), notAvailable), mark));
            writeNationalWorkbook(rollUp, report, folder.resolve(NATIONAL).resolve(slug + ".xlsx"));
        }
        for (ProvinceReports province : rollUp.provinces()) {
            List<ProgrammeReports.NamedReport> named = new ArrayList<>();
            for (int i = 0; i < province.reports().size(); i++) {
                named.add(new ProgrammeReports.NamedReport(slug(i, province.reports().get(i).period()),
                        province.reports().get(i)));
            }
            Path provinceFolder = folder.resolve(PROVINCES).resolve(province.ledger().provinceId());
            // the figures a province read without its key could not give are marked not available
            OutputWriter.writeReports(named, "Báo cáo " + province.ledger().provinceName(),
                    province.ledger().simulated() ? mark : Optional.empty(),
                    new LedgerPosition(province.ledger().lastSequence(), province.ledger().lastHash()),
                    report -> notAvailable(report, List.of(province.ledger())), provinceFolder);
        }
        OutputWriter.writeText(folder.resolve(SUMMARY_HTML), html(rollUp));
    }

    /** Each indicator of {@code report} that one of {@code ledgers} could not give, with the ids of those ledgers. */
    static Map<IndicatorDefinition, List<String>> notAvailable(Report report, List<IncludedLedger> ledgers) {
        Map<IndicatorDefinition, List<String>> notAvailable = new LinkedHashMap<>();
        for (IndicatorDefinition indicator : report.indicators()) {
            List<String> provinces = ledgers.stream().filter(ledger -> ledger.notAvailable(indicator.id()))
                    .map(IncludedLedger::provinceId).toList();
            if (!provinces.isEmpty()) {
                notAvailable.put(indicator, provinces);
            }
        }
        return notAvailable;
    }

    /** The national workbook of one period: the provinces with the national total, then the ledgers. */
    static void writeNationalWorkbook(NationalRollUp rollUp, Report report, Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle vnd = workbook.createCellStyle();
            vnd.setDataFormat(workbook.createDataFormat().getFormat(ExcelWriter.VND_FORMAT));
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0000"));

            Sheet sheet = workbook.createSheet(NATIONAL_SHEET);
            text(sheet.createRow(0), 0, TITLE, header);
            text(sheet.createRow(1), 0, report.period().labelVi(), null);
            Row heading = sheet.createRow(2);
            text(heading, 0, "Mã tỉnh", header);
            text(heading, 1, "Tên tỉnh", header);
            List<IndicatorDefinition> indicators = report.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                text(heading, 2 + i, indicators.get(i).nameVi() + " (" + indicators.get(i).unit() + ", "
                        + indicators.get(i).aggregation().label().vi() + ")", header);
            }
            int r = ExcelWriter.FIRST_DATA_ROW;
            for (ReportRow row : report.rows()) {
                Row line = sheet.createRow(r++);
                text(line, 0, row.unitCode(), null);
                text(line, 1, row.unitNameVi(), null);
                Optional<IncludedLedger> ledger = ledgerOf(rollUp, row);
                for (int i = 0; i < indicators.size(); i++) {
                    String indicatorId = indicators.get(i).id();
                    if (ledger.filter(included -> included.notAvailable(indicatorId)).isPresent()) {
                        text(line, 2 + i, NotAvailableMarks.TEXT, null);
                    } else {
                        value(line, 2 + i, row.actual(indicators.get(i).id()), indicators.get(i), vnd, count, decimal);
                    }
                }
            }
            Row total = sheet.createRow(r++);
            text(total, 1, "Toàn quốc (" + rollUp.provinces().size() + " tỉnh)", header);
            for (int i = 0; i < indicators.size(); i++) {
                if (rollUp.indicatorsNotAvailable().contains(indicators.get(i).id())) {
                    text(total, 2 + i, NotAvailableMarks.TEXT, null);
                } else {
                    value(total, 2 + i, report.total(indicators.get(i).id()), indicators.get(i), vnd, count, decimal);
                }
            }
            if (!rollUp.excluded().isEmpty()) {
                text(sheet.createRow(r + 1), 0, "Không tính các sổ cái bị loại: xem trang \"" + LEDGERS_SHEET + "\"", null);
            }
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(1, 28 * 256);
            sheet.createFreezePane(2, ExcelWriter.FIRST_DATA_ROW);

            Sheet ledgers = workbook.createSheet(LEDGERS_SHEET);
            List<String> columns = RollUpExport.LEDGERS_CSV_HEADER;
            Row ledgerHeading = ledgers.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                text(ledgerHeading, i, columns.get(i), header);
            }
            int l = 1;
            for (IncludedLedger ledger : rollUp.includedLedgers()) {
                Row line = ledgers.createRow(l++);
                text(line, 0, ledger.provinceId(), null);
                text(line, 1, ledger.provinceName(), null);
                text(line, 2, RollUpExport.INCLUDED_VI, null);
                line.createCell(3).setCellValue(ledger.eventsChecked());
                line.createCell(4).setCellValue(ledger.lastSequence());
                text(line, 5, ledger.lastHash(), null);
                RollUpExport.notAvailableReason(ledger).ifPresent(reason -> {
                    text(line, 8, reason.vi(), null);
                    text(line, 9, reason.en(), null);
                });
            }
            for (ExcludedLedger ledger : rollUp.excluded()) {
                Row line = ledgers.createRow(l++);
                text(line, 0, ledger.provinceId(), null);
                text(line, 1, ledger.provinceName(), null);
                text(line, 2, RollUpExport.EXCLUDED_VI, header);
                line.createCell(3).setCellValue(ledger.eventsRead());
                ledger.firstBadSequence().ifPresent(sequence -> line.createCell(6).setCellValue(sequence));
                text(line, 7, ledger.code().name(), null);
                text(line, 8, ledger.reason().vi(), null);
                text(line, 9, ledger.reason().en(), null);
            }
            WorkbookCover cover = WorkbookCover.of(TITLE + " — " + report.period().labelVi(), "",
                    rollUp.simulationMark().isPresent());
            if (rollUp.includedLedgers().size() == 1) {
                cover = cover.withLedger(rollUp.includedLedgers().get(0).lastSequence(),
                        rollUp.includedLedgers().get(0).lastHash());
            }
            OfficialWorkbook.finish(workbook, cover);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The included ledger a row of a national report stands for (its unit code is the province's id). */
    private static Optional<IncludedLedger> ledgerOf(NationalRollUp rollUp, ReportRow row) {
        return rollUp.includedLedgers().stream().filter(ledger -> ledger.provinceId().equals(row.unitCode())).findFirst();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void value(Row row, int column, Optional<IndicatorValue> value, IndicatorDefinition indicator,
            CellStyle vnd, CellStyle count, CellStyle decimal) {
        if (value.isEmpty() || !value.get().isDefined()) {
            return;
        }
        var cell = row.createCell(column);
        if (value.get().isWhole()) {
            cell.setCellValue(value.get().numerator());
            cell.setCellStyle("đồng".equals(indicator.unit()) ? vnd : count);
        } else {
            cell.setCellValue(value.get().toDouble());
            cell.setCellStyle(decimal);
        }
    }

    static String html(NationalRollUp rollUp) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").append(TITLE)
                .append("</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px}"
                        + "td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#eef3f8}"
                        + ".excluded{color:#a00}.nokey{color:#555;font-style:italic}.simulated{background:#b00020;color:#fff;padding:.5em 1em;font-weight:bold}"
                        + "</style></head><body>\n");
        rollUp.simulationMark().ifPresent(mark -> html.append("<div class=\"simulated\" role=\"alert\">")
                .append(HtmlText.escape(mark)).append("</div>\n"));
        html.append("<h1>").append(TITLE).append("</h1>\n");
        html.append("<h2>Sổ cái được đưa vào tổng hợp (").append(rollUp.provinces().size()).append(")</h2>\n")
                .append("<table><tr><th>Mã tỉnh</th><th>Tên tỉnh</th><th>Số sự kiện đã kiểm tra</th>"
                        + "<th>Số thứ tự sự kiện cuối</th><th>Mã băm sự kiện cuối</th></tr>\n");
        for (IncludedLedger ledger : rollUp.includedLedgers()) {
            html.append("<tr><td>").append(HtmlText.escape(ledger.provinceId())).append("</td><td>")
                    .append(HtmlText.escape(ledger.provinceName())).append("</td><td class=\"n\">")
                    .append(ledger.eventsChecked()).append("</td><td class=\"n\">").append(ledger.lastSequence())
                    .append("</td><td><code>").append(ledger.lastHash()).append("</code></td></tr>\n");
            RollUpExport.notAvailableReason(ledger).ifPresent(reason -> html.append("<tr class=\"nokey\"><td></td>"
                    + "<td colspan=\"4\">").append(HtmlText.escape(reason.vi())).append("<br><i>")
                    .append(HtmlText.escape(reason.en())).append("</i></td></tr>\n"));
        }
        html.append("</table>\n<h2>Sổ cái bị loại (").append(rollUp.excluded().size()).append(")</h2>\n");
        if (rollUp.excluded().isEmpty()) {
            html.append("<p>Không có sổ cái nào bị loại.</p>\n");
        } else {
            html.append("<table><tr><th>Mã tỉnh</th><th>Tên tỉnh</th><th>Sự kiện lỗi đầu tiên</th><th>Mã lỗi</th>"
                    + "<th>Lý do</th></tr>\n");
            for (ExcludedLedger ledger : rollUp.excluded()) {
                html.append("<tr class=\"excluded\"><td>").append(HtmlText.escape(ledger.provinceId())).append("</td><td>")
                        .append(HtmlText.escape(ledger.provinceName())).append("</td><td class=\"n\">")
                        .append(ledger.firstBadSequence().map(String::valueOf).orElse("")).append("</td><td>")
                        .append(ledger.code().name()).append("</td><td>").append(HtmlText.escape(ledger.reason().vi()))
                        .append("<br><i>").append(HtmlText.escape(ledger.reason().en())).append("</i></td></tr>\n");
            }
            html.append("</table>\n");
        }
        for (int p = 0; p < rollUp.national().size(); p++) {
            Report report = rollUp.national().get(p);
            html.append("<h2>").append(HtmlText.escape(report.period().labelVi())).append("</h2>\n<p><a href=\"")
                    .append(NATIONAL).append('/').append(slug(p, report.period())).append(".xlsx\">Excel</a></p>\n")
                    .append("<table><tr><th>Chỉ tiêu</th>");
            for (ReportRow row : report.rows()) {
                html.append("<th>").append(HtmlText.escape(row.unitNameVi())).append("</th>");
            }
            html.append("<th>Toàn quốc</th></tr>\n");
            for (IndicatorDefinition indicator : report.indicators()) {
                html.append("<tr><td>").append(HtmlText.escape(indicator.nameVi())).append(" (")
                        .append(HtmlText.escape(indicator.unit())).append(")</td>");
                for (ReportRow row : report.rows()) {
                    boolean notAvailable = ledgerOf(rollUp, row).filter(ledger -> ledger.notAvailable(indicator.id()))
                            .isPresent();
                    html.append(notAvailable ? NOT_AVAILABLE_CELL : cell(row.actual(indicator.id()), indicator));
                }
                html.append(rollUp.indicatorsNotAvailable().contains(indicator.id()) ? NOT_AVAILABLE_CELL
                        : cell(report.total(indicator.id()), indicator)).append("</tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String cell(Optional<IndicatorValue> value, IndicatorDefinition indicator) {
        return "<td class=\"n\">" + value.filter(IndicatorValue::isDefined)
                .map(defined -> HtmlText.escape(HtmlSummary.format(defined, indicator))).orElse("") + "</td>";
    }
}
