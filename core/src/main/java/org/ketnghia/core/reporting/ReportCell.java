package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One indicator's figures for one unit in a {@link Report}.
 *
 * <p>{@code actual} is the unit's value rolled up: what was recorded at the unit itself ({@code
 * recordedAtUnit}, present only when something was) combined with the values of every unit below
 * it. {@code baseline} and {@code target} come from the {@link IndicatorPlan}. Each is empty when
 * there is nothing to show.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actual the value achieved (<i>thực hiện</i>)
 * @param recordedAtUnit the part of {@code actual} recorded at this unit itself rather than below it
 * @param baseline the baseline (<i>giá trị cơ sở</i>)
 * @param target the target (<i>mục tiêu</i>)
 */
public record ReportCell(Optional<IndicatorValue> actual, Optional<IndicatorValue> recordedAtUnit,
        Optional<IndicatorValue> baseline, Optional<IndicatorValue> target) {

    /** Checks that no part is missing. */
    public ReportCell {
        requireNonNull(actual, "actual");
        requireNonNull(recordedAtUnit, "recordedAtUnit");
        requireNonNull(baseline, "baseline");
        requireNonNull(target, "target");
    }

    /** A cell with nothing in it. */
    public static final ReportCell EMPTY = new ReportCell(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** Whether the cell shows nothing at all. */
    public boolean blank() {
        return actual.isEmpty() && baseline.isEmpty() && target.isEmpty();
    }
}
