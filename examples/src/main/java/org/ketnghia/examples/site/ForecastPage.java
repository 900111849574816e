package org.ketnghia.examples.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.examples.site.SiteTable.Cell;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.forecast.ForecastReport.AreaForecast;
import org.ketnghia.livestock.forecast.ForecastReport.Band;
import org.ketnghia.livestock.forecast.ForecastReport.HouseholdForecast;
import org.ketnghia.livestock.forecast.ForecastReport.ObligationForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearEnd;
import org.ketnghia.livestock.forecast.ForecastReport.YearForecast;
import org.ketnghia.livestock.forecast.ForecastStart.ObligationState;

/**
 * The page of a forecast from the ledger (<i>dự báo từ sổ cái</i>): the programme's key figures, then per district
 * and group (<i>tổ nhóm hộ</i>) the households still waiting, the share of them that receive animals by the date,
 * the obligations likely overdue, herd size and herd value, each as a mean with its p5–p95 band; the same by year
 * with charts; every waiting household's probability of receiving, and the obligations likely to fall overdue.
 */
final class ForecastPage {

    static final String BANDS_NOTE = "Mỗi ô ghi giá trị trung bình của các lần lặp và, trong ngoặc vuông, dải từ bách phân"
            + " vị thứ 5 (p5) đến bách phân vị thứ 95 (p95): 90 % số lần lặp cho giá trị nằm trong dải. Các số là kết quả"
            + " dự báo, không phải số liệu thực tế.";

    private static final Map<String, String> LEVELS = Map.of(ForecastReport.PROGRAMME, "Toàn chương trình",
            ForecastReport.DISTRICT, "Huyện", ForecastReport.GROUP, "Tổ nhóm hộ");

    private ForecastPage() {
    }

    /** The title of the forecast as of {@code asOf}. */
    static String title(LocalDate asOf) {
        return "Dự báo từ sổ cái — hiện trạng ngày " + PeriodPage.date(asOf);
    }

    /** The page of {@code report}, showing {@code charts}, drawn from it. */
    static String render(SiteContext context, PlanningPage entry, ForecastReport report, ForecastCharts charts,
            Optional<LocalDate> by, List<SiteLink> files) {
        HtmlPage page = HtmlPage.inner(context, entry.titleVi(), new HtmlPage.Crumb(PlanningListPage.TITLE,
                SitePaths.PLANNING)).headJson(PlanningPage.JSON_ID, entry.toJson());
        page.paragraph("Dự báo từ hiện trạng đàn và hàng chờ ghi trong sổ cái trước ngày " + PeriodPage.date(report.asOf())
                + ", khi chương trình (từ " + PeriodPage.date(report.programmeStart()) + " đến "
                + PeriodPage.date(report.programmeEnd()) + ") đã qua " + report.monthsElapsed() + " tháng, chạy tiếp đến hết"
                + " chương trình: " + SiteFormat.count(report.replicates()) + " lần lặp, hạt giống " + report.masterSeed()
                + ", tham số đàn " + demographyVi(report.demography()) + ".");
        page.note(BANDS_NOTE + " " + SiteFormat.EXACT_MONEY_VI);
        page.links(files.stream().map(file -> new String[] {file.labelVi(), file.path()}).toList());
        if (report.years().isEmpty()) {
            page.note("Không còn năm nào của chương trình kết thúc sau ngày lấy hiện trạng: không có gì để dự báo.");
            return page.render();
        }
        LocalDate probabilityDate = by.orElse(report.programmeEnd());
        figures(page, report, probabilityDate);
        page.heading("Theo huyện và tổ nhóm hộ, đến hết chương trình", "theo-don-vi");
        page.table(byArea(report, probabilityDate));
        page.heading("Theo năm", "theo-nam");
        page.note("Toàn chương trình và từng huyện: biểu đồ và bảng theo năm; các tổ nhóm hộ trong bảng cuối mục.");
        for (AreaForecast area : report.areas()) {
            if (!area.level().equals(ForecastReport.GROUP)) {
                byYear(page, area, charts);
            }
        }
        page.subheading("Các tổ nhóm hộ theo năm");
        page.table(groupsByYear(report));
        households(page, report, by);
        obligations(page, report);
        return page.render();
    }

