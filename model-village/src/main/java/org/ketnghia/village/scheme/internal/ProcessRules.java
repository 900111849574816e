package org.ketnghia.village.scheme.internal;

import java.time.LocalDate;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.village.VillageErrorCode;
import org.ketnghia.village.scheme.VillageProgress;

/**
 * The plan's rules for model 4 that the handlers share (not API): where villages may be registered and
 * supported once a programme is declared (mục 4.1–4.2), and the order of the process, in time as well as in
 * stage — baseline (<i>rà soát, đánh giá hiện trạng</i>) → sponsors' plan → self-assessment → commune proposal →
 * inspection → dossier → recognition → re-assessment → revocation. Each records a problem, none throws.
 * Stateless and thread-safe.
 */
final class ProcessRules {

    private ProcessRules() {
    }

    /**
     * When the ledger declares a programme, records {@code PROGRAMME_OUTSIDE_SCOPE} at {@code unitCode} unless the
     * village lies on {@code date} in one of its pilot communes or a commune that carries one on; without a programme
     * every village is accepted.
     */
    static void checkPilotCommune(LedgerState state, String villageCode, LocalDate date, Problems problems) {
        ProgrammeScope.of(state).ifPresent(scope -> scope.checkPilotCommune(problems, "unitCode", villageCode, date));
    }

    /** The sponsors' plan comes after the baseline assessment, and is not dated before it. */
    static void checkPlanAfterBaseline(VillageProgress village, LocalDate date, Problems problems) {
        if (village.baselineOn().isEmpty()) {
            problems.add(VillageErrorCode.VILLAGE_BASELINE_MISSING, "unitCode", village.villageCode());
        } else {
            problems.check(date.isBefore(village.baselineOn().get()), VillageErrorCode.VILLAGE_PLAN_BEFORE_BASELINE,
                    "occurredOn", village.villageCode(), date, village.baselineOn().get());
        }
    }

    /** A step (or the decision) is not dated before the day the village reached its current stage. */
    static void checkNotBeforeStage(VillageProgress village, String step, LocalDate date, Problems problems) {
        problems.check(date.isBefore(village.stageSince()), VillageErrorCode.VILLAGE_STEP_BEFORE_PREVIOUS, "occurredOn",
                village.villageCode(), step, date, village.stageSince(), village.stage());
    }

    /** The self-assessment that all criteria are met is not dated before the latest measurement. */
    static void checkSelfAssessmentAfterMeasurement(VillageProgress village, LocalDate date, Problems problems) {
        village.lastMeasuredOn().ifPresent(measuredOn -> problems.check(date.isBefore(measuredOn),
                VillageErrorCode.VILLAGE_SELF_ASSESSMENT_BEFORE_MEASUREMENT, "occurredOn", village.villageCode(), date,
                measuredOn));
    }

    /** A re-assessment of a recognised village is not dated before its recognition. */
    static void checkReassessmentAfterRecognition(VillageProgress village, LocalDate date, Problems problems) {
        village.recognisedOn().ifPresent(recognisedOn -> problems.check(date.isBefore(recognisedOn),
                VillageErrorCode.VILLAGE_REASSESSMENT_BEFORE_RECOGNITION, "occurredOn", village.villageCode(), date,
                recognisedOn));
    }

    /** A revocation is not dated before the re-assessment it follows. */
    static void checkRevocationAfterReassessment(VillageProgress village, LocalDate date, Problems problems) {
        village.reassessedOn().ifPresent(reassessedOn -> problems.check(date.isBefore(reassessedOn),
                VillageErrorCode.VILLAGE_REVOCATION_BEFORE_REASSESSMENT, "occurredOn", village.villageCode(), date,
                reassessedOn));
    }
}
