package org.ketnghia.examples.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.money.MoneyFormat;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.PlanActualTable;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportCell;
import org.ketnghia.examples.output.Charts;
import org.ketnghia.examples.site.SiteTable.Cell;

/**
 * The index page: key figures, budget, plan versus actual per model and sponsor, targets, results per model, outcomes,
 * and every page, with a link to the list of the planners' forecasts and scenario comparisons ({@link
 * PlanningListPage}), which their commands write.
 */
final class IndexPage {

    /** The plan-versus-actual table per sponsor (<i>đơn vị kết nghĩa</i>) in the reports. */
    static final String SPONSOR_TABLE_ID = "cam-ket-tiep-nhan-theo-don-vi-ket-nghia";

    private static final List<String> FUNDING = List.of("Kế hoạch", "Cam kết", "Đã tiếp nhận", "Đã chi");

    /** The group of the results that belong to no one model. */
    static final String COMMON_RESULTS = "Toàn chương trình";

    private IndexPage() {
    }

    static String render(SiteContent content, SiteStructure structure) {
        HtmlPage page = HtmlPage.index(content.context(), "Tổng hợp chương trình");
        Map<String, Money> fundingTotals = fundingTotals(content);
        Money budget = content.budgets().values().stream().map(BudgetEstimate::total).reduce(Money.ZERO, Money::plus);
        List<String[]> figures = new ArrayList<>();
        figures.add(new String[] {"Tổng dự toán", SiteFormat.money(budget), MoneyFormat.vietnamese(budget)});
        fundingTotals.forEach((column, amount) -> figures.add(new String[] {column, SiteFormat.money(amount),
                MoneyFormat.vietnamese(amount)}));
        page.figures(figures);
        sections(page, content, structure);
        planning(page);

        page.heading("Dự toán kinh phí theo mô hình", "du-toan");
        SiteTable budgets = new SiteTable("Dự toán theo mô hình (đồng)", List.of("Mô hình", "Dự toán", "Tỷ trọng"));
        content.budgets().forEach((modelId, estimate) -> budgets.row(List.of(Cell.link(content.modelName(modelId),
                SitePaths.model(modelId)), SiteSections.money(estimate.total()), SiteSections.share(estimate.total(), budget))));
        budgets.footer(List.of(Cell.text("Tổng cộng"), SiteSections.money(budget), SiteSections.share(budget, budget)));
        page.table(budgets).links(List.of(new String[] {"budget.xlsx", "budget.xlsx"}, new String[] {"budget.csv", "budget.csv"},
                new String[] {"budget.json", "budget.json"}));

        if (!content.funding().isEmpty()) {
            page.heading("Kế hoạch và thực hiện theo mô hình (lũy kế)", "ke-hoach-thuc-hien");
            page.table(fundingTable(content, fundingTotals));
            page.chart(fundingChart(content), "Biểu đồ kinh phí theo mô hình: kế hoạch, cam kết, tiếp nhận và đã chi",
                    "Kinh phí theo mô hình, lũy kế đến cuối chương trình: kế hoạch, cam kết, đã tiếp nhận và đã chi.");
        }
        lastReport(content).ifPresent(report -> finalFigures(page, report, content));
        if (!content.notes().isEmpty()) {
            page.heading("Ghi chú chạy chương trình", "ghi-chu");
            SiteTable notes = new SiteTable("Ghi chú theo mô hình", List.of("Mô hình", "Ghi chú"));
            content.notes().forEach((modelId, note) -> notes.row(List.of(Cell.link(content.modelName(modelId),
                    SitePaths.model(modelId)), Cell.text(note))));
            page.table(notes);
        }
        return page.render();
    }

