package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;

/**
 * A plan-versus-actual table of money (<i>bảng so sánh kế hoạch và thực hiện</i>), such as
 * funding per pilot model, per commune or per sponsor. The reporting package only carries and
 * exports it; the funding feature fills it. Totals are exact sums in đồng.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable id, e.g. {@code "funding.by-model"}
 * @param titleVi the title in Vietnamese
 * @param titleEn the title in English
 * @param rows the lines, in display order, with distinct keys
 */
public record PlanActualTable(String id, String titleVi, String titleEn, List<PlanActualRow> rows) {

    /**
     * Checks the table.
     *
     * @throws org.ketnghia.core.error.KetnghiaException {@link
     *     ReportingErrorCode#REPORTING_TABLE_DUPLICATE_ROW} for every repeated key
     */
    public PlanActualTable {
        requireNonNull(id, "id");
        requireNonNull(titleVi, "titleVi");
        requireNonNull(titleEn, "titleEn");
        rows = List.copyOf(requireNonNull(rows, "rows"));
        Problems problems = new Problems();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            problems.check(!keys.add(rows.get(i).key()), ReportingErrorCode.REPORTING_TABLE_DUPLICATE_ROW,
                    "rows[" + i + "].key", rows.get(i).key(), id);
        }
        problems.throwIfAny();
    }

    /** The sum of the planned amounts. */
    public Money totalPlanned() {
        return Money.sum(rows.stream().map(PlanActualRow::planned).toList());
    }

    /** The sum of the actual amounts. */
    public Money totalActual() {
        return Money.sum(rows.stream().map(PlanActualRow::actual).toList());
    }
}
