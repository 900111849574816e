package org.ketnghia.examples.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.PlanActualRow;
import org.ketnghia.core.reporting.PlanActualTable;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportCell;
import org.ketnghia.core.reporting.ReportRow;
import org.ketnghia.examples.site.SiteTable.Cell;

/** Tables that several pages of the site share. */
final class SiteSections {

    private SiteSections() {
    }

    static Cell money(Money amount) {
        return Cell.number(SiteFormat.money(amount), Long.toString(amount.dong()));
    }

    static Cell value(Optional<IndicatorValue> value, IndicatorDefinition indicator) {
        return value.filter(IndicatorValue::isDefined)
                .map(defined -> Cell.number(SiteFormat.indicatorValue(defined, indicator), SiteFormat.sortKey(defined)))
                .orElse(Cell.empty());
    }

    /** Spent (or actual) as a share of planned, as a percentage cell; empty when nothing was planned. */
    static Cell share(Money part, Money whole) {
        if (whole.dong() == 0) {
            return Cell.empty();
        }
        double share = (double) part.dong() / whole.dong();
        return Cell.number(SiteFormat.percent(share), Double.toString(share));
    }

    /** A plan-versus-actual money table with a total row. */
    static SiteTable planActual(PlanActualTable table) {
        SiteTable site = new SiteTable(table.titleVi(), List.of("Nội dung", "Kế hoạch", "Thực hiện", "Chênh lệch", "Tỷ lệ thực hiện"));
        for (PlanActualRow row : table.rows()) {
            site.row(List.of(Cell.text(row.labelVi()), money(row.planned()), money(row.actual()), money(row.difference()),
                    share(row.actual(), row.planned())));
        }
        site.footer(List.of(Cell.text("Tổng cộng"), money(table.totalPlanned()), money(table.totalActual()),
                money(table.totalActual().minus(table.totalPlanned())), share(table.totalActual(), table.totalPlanned())));
        return site;
    }

    /** The report's totals: every indicator with a figure, its baseline, target, actual and how much of the target is reached. */
    static SiteTable totals(Report report, String caption, List<IndicatorDefinition> indicators) {
        SiteTable table = new SiteTable(caption, List.of("Chỉ tiêu", "Đơn vị tính", "Giá trị cơ sở", "Mục tiêu", "Thực hiện",
                "Tỷ lệ đạt mục tiêu"));
        for (IndicatorDefinition indicator : indicators) {
            ReportCell cell = report.totals().getOrDefault(indicator.id(), ReportCell.EMPTY);
            if (cell.actual().filter(IndicatorValue::isDefined).isEmpty() && cell.target().isEmpty()) {
                continue;
            }
            table.row(List.of(Cell.text(indicator.nameVi()), Cell.text(indicator.unit()), value(cell.baseline(), indicator),
                    value(cell.target(), indicator), value(cell.actual(), indicator), reached(cell)));
        }
        return table;
    }

    /**
     * The results of {@code indicators} without a target: the indicator, its unit, the baseline and the figure (the
     * target columns would be empty). Indicators with no figure are left out.
     */
    static SiteTable results(Report report, String caption, List<IndicatorDefinition> indicators) {
        SiteTable table = new SiteTable(caption, List.of("Chỉ tiêu", "Đơn vị tính", "Giá trị cơ sở", "Thực hiện"));
        for (IndicatorDefinition indicator : indicators) {
            ReportCell cell = report.totals().getOrDefault(indicator.id(), ReportCell.EMPTY);
            if (cell.actual().filter(IndicatorValue::isDefined).isPresent()) {
                table.row(List.of(Cell.text(indicator.nameVi()), Cell.text(indicator.unit()), value(cell.baseline(), indicator),
                        value(cell.actual(), indicator)));
            }
        }
        return table;
    }

    static Cell reached(ReportCell cell) {
        if (cell.actual().isEmpty() || cell.target().isEmpty() || !cell.actual().get().isDefined()
                || !cell.target().get().isDefined() || cell.target().get().toDouble() == 0) {
            return Cell.empty();
        }
        double share = cell.actual().get().toDouble() / cell.target().get().toDouble();
        return Cell.number(SiteFormat.percent(share), Double.toString(share));
    }

    /** The indicators of {@code report} with a figure in at least one of {@code rows}. */
    static List<IndicatorDefinition> shown(Report report, List<ReportRow> rows) {
        List<IndicatorDefinition> shown = new ArrayList<>();
        for (IndicatorDefinition indicator : report.indicators()) {
            if (rows.stream().anyMatch(row -> row.actual(indicator.id()).filter(IndicatorValue::isDefined).isPresent())) {
                shown.add(indicator);
            }
        }
        return shown;
    }

    /** One row per unit, one column per indicator (name and unit in the header). */
    static SiteTable unitsByIndicator(String caption, List<ReportRow> rows, List<IndicatorDefinition> indicators,
            Map<String, String> districtPages) {
        List<String> headers = new ArrayList<>(List.of("Đơn vị", "Cấp"));
        indicators.forEach(indicator -> headers.add(indicator.nameVi() + " (" + indicator.unit() + ")"));
        SiteTable table = new SiteTable(caption, headers);
        for (ReportRow row : rows) {
            List<Cell> cells = new ArrayList<>();
            String page = districtPages.get(row.unitCode());
            cells.add(page == null ? Cell.text(row.unitNameVi()) : Cell.link(row.unitNameVi(), page));
            cells.add(Cell.text(row.levelNameVi()));
            indicators.forEach(indicator -> cells.add(value(row.actual(indicator.id()), indicator)));
            table.row(cells);
        }
        return table;
    }
}
