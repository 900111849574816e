package org.ketnghia.village.scheme;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.eligibility.EligibilityDecision;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.eligibility.EligibilityRule;

/**
 * The rule for recognition (<i>điều kiện xét công nhận</i>): a village is eligible only when every
 * criterion of its set is met at the latest measurement. The decision gives one reason per
 * criterion, met or not, so the commune can explain what is missing. Stateless and thread-safe.
 */
public final class RecognitionEligibility implements EligibilityRule<VillageProgress> {

    /** The rule id. */
    public static final String ID = "village.all-criteria-met";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<VillageProgress> subjectType() {
        return VillageProgress.class;
    }

    @Override
    public EligibilityDecision evaluate(VillageProgress village) {
        requireNonNull(village, "village");
        List<EligibilityReason> reasons = new ArrayList<>();
        village.criteria().forEach((criterionId, status) -> reasons.add(new EligibilityReason(ID, status.isMet(),
                "Tiêu chí " + criterionId + ": " + status.label().vi(), "Criterion " + criterionId + ": " + status.label().en(),
                Map.of("village", village.villageCode(), "criterion", criterionId, "status", status.name()))));
        boolean eligible = village.baselineOn().isPresent() && !village.criteria().isEmpty() && village.allCriteriaMet();
        return new EligibilityDecision(eligible, 0, reasons);
    }
}
