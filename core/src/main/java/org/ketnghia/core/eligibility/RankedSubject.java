package org.ketnghia.core.eligibility;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * One subject's place in a {@link Ranking}: its rank (1 for the first, 0 when judged alone),
 * whether it met every required rule, its priority score and every reason — those of the required
 * rules and those of the priority rules, each in the order the rules were given.
 *
 * @param rank the position, from 1; 0 when not ranked
 * @param subject the subject judged
 * @param eligible whether every required rule was met
 * @param priority the sum of the points of the priority rules that applied (and of the priorities
 *     the required rules carried)
 * @param requirementReasons the reasons of the required rules; immutable
 * @param priorityReasons the reasons of the priority rules, applied or not; immutable
 * @param <T> the subject type
 */
public record RankedSubject<T>(int rank, T subject, boolean eligible, int priority,
        List<EligibilityReason> requirementReasons, List<EligibilityReason> priorityReasons) {

    /** Checks that no part is missing and copies the reasons. */
    public RankedSubject {
        requireNonNull(subject, "subject");
        requirementReasons = List.copyOf(requirementReasons);
        priorityReasons = List.copyOf(priorityReasons);
    }

    /** Every reason: the requirements' then the priorities'; immutable. */
    public List<EligibilityReason> reasons() {
        List<EligibilityReason> all = new ArrayList<>(requirementReasons.size() + priorityReasons.size());
        all.addAll(requirementReasons);
        all.addAll(priorityReasons);
        return List.copyOf(all);
    }

    /** The decision this place stands for. */
    public EligibilityDecision decision() {
        return new EligibilityDecision(eligible, priority, reasons());
    }

    /** The reasons of the requirements met and of the priority rules that applied; immutable. */
    public List<EligibilityReason> metReasons() {
        return reasons().stream().filter(EligibilityReason::met).toList();
    }

    /** The reasons of the required rules that were not met (empty when eligible); immutable. */
    public List<EligibilityReason> unmetReasons() {
        return requirementReasons.stream().filter(reason -> !reason.met()).toList();
    }
}
