package org.ketnghia.core.eligibility;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks applicants (xếp thứ tự ưu tiên): every subject is judged against the required {@link
 * EligibilityRule}s and the {@link PriorityRule}s, then ordered — eligible subjects first, then by
 * priority score descending, then by the tie-breaker key ascending (e.g. the household id), so the
 * order is total and the same for the same input whatever its order.
 *
 * <pre>{@code
 * Ranking<HouseholdProfile> ranking = Ranking.builder(HouseholdProfile.class, HouseholdProfile::householdId)
 *         .require(HouseholdRules.isBeneficiary())
 *         .priority(HouseholdRules.ethnicMinority(2))
 *         .priority(HouseholdRules.womanHeadedPoor(1))
 *         .build();
 * List<RankedSubject<HouseholdProfile>> ranked = ranking.rank(profiles);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Per subject it allocates only the list of its priority reasons and
 * its result; rules should cache their reasons (see {@link PriorityRule}). Ordering a million
 * subjects sorts packed primitive keys, not objects (see {@code RankOrder}).
 *
 * @param <T> the subject type
 */
public final class Ranking<T> {

    private final Class<T> subjectType;
    private final Function<? super T, String> tieBreaker;
    private final List<EligibilityRule<? super T>> required;
    private final List<PriorityRule<? super T>> priorities;

    private Ranking(Builder<T> builder) {
        this.subjectType = builder.subjectType;
        this.tieBreaker = builder.tieBreaker;
        this.required = List.copyOf(builder.required);
        this.priorities = List.copyOf(builder.priorities);
    }

    /**
     * A builder for a ranking of subjects of {@code type}, ties broken by the key {@code tieBreaker}
     * gives (unique per subject, e.g. an id).
     */
    public static <T> Builder<T> builder(Class<T> type, Function<? super T, String> tieBreaker) {
        return new Builder<>(type, tieBreaker);
    }

    /** The subject type. */
    public Class<T> subjectType() {
        return subjectType;
    }

    /** Judges one subject against every rule; the rank is 0 (not ranked). */
    public RankedSubject<T> evaluate(T subject) {
        requireNonNull(subject, "subject");
        Judgements judgements = new Judgements(1);
        judgements.judge(0, subject);
        return judgements.place(0, 0);
    }

    /**
     * Judges and orders every subject: eligible first, then priority descending, then tie-breaker
     * key ascending; ranks from 1. Immutable result.
     */
    public List<RankedSubject<T>> rank(Collection<? extends T> subjects) {
        requireNonNull(subjects, "subjects");
        Judgements judgements = new Judgements(subjects.size());
        int i = 0;
        for (T subject : subjects) {
            judgements.judge(i, requireNonNull(subject, "subject"));
            judgements.tieBreakers[i++] = requireNonNull(tieBreaker.apply(subject), "tie-breaker key");
        }
        int[] order = RankOrder.order(judgements.eligibilities, judgements.scores, judgements.tieBreakers);
        @SuppressWarnings("unchecked")
        RankedSubject<T>[] ranked = new RankedSubject[order.length];
        for (int position = 0; position < order.length; position++) {
            ranked[position] = judgements.place(order[position], position + 1);
        }
        return Collections.unmodifiableList(Arrays.asList(ranked));
    }

    /**
     * The judgements of many subjects in parallel arrays, so that a screening allocates per subject
     * only its priority reasons and, once ordered, its {@link RankedSubject}.
     */
    private final class Judgements {

        private final Object[] subjects;
        private final boolean[] eligibilities;
        private final int[] scores;
        private final String[] tieBreakers;
        private final List<?>[] requirementReasons;
        private final List<?>[] priorityReasons;

        Judgements(int size) {
            subjects = new Object[size];
            eligibilities = new boolean[size];
            scores = new int[size];
            tieBreakers = new String[size];
            requirementReasons = new List<?>[size];
            priorityReasons = new List<?>[size];
        }

        void judge(int index, T subject) {
            boolean eligible = true;
            int priority = 0;
            List<EligibilityReason> requirements;
            if (required.size() == 1) { // the usual case: the decision's reasons are already immutable
                EligibilityDecision decision = required.get(0).evaluate(subject);
                eligible = decision.eligible();
                priority = decision.priority();
                requirements = decision.reasons();
            } else {
                List<EligibilityReason> collected = new ArrayList<>(required.size());
                for (EligibilityRule<? super T> rule : required) {
                    EligibilityDecision decision = rule.evaluate(subject);
                    eligible &= decision.eligible();
                    priority += decision.priority();
                    collected.addAll(decision.reasons());
                }
                requirements = List.copyOf(collected);
            }
            EligibilityReason[] reasons = new EligibilityReason[priorities.size()];
            for (int r = 0; r < reasons.length; r++) {
                PriorityRule<? super T> rule = priorities.get(r);
                EligibilityReason reason = requireNonNull(rule.evaluate(subject), rule.id());
                if (reason.met()) {
                    priority += rule.points();
                }
                reasons[r] = reason;
            }
            subjects[index] = subject;
            eligibilities[index] = eligible;
            scores[index] = priority;
            requirementReasons[index] = requirements;
            priorityReasons[index] = List.of(reasons);
        }

        @SuppressWarnings("unchecked")
        RankedSubject<T> place(int index, int rank) {
            return new RankedSubject<>(rank, (T) subjects[index], eligibilities[index], scores[index],
                    (List<EligibilityReason>) requirementReasons[index],
                    (List<EligibilityReason>) priorityReasons[index]);
        }
    }

    /** Only the eligible subjects of {@link #rank}, in rank order; immutable. */
    public List<RankedSubject<T>> rankEligible(Collection<? extends T> subjects) {
        return rank(subjects).stream().filter(RankedSubject::eligible).toList();
    }

    /**
     * Builds a {@link Ranking}. Not thread-safe.
     *
     * @param <T> the subject type
     */
    public static final class Builder<T> {

        private final Class<T> subjectType;
        private final Function<? super T, String> tieBreaker;
        private final List<EligibilityRule<? super T>> required = new ArrayList<>();
        private final List<PriorityRule<? super T>> priorities = new ArrayList<>();

        private Builder(Class<T> subjectType, Function<? super T, String> tieBreaker) {
            this.subjectType = requireNonNull(subjectType, "subjectType");
            this.tieBreaker = requireNonNull(tieBreaker, "tieBreaker");
        }

        /** Adds a rule every eligible subject must meet. */
        public Builder<T> require(EligibilityRule<? super T> rule) {
            required.add(requireNonNull(rule, "rule"));
            return this;
        }

        /** Adds a priority rule. */
        public Builder<T> priority(PriorityRule<? super T> rule) {
            priorities.add(requireNonNull(rule, "rule"));
            return this;
        }

        /** The ranking. */
        public Ranking<T> build() {
            return new Ranking<>(this);
        }
    }
}
