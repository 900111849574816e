package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A plan-versus-actual table: rows by model, commune or sponsor, sorted by key, and a total row
 * that is exactly the sum of the rows. Immutable.
 *
 * @param dimension what the rows are keyed by: {@code "model"}, {@code "commune"} or {@code "sponsor"}
 * @param rows the rows, sorted by key
 */
public record PlanActualTable(String dimension, List<PlanActualRow> rows) {

    /** The key of the row for money not attributed to any sponsor. */
    public static final String UNATTRIBUTED = "-";

    /** The key of the total row. */
    public static final String TOTAL = "TOTAL";

    /** Copies the rows. */
    public PlanActualTable {
        requireNonNull(dimension, "dimension");
        rows = List.copyOf(rows);
    }

    /** The total row (<i>tổng cộng</i>): the exact sum of every row. */
    public PlanActualRow total() {
        PlanActualRow total = PlanActualRow.zero(TOTAL);
        for (PlanActualRow row : rows) {
            total = total.plus(TOTAL, row);
        }
        return total;
    }

    /**
     * This table as the generic plan-versus-actual table a report carries: planned against spent
     * per row, labelled by the row key (a model id, commune code or sponsor id).
     */
    public org.ketnghia.core.reporting.PlanActualTable toReportTable(String id, String titleVi, String titleEn) {
        return new org.ketnghia.core.reporting.PlanActualTable(id, titleVi, titleEn, rows.stream()
                .map(row -> new org.ketnghia.core.reporting.PlanActualRow(row.key(), row.key(), row.key(), row.planned(),
                        row.spent()))
                .toList());
    }

    /** The row with the given key, if any. */
    public Optional<PlanActualRow> row(String key) {
        return rows.stream().filter(row -> row.key().equals(key)).findFirst();
    }
}