    private static void figures(HtmlPage page, ForecastReport report, LocalDate probabilityDate) {
        AreaForecast programme = report.programme();
        YearForecast last = last(programme);
        List<String[]> figures = new ArrayList<>();
        figures.add(new String[] {"Hộ đang chờ nhận con giống lúc đầu", SiteFormat.count(programme.waitingAtStart()) + " hộ",
            "theo sổ cái trước ngày " + PeriodPage.date(report.asOf())});
        figures.add(new String[] {"Hộ còn chờ khi kết thúc chương trình", SiteFormat.decimal(last.waiting().mean(), 1) + " hộ",
            "p5–p95: " + range(last.waiting(), ValueKind.COUNT) + " hộ"});
        receivedShare(programme, probabilityDate).ifPresent(share -> figures.add(new String[] {
            "Tỷ lệ hộ đang chờ được nhận trước ngày " + PeriodPage.date(probabilityDate),
            SiteFormat.percent(share.mean()), "p5–p95: " + range(share, ValueKind.SHARE) + "; " + countedTo(report,
                    probabilityDate)}));
        figures.add(new String[] {"Nghĩa vụ quay vòng có nguy cơ quá hạn", SiteFormat.count(programme.likelyOverdue()) + " hộ",
            "xác suất từ " + SiteFormat.percent(ForecastReport.LIKELY) + " trở lên; " + SiteFormat.count(programme.openAtStart())
                + " nghĩa vụ đang mở lúc đầu"});
        figures.add(new String[] {"Tổng đàn cuối chương trình", SiteFormat.decimal(last.herdSize().mean(), 1) + " con",
            "p5–p95: " + range(last.herdSize(), ValueKind.COUNT) + " con; lúc đầu " + SiteFormat.count(programme.headAtStart())
                + " con"});
        Band value = last.herdValue();
        MoneyScale scale = MoneyScale.forAll(value.mean(), value.p5(), value.p95());
        figures.add(new String[] {"Giá trị đàn cuối chương trình", SiteFormat.moneyInUnit(value.mean(), scale),
            "p5–p95: " + SiteFormat.decimal(scale.scale(value.p5()), scale.decimals()) + " – "
                + SiteFormat.moneyInUnit(value.p95(), scale) + "; trung bình chính xác " + SiteFormat.money(value.mean())});
        page.figures(figures);
    }

    private static SiteTable byArea(ForecastReport report, LocalDate probabilityDate) {
        SiteTable table = new SiteTable("Dự báo theo đơn vị đến ngày " + PeriodPage.date(report.programmeEnd())
                + ": trung bình [p5 – p95]; " + SiteFormat.MONEY_ROUNDING_VI, List.of("Đơn vị", "Cấp", "Hộ chờ lúc đầu",
                "Hộ còn chờ khi kết thúc",
                "Tỷ lệ hộ chờ được nhận trước ngày " + PeriodPage.date(probabilityDate) + " (" + countedTo(report,
                        probabilityDate) + ")", "Nghĩa vụ đang mở lúc đầu",
                "Nghĩa vụ có nguy cơ quá hạn (hộ)", "Nghĩa vụ quá hạn cuối chương trình", "Tổng đàn cuối chương trình (con)",
                "Giá trị đàn cuối chương trình"));
        for (AreaForecast area : report.areas()) {
            YearForecast last = last(area);
            table.row(List.of(Cell.text(area.nameVi()), Cell.text(LEVELS.getOrDefault(area.level(), area.level())),
                    count(area.waitingAtStart()), band(last.waiting(), ValueKind.COUNT),
                    receivedShare(area, probabilityDate).map(share -> band(share, ValueKind.SHARE)).orElse(Cell.text("—")),
                    count(area.openAtStart()), count(area.likelyOverdue()), band(last.passOnsOverdue(), ValueKind.COUNT),
                    band(last.herdSize(), ValueKind.COUNT), band(last.herdValue(), ValueKind.MONEY)));
        }
        return table;
    }

    private static void byYear(HtmlPage page, AreaForecast area, ForecastCharts charts) {
        page.subheading(area.nameVi());
        for (ForecastCharts.Chart chart : charts.forArea(area)) {
            page.chart(chart.dataUri(), "Biểu đồ: " + chart.titleVi(), chart.captionVi());
        }
        SiteTable table = new SiteTable(area.nameVi() + " — theo năm: trung bình [p5 – p95]; "
                + SiteFormat.MONEY_ROUNDING_VI, yearHeaders(List.of()));
        area.years().forEach(year -> table.row(yearCells(List.of(), area, year)));
        page.table(table);
    }

