package org.ketnghia.startup.project;

import static java.util.Objects.requireNonNull;

/**
 * A milestone of an approved project that a tranche may wait for (<i>mốc nghiệm thu</i>). Immutable.
 *
 * @param milestoneId unique within the project
 * @param descriptionVi what must be done, e.g. "Trồng xong 2 ha chuối"
 */
public record Milestone(String milestoneId, String descriptionVi) {

    /** Checks that no part is missing. */
    public Milestone {
        requireNonNull(milestoneId, "milestoneId");
        requireNonNull(descriptionVi, "descriptionVi");
    }
}
