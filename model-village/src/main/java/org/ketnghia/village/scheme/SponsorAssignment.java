package org.ketnghia.village.scheme;

import java.time.LocalDate;
import static java.util.Objects.requireNonNull;

/**
 * One line of a village's plan: a sponsor has taken on a criterion. Immutable.
 *
 * @param villageCode the village
 * @param criterionId the criterion
 * @param sponsorId the sponsor
 * @param takenOn the date
 * @param planReference the plan document
 */
public record SponsorAssignment(String villageCode, String criterionId, String sponsorId, LocalDate takenOn,
        String planReference) {

    /** Checks that no part is missing. */
    public SponsorAssignment {
        requireNonNull(villageCode, "villageCode");
        requireNonNull(criterionId, "criterionId");
        requireNonNull(sponsorId, "sponsorId");
        requireNonNull(takenOn, "takenOn");
        requireNonNull(planReference, "planReference");
    }
}