    private static SiteTable groupsByYear(ForecastReport report) {
        SiteTable table = new SiteTable("Các tổ nhóm hộ theo năm: trung bình [p5 – p95]; "
                + SiteFormat.MONEY_ROUNDING_VI, yearHeaders(List.of("Tổ nhóm hộ")));
        for (AreaForecast group : report.areas(ForecastReport.GROUP)) {
            group.years().forEach(year -> table.row(yearCells(List.of(Cell.text(group.nameVi())), group, year)));
        }
        return table;
    }

    private static List<String> yearHeaders(List<String> first) {
        List<String> headers = new ArrayList<>(first);
        headers.addAll(List.of("Năm thứ", "Ngày cuối năm", "Hộ còn chờ", "Tỷ lệ hộ chờ đã được nhận", "Nghĩa vụ quá hạn",
                "Tổng đàn (con)", "Giá trị đàn"));
        return headers;
    }

    private static List<Cell> yearCells(List<Cell> first, AreaForecast area, YearForecast year) {
        List<Cell> cells = new ArrayList<>(first);
        cells.add(count(year.year()));
        cells.add(Cell.number(PeriodPage.date(year.yearEnd()), Long.toString(year.yearEnd().toEpochDay())));
        cells.add(band(year.waiting(), ValueKind.COUNT));
        cells.add(receivedShare(area, year.yearEnd()).map(share -> band(share, ValueKind.SHARE)).orElse(Cell.text("—")));
        cells.add(band(year.passOnsOverdue(), ValueKind.COUNT));
        cells.add(band(year.herdSize(), ValueKind.COUNT));
        cells.add(band(year.herdValue(), ValueKind.MONEY));
        return cells;
    }

