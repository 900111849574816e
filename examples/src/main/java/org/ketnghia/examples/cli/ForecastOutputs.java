package org.ketnghia.examples.cli;

import static org.ketnghia.examples.output.HtmlText.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketnghia.examples.output.OfficialWorkbook;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.output.WorkbookCover;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.examples.site.ForecastCharts;
import org.ketnghia.examples.site.SiteFormat;
import org.ketnghia.examples.site.SiteLink;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.forecast.ForecastReport.AreaForecast;
import org.ketnghia.livestock.forecast.ForecastReport.Band;
import org.ketnghia.livestock.forecast.ForecastReport.HouseholdForecast;
import org.ketnghia.livestock.forecast.ForecastReport.ObligationForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearForecast;

/**
 * The files of {@code forecast}: JSON, three CSV files, an Excel workbook (areas by year, waiting households,
 * obligations) and an HTML page whose charts — herd size, herd value (in đồng, triệu or tỷ đồng, as an official
 * reads it) and households still waiting, mean and p5–p95 band by year, for the programme and each district — are PNG
 * data URIs, so it opens offline. The charts are those drawn once for this page and the forecast's page of the summary
 * site ({@link ForecastCharts}), the same pictures on both.
 */
final class ForecastOutputs {

    static final String JSON = "forecast.json";
    static final String CSV = "forecast.csv";
    static final String HOUSEHOLDS_CSV = "forecast-households.csv";
    static final String OBLIGATIONS_CSV = "forecast-obligations.csv";
    static final String XLSX = "forecast.xlsx";
    static final String HTML = "forecast.html";
    /** The file of {@code --by DATE}: {@code forecast-households-by-<DATE>.csv}. */
    static final String HOUSEHOLDS_BY_PREFIX = "forecast-households-by-";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");


    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ForecastOutputs() {
    }

    /**
     * Writes every file into {@code folder}; with the mark of a simulated ledger ({@link SimulationMarks}) on the
     * JSON, CSV and HTML when the forecast starts from one. The workbook's cover names {@code ledger}, the state of the
     * ledger the forecast started from. The HTML page shows {@code charts}, drawn from {@code report}.
     */
    static void write(ForecastReport report, ForecastCharts charts, Optional<String> mark, LedgerPosition ledger,
            Path folder) {
        text(folder.resolve(JSON), SimulationMarks.json(report.toJson(KetnghiaJson.newObjectMapper()), mark));
        text(folder.resolve(CSV), SimulationMarks.csv(report.toCsv(), mark));
        text(folder.resolve(HOUSEHOLDS_CSV), SimulationMarks.csv(report.householdsCsv(), mark));
        text(folder.resolve(OBLIGATIONS_CSV), SimulationMarks.csv(report.obligationsCsv(), mark));
        workbook(report, mark.isPresent(), ledger, folder.resolve(XLSX));
        text(folder.resolve(HTML), html(report, charts, mark));
    }

