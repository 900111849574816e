package org.ketnghia.core.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.ketnghia.core.value.BilingualText;

import static java.util.Objects.requireNonNull;

/**
 * What an indicator is: a stable id (namespaced by its model, e.g. {@code
 * "livestock.households-reached"}), its names in Vietnamese and English, its unit, and how it
 * aggregates from parts to the whole.
 *
 * @param id stable id
 * @param nameVi name in Vietnamese
 * @param nameEn name in English
 * @param unit the unit of measure, e.g. "hộ", "con", "đồng", "%"
 * @param aggregation how parts combine
 */
public record IndicatorDefinition(String id, String nameVi, String nameEn, String unit, Aggregation aggregation) {

    /** Checks that no part is missing. */
    public IndicatorDefinition {
        requireNonNull(id, "id");
        requireNonNull(nameVi, "nameVi");
        requireNonNull(nameEn, "nameEn");
        requireNonNull(unit, "unit");
        requireNonNull(aggregation, "aggregation");
    }

    /** The name in Vietnamese and English, as one value (the JSON keeps {@code nameVi} and {@code nameEn}). */
    @JsonIgnore
    public BilingualText name() {
        return BilingualText.of(nameVi, nameEn);
    }
}