    /** Where the planners' pages are listed: a page of their own, which their commands rewrite whole. */
    static void planning(HtmlPage page) {
        page.heading(PlanningListPage.TITLE, SitePaths.PLANNING_ANCHOR);
        page.paragraph("Các trang do lệnh forecast (dự báo từ sổ cái) và lệnh compare (so sánh kịch bản) lập được liệt kê ở"
                + " trang riêng, trang mới lập đứng trước, với ngày lấy hiện trạng và vị trí sổ cái mà số liệu của mỗi trang"
                + " được tính từ.");
        page.links(List.<String[]>of(new String[] {"Danh sách trang dự báo và so sánh kịch bản", SitePaths.PLANNING}));
    }

    static java.util.Optional<Report> lastReport(SiteContent content) {
        Report last = null;
        for (Report report : content.reports().values()) {
            last = report;
        }
        return java.util.Optional.ofNullable(last);
    }

    private static void finalFigures(HtmlPage page, Report report, SiteContent content) {
        for (PlanActualTable table : report.tables()) {
            if (table.id().equals(SPONSOR_TABLE_ID)) {
                page.heading("Kế hoạch và thực hiện theo đơn vị kết nghĩa", "don-vi-ket-nghia");
                page.table(SiteSections.planActual(table));
            }
        }
        List<IndicatorDefinition> withTarget = new ArrayList<>();
        List<IndicatorDefinition> others = new ArrayList<>();
        for (IndicatorDefinition indicator : report.indicators()) {
            ReportCell cell = report.totals().getOrDefault(indicator.id(), ReportCell.EMPTY);
            (cell.target().isPresent() ? withTarget : others).add(indicator);
        }
        if (!withTarget.isEmpty()) {
            page.heading("Chỉ tiêu đạt được — " + report.period().labelVi(), "chi-tieu");
            page.table(SiteSections.totals(report, "Chỉ tiêu có mục tiêu, toàn tỉnh", withTarget));
        }
        page.heading("Kết quả — " + report.period().labelVi(), "ket-qua");
        byModel(others, content).forEach((label, indicators) -> {
            SiteTable table = SiteSections.results(report, "Kết quả toàn tỉnh — " + label, indicators);
            if (!table.isEmpty()) {
                page.subheading(label).table(table);
            }
        });
    }

    /**
     * {@code indicators} grouped under their model's name (the id's prefix before the first dot, e.g. {@code
     * livestock.}), in the order of the models' budgets, then those of the programme as a whole ("Toàn chương
     * trình"): one short table each instead of a hundred rows in one.
     */
    static Map<String, List<IndicatorDefinition>> byModel(List<IndicatorDefinition> indicators, SiteContent content) {
        Map<String, List<IndicatorDefinition>> groups = new LinkedHashMap<>();
        for (String modelId : content.budgets().keySet()) {
            groups.put(content.modelName(modelId), new ArrayList<>());
        }
        List<IndicatorDefinition> common = new ArrayList<>();
        for (IndicatorDefinition indicator : indicators) {
            int dot = indicator.id().indexOf('.');
            String modelId = dot < 0 ? "" : indicator.id().substring(0, dot);
            List<IndicatorDefinition> group = content.budgets().containsKey(modelId)
                    ? groups.get(content.modelName(modelId)) : null;
            (group == null ? common : group).add(indicator);
        }
        groups.put(COMMON_RESULTS, common);
        return groups;
    }

