package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.money.Money;

/**
 * One line of a {@link PlanActualTable}: what was planned and what was actually received or spent
 * for one item (a pilot model, a commune, a sponsor, a funding source …).
 *
 * <p>Immutable and thread-safe.
 *
 * @param key a stable key of the line within its table, e.g. a model id or a unit code
 * @param labelVi the line's label in Vietnamese
 * @param labelEn the line's label in English
 * @param planned the planned amount (<i>kế hoạch</i>)
 * @param actual the actual amount (<i>thực hiện</i>)
 */
public record PlanActualRow(String key, String labelVi, String labelEn, Money planned, Money actual) {

    /** Checks that no part is missing. */
    public PlanActualRow {
        requireNonNull(key, "key");
        requireNonNull(labelVi, "labelVi");
        requireNonNull(labelEn, "labelEn");
        requireNonNull(planned, "planned");
        requireNonNull(actual, "actual");
    }

    /** Actual minus planned (negative when less was received or spent than planned). */
    public Money difference() {
        return actual.minus(planned);
    }
}
