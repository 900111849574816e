package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

/**
 * An indicator as a reader sees it: its Vietnamese name, its unit and the kind of number it is.
 *
 * @param nameVi the name, e.g. "Giá trị đàn giống"
 * @param unit the unit, e.g. "đồng", "con", "%"
 * @param kind how its numbers are written and charted
 */
public record IndicatorLabel(String nameVi, String unit, ValueKind kind) {

    /** Checks that no part is missing. */
    public IndicatorLabel {
        requireNonNull(nameVi, "nameVi");
        requireNonNull(unit, "unit");
        requireNonNull(kind, "kind");
    }

    /** The chart or table title: name and unit, {@code "Giá trị đàn giống (đồng)"}. */
    public String titleVi() {
        return nameVi + " (" + unit + ")";
    }
}
