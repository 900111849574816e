package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * One administrative unit's line in a {@link Report}: the unit, its level and parent in the
 * structure the report uses, and one {@link ReportCell} per indicator id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unitCode the unit's code, e.g. {@code "QNA.TAY-GIANG.A-XAN"}
 * @param unitNameVi the unit's name in Vietnamese with its kind, e.g. "xã A Xan"
 * @param unitNameEn the unit's name in English, e.g. "A Xan commune"
 * @param levelId the unit's level id, e.g. {@code "commune"}
 * @param levelNameVi the level's name in Vietnamese, e.g. "Cấp xã"
 * @param levelNameEn the level's name in English, e.g. "Commune"
 * @param depth 0 for a top unit of the report, 1 for the units under it, …
 * @param parentCode the unit above it in the report, empty for a top unit
 * @param cells the figures per indicator id; an indicator with nothing to show for the unit is absent
 */
public record ReportRow(String unitCode, String unitNameVi, String unitNameEn, String levelId, String levelNameVi,
        String levelNameEn, int depth, Optional<String> parentCode, Map<String, ReportCell> cells) {

    /** Checks that no part is missing and copies the cells. */
    public ReportRow {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(unitNameVi, "unitNameVi");
        requireNonNull(unitNameEn, "unitNameEn");
        requireNonNull(levelId, "levelId");
        requireNonNull(levelNameVi, "levelNameVi");
        requireNonNull(levelNameEn, "levelNameEn");
        requireNonNull(parentCode, "parentCode");
        cells = Map.copyOf(requireNonNull(cells, "cells"));
    }

    /** The cell of {@code indicatorId}, or {@link ReportCell#EMPTY}. */
    public ReportCell cell(String indicatorId) {
        return cells.getOrDefault(requireNonNull(indicatorId, "indicatorId"), ReportCell.EMPTY);
    }

    /** The rolled-up value of {@code indicatorId} at this unit, if any. */
    public Optional<IndicatorValue> actual(String indicatorId) {
        return cell(indicatorId).actual();
    }
}
