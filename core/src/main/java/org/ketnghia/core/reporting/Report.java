package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report (<i>báo cáo</i>) for one period: every indicator, for every administrative unit that has
 * something to show, rolled up from villages to the province, with the baselines and targets of the
 * plan and any plan-versus-actual money tables. Built by {@link ReportBuilder}; exported by {@link
 * ReportExport} as JSON or CSV.
 *
 * <p>Rows come in tree order: a top unit, then the units under it depth first, siblings sorted by
 * name. Every row's {@code actual} equals what was recorded at the unit itself combined with the
 * {@code actual} of its child rows; {@link #totals()} combine the top rows. For {@code SUM} and
 * {@code COUNT} this is exact integer addition, for {@code RATIO_OF_SUMS} and {@code
 * WEIGHTED_AVERAGE} the numerators and denominators are summed separately.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period reported on
 * @param structureDate the date whose administrative structure the roll-up uses
 * @param indicators the indicators, in the order they were added to the builder
 * @param rows one row per unit, in tree order
 * @param totals the whole report per indicator id (the top rows combined)
 * @param carriedOnBy units that no longer existed on the structure date, mapped to the unit their
 *     values were reported under
 * @param tables plan-versus-actual money tables
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties({org.ketnghia.core.simulation.LedgerOrigin.JSON_SIMULATED_FIELD,
        org.ketnghia.core.simulation.LedgerOrigin.JSON_MARK_FIELD})
public record Report(ReportingPeriod period, LocalDate structureDate, List<IndicatorDefinition> indicators,
        List<ReportRow> rows, Map<String, ReportCell> totals, Map<String, String> carriedOnBy,
        List<PlanActualTable> tables) {

    /** Checks that no part is missing and copies the collections. */
    public Report {
        requireNonNull(period, "period");
        requireNonNull(structureDate, "structureDate");
        indicators = List.copyOf(requireNonNull(indicators, "indicators"));
        rows = List.copyOf(requireNonNull(rows, "rows"));
        totals = Map.copyOf(requireNonNull(totals, "totals"));
        carriedOnBy = Map.copyOf(requireNonNull(carriedOnBy, "carriedOnBy"));
        tables = List.copyOf(requireNonNull(tables, "tables"));
    }

    /** The row of {@code unitCode}, if the unit appears in the report. */
    public Optional<ReportRow> row(String unitCode) {
        requireNonNull(unitCode, "unitCode");
        return rows.stream().filter(row -> row.unitCode().equals(unitCode)).findFirst();
    }

    /** The rows of units at level {@code levelId}, in report order. */
    public List<ReportRow> rowsAtLevel(String levelId) {
        requireNonNull(levelId, "levelId");
        return rows.stream().filter(row -> row.levelId().equals(levelId)).toList();
    }

    /** The rows directly under {@code unitCode}, in report order. */
    public List<ReportRow> childrenOf(String unitCode) {
        requireNonNull(unitCode, "unitCode");
        return rows.stream().filter(row -> row.parentCode().filter(unitCode::equals).isPresent()).toList();
    }

    /** The top rows (depth 0). */
    public List<ReportRow> topRows() {
        return rows.stream().filter(row -> row.depth() == 0).toList();
    }

    /** The rolled-up value of {@code indicatorId} at {@code unitCode}, if any. */
    public Optional<IndicatorValue> actual(String unitCode, String indicatorId) {
        return row(unitCode).flatMap(row -> row.actual(indicatorId));
    }

    /** The total of {@code indicatorId} over the whole report, if any value was recorded. */
    public Optional<IndicatorValue> total(String indicatorId) {
        return totals.getOrDefault(requireNonNull(indicatorId, "indicatorId"), ReportCell.EMPTY).actual();
    }

    /** A copy of this report with {@code table} added after the existing tables. */
    public Report withTable(PlanActualTable table) {
        requireNonNull(table, "table");
        List<PlanActualTable> more = new ArrayList<>(tables);
        more.add(table);
        return new Report(period, structureDate, indicators, rows, totals, carriedOnBy, more);
    }
}