    private static void sections(HtmlPage page, SiteContent content, SiteStructure structure) {
        page.heading("Kỳ báo cáo", SitePaths.PERIODS_ANCHOR);
        SiteTable periods = new SiteTable("Các kỳ báo cáo", List.of("Kỳ báo cáo", "Từ ngày", "Đến ngày", "Tệp"));
        content.reports().forEach((slug, report) -> periods.row(List.of(Cell.link(report.period().labelVi(),
                SitePaths.period(slug)), Cell.text(PeriodPage.date(report.period().from())),
                Cell.text(PeriodPage.date(report.period().to())), Cell.link(slug + ".xlsx", "reports/" + slug + ".xlsx"))));
        page.table(periods);

        page.heading("Huyện", SitePaths.DISTRICTS_ANCHOR);
        List<String[]> districts = new ArrayList<>();
        structure.districts().forEach((code, name) -> districts.add(new String[] {name, SitePaths.district(code)}));
        if (districts.isEmpty()) {
            page.note("Các báo cáo không có cấp huyện.");
        } else {
            page.linkList(districts);
        }

        page.heading("Mô hình", SitePaths.MODELS_ANCHOR);
        List<String[]> models = new ArrayList<>();
        structure.models().forEach(modelId -> models.add(new String[] {content.modelName(modelId), SitePaths.model(modelId)}));
        page.linkList(models);

        page.heading("Danh sách niêm yết công khai", SitePaths.LISTS_ANCHOR);
        if (content.publicLists().isEmpty()) {
            page.note("Chưa có danh sách niêm yết.");
            return;
        }
        SiteTable lists = new SiteTable("Danh sách niêm yết theo đơn vị (xã, huyện, tỉnh)", List.of("Đơn vị", "Mã đơn vị", "Ngày", "Số dòng", "Tổng giá trị hỗ trợ",
                "Tệp CSV"));
        for (PublicList list : content.publicLists()) {
            lists.row(List.of(Cell.link(list.listing().communeName(), SitePaths.publicList(list.communeCode())),
                    Cell.text(list.communeCode()), Cell.text(PeriodPage.date(list.listing().date())),
                    Cell.number(SiteFormat.count(list.listing().rows().size()), Integer.toString(list.listing().rows().size())),
                    SiteSections.money(list.listing().total()), Cell.link(list.csvFile(), list.csvFile())));
        }
        page.table(lists);
    }

    private static Map<String, Money> fundingTotals(SiteContent content) {
        Map<String, Money> totals = new LinkedHashMap<>();
        FUNDING.forEach(column -> totals.put(column, Money.ZERO));
        content.funding().values().forEach(columns -> columns.forEach((column, amount) -> totals.merge(column, amount, Money::plus)));
        return totals;
    }

    private static SiteTable fundingTable(SiteContent content, Map<String, Money> totals) {
        List<String> headers = new ArrayList<>(List.of("Mô hình"));
        headers.addAll(totals.keySet());
        headers.add("Tỷ lệ đã chi / kế hoạch");
        SiteTable table = new SiteTable("Kinh phí theo mô hình (đồng)", headers);
        content.funding().forEach((modelId, columns) -> {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.link(content.modelName(modelId), SitePaths.model(modelId)));
            totals.keySet().forEach(column -> cells.add(SiteSections.money(columns.getOrDefault(column, Money.ZERO))));
            cells.add(SiteSections.share(columns.getOrDefault("Đã chi", Money.ZERO), columns.getOrDefault("Kế hoạch", Money.ZERO)));
            table.row(cells);
        });
        List<Cell> footer = new ArrayList<>();
        footer.add(Cell.text("Tổng cộng"));
        totals.values().forEach(amount -> footer.add(SiteSections.money(amount)));
        footer.add(SiteSections.share(totals.get("Đã chi"), totals.get("Kế hoạch")));
        table.footer(footer);
        return table;
    }

    private static String fundingChart(SiteContent content) {
        long largest = content.funding().values().stream().flatMap(columns -> columns.values().stream())
                .mapToLong(Money::dong).map(Math::abs).max().orElse(0);
        MoneyScale scale = MoneyScale.forLargest(largest);
        Map<String, Map<String, Number>> bars = new LinkedHashMap<>();
        content.funding().forEach((modelId, columns) -> {
            Map<String, Number> series = new LinkedHashMap<>();
            columns.forEach((column, amount) -> series.put(column, scale.scale(amount.dong())));
            bars.put(content.modelName(modelId), series);
        });
        return Charts.bars("Kinh phí theo mô hình: kế hoạch và thực hiện (" + scale.unitVi() + ")", scale.unitVi(), bars);
    }
}