    private static void households(HtmlPage page, ForecastReport report, Optional<LocalDate> by) {
        page.heading("Hộ đang chờ nhận con giống", "ho-dang-cho");
        if (report.households().isEmpty()) {
            page.note("Không có hộ nào đang chờ nhận con giống lúc đầu.");
            return;
        }
        page.note("Xác suất mỗi hộ đang chờ lúc đầu đã được nhận con giống trước mỗi ngày: tỷ lệ số lần lặp mà hộ đã nhận."
                + " Dự báo đếm đến cuối mỗi năm chương trình: xác suất trước một ngày khác là xác suất đến cuối năm gần nhất"
                + " trước ngày đó, và bằng 0 trước cuối năm đầu tiên được dự báo.");
        Map<String, String> names = names(report);
        List<String> headers = new ArrayList<>(List.of("Hộ", "Tổ nhóm hộ", "Huyện"));
        report.years().forEach(year -> headers.add("Nhận trước ngày " + PeriodPage.date(year.yearEnd())));
        by.ifPresent(date -> headers.add("Nhận trước ngày " + PeriodPage.date(date) + " (" + countedTo(report, date) + ")"));
        SiteTable table = new SiteTable("Xác suất được nhận con giống của các hộ đang chờ", headers);
        for (HouseholdForecast household : report.households()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(household.householdId()),
                    Cell.text(names.getOrDefault(household.communeCode(), household.communeCode())),
                    Cell.text(names.getOrDefault(household.districtCode(), household.districtCode()))));
            for (YearEnd year : report.years()) {
                cells.add(probability(household.probabilityReceivedBy(year.yearEnd())));
            }
            by.ifPresent(date -> cells.add(probability(household.probabilityReceivedBy(date))));
            table.row(cells);
        }
        page.table(table);
    }

    private static void obligations(HtmlPage page, ForecastReport report) {
        page.heading("Nghĩa vụ quay vòng có nguy cơ quá hạn", "nghia-vu");
        List<ObligationForecast> likely = report.likelyOverdue();
        if (likely.isEmpty()) {
            page.note("Không hộ nào có xác suất quá hạn nghĩa vụ quay vòng từ " + SiteFormat.percent(ForecastReport.LIKELY)
                    + " trở lên.");
            return;
        }
        page.note("Các hộ có xác suất quá hạn nghĩa vụ quay vòng từ " + SiteFormat.percent(ForecastReport.LIKELY)
                + " trở lên tại một cuối năm dự báo; mọi nghĩa vụ có thể quá hạn có trong tệp CSV nghĩa vụ.");
        Map<String, String> names = names(report);
        SiteTable table = new SiteTable("Nghĩa vụ quay vòng có nguy cơ quá hạn", List.of("Hộ", "Tổ nhóm hộ", "Huyện",
                "Vòng nhận", "Nghĩa vụ lúc đầu", "Còn nợ (con)", "Xác suất quá hạn"));
        for (ObligationForecast obligation : likely) {
            table.row(List.of(Cell.text(obligation.householdId()),
                    Cell.text(names.getOrDefault(obligation.communeCode(), obligation.communeCode())),
                    Cell.text(names.getOrDefault(obligation.districtCode(), obligation.districtCode())),
                    count(obligation.round()), Cell.text(stateVi(obligation.stateAtStart())), count(obligation.owedAtStart()),
                    probability(obligation.probability())));
        }
        page.table(table);
    }

    /**
     * The share of the households of {@code area} waiting at the start that have received animals by {@code date}
     * (that of the last year end on or before it; none before the first), as a band: the mean is the mean of their
     * probabilities; empty when none was waiting.
     */
    static Optional<Band> receivedShare(AreaForecast area, LocalDate date) {
        if (area.waitingAtStart() == 0) {
            return Optional.empty();
        }
        double waiting = area.waitingAtStart();
        Band stillWaiting = new Band(waiting, waiting, waiting);
        for (YearForecast year : area.years()) {
            if (!year.yearEnd().isAfter(date)) {
                stillWaiting = year.waiting();
            }
        }
        return Optional.of(new Band(1 - stillWaiting.mean() / waiting, 1 - stillWaiting.p95() / waiting,
                1 - stillWaiting.p5() / waiting));
    }

    /** Which year end the probabilities by {@code date} are counted to, in words. */
    static String countedTo(ForecastReport report, LocalDate date) {
        LocalDate counted = null;
        for (YearEnd year : report.years()) {
            if (!year.yearEnd().isAfter(date)) {
                counted = year.yearEnd();
            }
        }
        return counted == null ? "chưa đến cuối năm nào được dự báo" : counted.equals(date) ? "cuối năm chương trình"
                : "tính đến cuối năm " + PeriodPage.date(counted);
    }

    /** Names of the groups (by pilot commune code) and districts (by code), as the report gives them. */
    private static Map<String, String> names(ForecastReport report) {
        Map<String, String> names = new HashMap<>();
        report.areas().forEach(area -> names.putIfAbsent(area.code(), area.nameVi()));
        return names;
    }

    private static YearForecast last(AreaForecast area) {
        return area.years().get(area.years().size() - 1);
    }

    /** {@code band} in a cell: its mean and, in square brackets, p5 – p95; money in triệu or tỷ đồng, exact in the title. */
    static Cell band(Band band, ValueKind kind) {
        if (kind == ValueKind.MONEY) {
            return Cell.number(SiteFormat.moneyBandInUnit(band.mean(), band.p5(), band.p95()), Double.toString(band.mean()),
                    SiteFormat.exactBand(band.mean(), band.p5(), band.p95()));
        }
        return Cell.number(SiteFormat.value(band.mean(), kind) + " [" + range(band, kind) + "]", Double.toString(band.mean()));
    }

    private static String range(Band band, ValueKind kind) {
        return SiteFormat.value(band.p5(), kind) + " – " + SiteFormat.value(band.p95(), kind);
    }

    private static Cell count(long value) {
        return Cell.number(SiteFormat.count(value), Long.toString(value));
    }

    private static Cell probability(double probability) {
        return Cell.number(SiteFormat.percent(probability), Double.toString(probability));
    }

    static String demographyVi(String demography) {
        return switch (demography) {
            case "default" -> "mặc định";
            case "calibrated" -> "hiệu chỉnh theo sổ cái";
            default -> "từ tệp " + demography;
        };
    }

    static String stateVi(ObligationState state) {
        return switch (state) {
            case NONE -> "chưa có nghĩa vụ";
            case OPEN -> "chưa hoàn thành";
            case DONE -> "đã hoàn thành";
            case WRITTEN_OFF -> "được miễn";
        };
    }
}