    private static void text(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ Excel

    private static void workbook(ForecastReport report, boolean simulated, LedgerPosition ledger, Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet areas = workbook.createSheet("Tổng hợp theo năm");
            header(areas.createRow(0), bold, "Cấp", "Mã", "Tên", "Năm", "Ngày cuối năm", "Hộ chờ lúc đầu",
                    "Hộ còn chờ (TB)", "p5", "p95", "Hộ được hưởng (TB)", "Tổng đàn (TB)", "p5", "p95",
                    "Giá trị đàn, đồng (TB)", "p5", "p95", "Nghĩa vụ quá hạn (TB)");
            int r = 1;
            for (AreaForecast area : report.areas()) {
                for (YearForecast year : area.years()) {
                    Row row = areas.createRow(r++);
                    row.createCell(0).setCellValue(area.level());
                    row.createCell(1).setCellValue(area.code());
                    row.createCell(2).setCellValue(area.nameVi());
                    row.createCell(3).setCellValue(year.year());
                    row.createCell(4).setCellValue(year.yearEnd().toString());
                    row.createCell(5).setCellValue(area.waitingAtStart());
                    band(row, 6, year.waiting());
                    row.createCell(9).setCellValue(year.householdsReached().mean());
                    band(row, 10, year.herdSize());
                    band(row, 13, year.herdValue());
                    row.createCell(16).setCellValue(year.passOnsOverdue().mean());
                }
            }
            Sheet households = workbook.createSheet("Hộ đang chờ");
            Row head = households.createRow(0);
            header(head, bold, "Hộ", "Tổ", "Xã", "Huyện", "Xác suất nhận trước khi kết thúc");
            for (int i = 0; i < report.years().size(); i++) {
                head.createCell(5 + i).setCellValue("Nhận trước " + report.years().get(i).yearEnd());
                head.getCell(5 + i).setCellStyle(bold);
            }
            r = 1;
            for (HouseholdForecast household : report.households()) {
                Row row = households.createRow(r++);
                row.createCell(0).setCellValue(household.householdId());
                row.createCell(1).setCellValue(household.groupId());
                row.createCell(2).setCellValue(household.communeCode());
                row.createCell(3).setCellValue(household.districtCode());
                row.createCell(4).setCellValue(household.receivedByEnd());
                for (int i = 0; i < report.years().size(); i++) {
                    row.createCell(5 + i).setCellValue(household.probabilityReceivedBy(report.years().get(i).yearEnd()));
                }
            }
            Sheet obligations = workbook.createSheet("Nghĩa vụ quay vòng");
            header(obligations.createRow(0), bold, "Hộ", "Tổ", "Xã", "Huyện", "Vòng", "Trạng thái lúc đầu", "Còn nợ",
                    "Xác suất quá hạn", "Có nguy cơ");
            r = 1;
            for (ObligationForecast obligation : report.obligations()) {
                Row row = obligations.createRow(r++);
                row.createCell(0).setCellValue(obligation.householdId());
                row.createCell(1).setCellValue(obligation.groupId());
                row.createCell(2).setCellValue(obligation.communeCode());
                row.createCell(3).setCellValue(obligation.districtCode());
                row.createCell(4).setCellValue(obligation.round());
                row.createCell(5).setCellValue(obligation.stateAtStart().name());
                row.createCell(6).setCellValue(obligation.owedAtStart());
                row.createCell(7).setCellValue(obligation.probability());
                row.createCell(8).setCellValue(obligation.likely() ? "có" : "không");
            }
            OfficialWorkbook.finish(workbook, WorkbookCover.of("Dự báo quay vòng giống vật nuôi", "", simulated)
                    .withLedger(ledger));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Row row, CellStyle style, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(style);
        }
    }

    private static void band(Row row, int column, Band band) {
        row.createCell(column).setCellValue(band.mean());
        row.createCell(column + 1).setCellValue(band.p5());
        row.createCell(column + 2).setCellValue(band.p95());
    }

    // ------------------------------------------------------------------ HTML

