package org.ketnghia.core.eligibility;

import java.util.List;

/**
 * The outcome of judging a subject: eligible or not, a priority score for ranking, and every
 * reason (met and unmet), so an official can explain the decision to the household.
 *
 * @param eligible whether every required rule was met
 * @param priority priority points for ranking eligible subjects (higher first)
 * @param reasons every reason, in rule order
 */
public record EligibilityDecision(boolean eligible, int priority, List<EligibilityReason> reasons) {

    /** Copies the reasons. */
    public EligibilityDecision {
        reasons = List.copyOf(reasons);
    }

    /** A decision from one reason, with no priority. */
    public static EligibilityDecision of(EligibilityReason reason) {
        return new EligibilityDecision(reason.met(), 0, List.of(reason));
    }

    /** The reasons of the rules that were not met. */
    public List<EligibilityReason> unmetReasons() {
        return reasons.stream().filter(reason -> !reason.met()).toList();
    }
}
