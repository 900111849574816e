package org.ketnghia.startup.policy;

import static java.util.Objects.requireNonNull;

/**
 * The highest share of a project the state may pay (<i>mức hỗ trợ tối đa từ ngân sách</i>) for a
 * kind of project in an area; the rest is counterpart (<i>đối ứng</i>). Immutable.
 *
 * @param projectKind community or value-chain project
 * @param areaDifficulty the area
 * @param percent the ceiling, 1 to 100
 */
public record StateShareCeiling(ProjectKind projectKind, AreaDifficulty areaDifficulty, int percent) {

    /** Checks that no part is missing. */
    public StateShareCeiling {
        requireNonNull(projectKind, "projectKind");
        requireNonNull(areaDifficulty, "areaDifficulty");
    }
}
