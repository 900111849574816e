package org.ketnghia.core.eligibility;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A priority criterion for ranking applicants (tiêu chí ưu tiên): when it applies to a subject it
 * awards {@link #points()} and says why — e.g. "hộ đồng bào dân tộc thiểu số: +2". It never makes a
 * subject ineligible; required conditions are {@link EligibilityRule}s. {@link Ranking} combines
 * both.
 *
 * <p>Implementations are immutable, thread-safe and fast (a million subjects per screening): beyond
 * the reason they should allocate nothing per subject.
 *
 * @param <T> the kind of subject judged
 */
public interface PriorityRule<T> {

    /** Stable id, namespaced by the feature or model, e.g. {@code "participant.ethnic-minority"}. */
    String id();

    /** The subject type. */
    Class<T> subjectType();

    /** The points awarded when the rule applies (may be negative for a penalty). */
    int points();

    /**
     * Judges {@code subject}: a reason whose {@link EligibilityReason#met()} says whether the rule
     * applies (then {@link #points()} are awarded), with the facts used. Never null.
     */
    EligibilityReason evaluate(T subject);

    /**
     * A rule awarding {@code points} when {@code applies} holds, explained by the given messages and
     * the facts {@code facts} extracts from the subject.
     */
    static <T> PriorityRule<T> of(String id, Class<T> type, int points, Predicate<? super T> applies, String messageVi,
            String messageEn, Function<? super T, Map<String, String>> facts) {
        requireNonNull(applies, "applies");
        requireNonNull(messageVi, "messageVi");
        requireNonNull(messageEn, "messageEn");
        requireNonNull(facts, "facts");
        return reasoned(id, type, points,
                subject -> new EligibilityReason(id, applies.test(subject), messageVi, messageEn, facts.apply(subject)));
    }

    /**
     * A rule worth {@code points} whose reason (and so whether it applies) {@code evaluation} gives;
     * for rules that build or cache their reasons themselves.
     */
    static <T> PriorityRule<T> reasoned(String id, Class<T> type, int points,
            Function<? super T, EligibilityReason> evaluation) {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(evaluation, "evaluation");
        return new PriorityRule<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Class<T> subjectType() {
                return type;
            }

            @Override
            public int points() {
                return points;
            }

            @Override
            public EligibilityReason evaluate(T subject) {
                return evaluation.apply(subject);
            }
        };
    }

    /**
     * This rule as an {@link EligibilityRule} that is always met and carries the points as its
     * priority when it applies, so it composes with {@link EligibilityRules}.
     */
    default EligibilityRule<T> asEligibilityRule() {
        PriorityRule<T> self = this;
        return new EligibilityRule<>() {
            @Override
            public String id() {
                return self.id();
            }

            @Override
            public Class<T> subjectType() {
                return self.subjectType();
            }

            @Override
            public EligibilityDecision evaluate(T subject) {
                EligibilityReason reason = self.evaluate(subject);
                return new EligibilityDecision(true, reason.met() ? self.points() : 0, List.of(reason));
            }
        };
    }
}