    static String html(ForecastReport report, ForecastCharts charts, Optional<String> mark) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(report.titleVi())).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px}"
                        + ".n{text-align:right}.note{color:#555}</style></head><body>\n");
        mark.ifPresent(text -> html.append(OwnPageHtml.simulatedBanner(text)));
        html.append("<h1>").append(escape(report.titleVi())).append("</h1>\n<p class=\"note\">Chương trình ")
                .append(report.programmeStart()).append(" – ").append(report.programmeEnd()).append("; đã qua ")
                .append(report.monthsElapsed()).append(" tháng; ").append(report.replicates())
                .append(" lần lặp, hạt giống ").append(report.masterSeed()).append(", tham số đàn: ")
                .append(escape(report.demography())).append(".</p>\n");
        html.append("<h2>Hộ đang chờ và nghĩa vụ quay vòng</h2>\n<table><tr><th>Đơn vị</th><th>Hộ chờ lúc đầu</th>"
                + "<th>Dự kiến còn chờ khi kết thúc</th><th>Nghĩa vụ đang mở</th><th>Nghĩa vụ có nguy cơ quá hạn</th>"
                + "<th>Tổng đàn lúc đầu</th></tr>\n");
        for (AreaForecast area : report.areas()) {
            html.append("<tr><td>").append(escape(area.nameVi())).append("</td>").append(cell(area.waitingAtStart()))
                    .append(cell(area.expectedWaitingAtEnd())).append(cell(area.openAtStart()))
                    .append(cell(area.likelyOverdue())).append(cell(area.headAtStart())).append("</tr>\n");
        }
        html.append("</table>\n");
        for (AreaForecast area : report.areas()) {
            if (area.level().equals(ForecastReport.GROUP)) {
                continue;
            }
            html.append("<h2>").append(escape(area.nameVi())).append("</h2>\n");
            for (ForecastCharts.Chart chart : charts.forArea(area)) {
                html.append("<img alt=\"").append(escape(chart.titleVi())).append("\" src=\"").append(chart.dataUri())
                        .append("\">\n");
            }
        }
        if (!report.likelyOverdue().isEmpty()) {
            html.append("<h2>Nghĩa vụ có nguy cơ quá hạn (xác suất ≥ ").append(SiteFormat.percent(ForecastReport.LIKELY))
                    .append(")</h2>\n<table><tr><th>Hộ</th><th>Tổ</th><th>Vòng</th><th>Xác suất</th></tr>\n");
            for (ObligationForecast obligation : report.likelyOverdue()) {
                html.append("<tr><td>").append(escape(obligation.householdId())).append("</td><td>")
                        .append(escape(obligation.groupId())).append("</td>").append(cell(obligation.round()))
                        .append(percentCell(obligation.probability())).append("</tr>\n");
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** A computed count (a mean over replicates), as the site writes numbers: {@code 3660.5 → "3.660,5"}. */
    private static String cell(double value) {
        return "<td class=\"n\">" + SiteFormat.decimal(value, 2) + "</td>";
    }

    private static String cell(int value) {
        return "<td class=\"n\">" + SiteFormat.count(value) + "</td>";
    }

    /** A probability as a percentage, as the site writes shares: {@code 0.734 → "73,4 %"}. */
    private static String percentCell(double probability) {
        return "<td class=\"n\">" + SiteFormat.percent(probability) + "</td>";
    }

    /**
     * Links from the forecast's site page to its files in {@code folder} (relative to the site's root), the file of
     * {@code --by DATE} among them when there is one.
     */
    static List<SiteLink> links(String folder, Optional<LocalDate> by) {
        List<SiteLink> links = new ArrayList<>();
        links.add(new SiteLink("Bảng tính Excel", folder + "/" + XLSX));
        links.add(new SiteLink("CSV theo đơn vị và năm", folder + "/" + CSV));
        links.add(new SiteLink("CSV các hộ đang chờ", folder + "/" + HOUSEHOLDS_CSV));
        by.ifPresent(date -> links.add(new SiteLink("CSV các hộ nhận trước ngày " + date.format(DAY),
                folder + "/" + HOUSEHOLDS_BY_PREFIX + date + ".csv")));
        links.add(new SiteLink("CSV nghĩa vụ quay vòng", folder + "/" + OBLIGATIONS_CSV));
        links.add(new SiteLink("JSON", folder + "/" + JSON));
        links.add(new SiteLink("Trang HTML riêng", folder + "/" + HTML));
        return List.copyOf(links);
    }

    /** The files written, in order. */
    static List<String> files() {
        return List.of(JSON, CSV, HOUSEHOLDS_CSV, OBLIGATIONS_CSV, XLSX, HTML);
    }
}
