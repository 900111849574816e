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
 * <p>Immutable and thread-safe. Per subject it allocates only the reasons and one result.
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
        List<EligibilityReason> requirementReasons = new ArrayList<>(required.size());
        List<EligibilityReason> priorityReasons = new ArrayList<>(priorities.size());
        boolean eligible = true;
        int priority = 0;
        for (EligibilityRule<? super T> rule : required) {
            EligibilityDecision decision = rule.evaluate(subject);
            eligible &= decision.eligible();
            priority += decision.priority();
            requirementReasons.addAll(decision.reasons());
        }
        for (PriorityRule<? super T> rule : priorities) {
            EligibilityReason reason = rule.evaluate(subject);
            if (reason.met()) {
                priority += rule.points();
            }
            priorityReasons.add(reason);
        }
        return new RankedSubject<>(0, subject, eligible, priority, requirementReasons, priorityReasons);
    }

    /**
     * Judges and orders every subject: eligible first, then priority descending, then tie-breaker
     * key ascending; ranks from 1. Immutable result.
     */
    public List<RankedSubject<T>> rank(Collection<? extends T> subjects) {
        requireNonNull(subjects, "subjects");
        int size = subjects.size();
        @SuppressWarnings("unchecked")
        RankedSubject<T>[] judged = new RankedSubject[size];
        Place[] order = new Place[size];
        int i = 0;
        for (T subject : subjects) {
            RankedSubject<T> judgement = evaluate(subject);
            judged[i] = judgement;
            // eligible first, then higher priority: one int that sorts ascending
            long sortKey = ((judgement.eligible() ? 0L : 1L) << 32) - judgement.priority();
            order[i] = new Place(sortKey, requireNonNull(tieBreaker.apply(subject), "tie-breaker key"), i);
            i++;
        }
        Arrays.sort(order);
        List<RankedSubject<T>> ranked = new ArrayList<>(size);
        for (int position = 0; position < size; position++) {
            RankedSubject<T> place = judged[order[position].index()];
            ranked.add(new RankedSubject<>(position + 1, place.subject(), place.eligible(), place.priority(),
                    place.requirementReasons(), place.priorityReasons()));
        }
        return Collections.unmodifiableList(ranked);
    }

    /** A subject's place in the sort: eligibility and priority packed in one key, then the tie-breaker. */
    private record Place(long sortKey, String tieBreaker, int index) implements Comparable<Place> {
        @Override
        public int compareTo(Place other) {
            int byKey = Long.compare(sortKey, other.sortKey);
            return byKey != 0 ? byKey : tieBreaker.compareTo(other.tieBreaker);
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
