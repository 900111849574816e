package org.ketnghia.village.scheme;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.village.criteria.Reading;

/**
 * A snapshot of one village in the scheme: its set and zone, where it stands in the recognition
 * workflow and since when, the status of each criterion at the latest measurement, the latest reading of each
 * indicator and the sponsors' plan. Immutable.
 *
 * @param villageCode the village
 * @param communeCodeAtRegistration its commune on the registration date (see the administrative
 *     units for its commune on another date)
 * @param criteriaSetId its criteria set
 * @param zone its zone (1–3)
 * @param registeredOn the registration date
 * @param stage where it stands
 * @param baselineOn the baseline date, if assessed
 * @param criteria each criterion's status, in the set's order
 * @param latestReadings the latest reading of each measured indicator
 * @param recognitionDecision the decision number of the current or last recognition, if any
 * @param recognisedOn the date of that recognition, if any
 * @param reassessedOn the date of the latest re-assessment since that recognition, if any
 * @param revokedOn the date of the revocation, if revoked
 * @param assignments the sponsors' plan
 * @param stageSince the day the village reached {@link #stage()}: the registration, the baseline, the
 *     latest step, the recognition or the revocation; a later step may not be dated before it
 * @param lastMeasuredOn the latest date of any reading (baseline, measurement or re-assessment), if any
 */
public record VillageProgress(String villageCode, String communeCodeAtRegistration, String criteriaSetId, int zone,
        LocalDate registeredOn, RecognitionStage stage, Optional<LocalDate> baselineOn,
        Map<String, CriterionStatus> criteria, Map<String, Reading> latestReadings,
        Optional<String> recognitionDecision, Optional<LocalDate> recognisedOn, Optional<LocalDate> reassessedOn,
        Optional<LocalDate> revokedOn, List<SponsorAssignment> assignments, LocalDate stageSince,
        Optional<LocalDate> lastMeasuredOn) {

    /** Copies the collections. */
    public VillageProgress {
        requireNonNull(villageCode, "villageCode");
        requireNonNull(communeCodeAtRegistration, "communeCodeAtRegistration");
        requireNonNull(criteriaSetId, "criteriaSetId");
        requireNonNull(registeredOn, "registeredOn");
        requireNonNull(stage, "stage");
        requireNonNull(stageSince, "stageSince");
        requireNonNull(lastMeasuredOn, "lastMeasuredOn");
        criteria = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteria));
        latestReadings = Map.copyOf(latestReadings);
        assignments = List.copyOf(assignments);
    }

    /** The number of criteria met (or re-verified). */
    public int criteriaMet() {
        return (int) criteria.values().stream().filter(CriterionStatus::isMet).count();
    }

    /** Whether every criterion is met at the latest measurement: the condition for recognition. */
    public boolean allCriteriaMet() {
        return criteriaMet() == criteria.size();
    }

    /** The criteria not met, in the set's order. */
    public List<String> unmetCriteria() {
        return criteria.entrySet().stream().filter(entry -> !entry.getValue().isMet()).map(Map.Entry::getKey).toList();
    }

    /** Whether the village is recognised now. */
    public boolean isRecognised() {
        return stage == RecognitionStage.RECOGNISED;
    }
}
