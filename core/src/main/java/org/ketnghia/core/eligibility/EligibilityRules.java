package org.ketnghia.core.eligibility;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Building and combining {@link EligibilityRule}s: a rule from a predicate, and the combinators
 * all, any, not and at-least-n. Combined decisions keep the reasons of every rule evaluated.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /**
     * A rule met when {@code test} holds, explained by the given messages and the facts {@code
     * facts} extracts from the subject.
     */
    public static <T> EligibilityRule<T> of(String id, Class<T> type, Predicate<? super T> test, String messageVi,
            String messageEn, Function<? super T, Map<String, String>> facts) {
        requireNonNull(test, "test");
        requireNonNull(facts, "facts");
        return named(id, type, subject -> EligibilityDecision.of(
                new EligibilityReason(id, test.test(subject), messageVi, messageEn, facts.apply(subject))));
    }

    /** Met when every rule is met; priorities add up. */
    @SafeVarargs
    public static <T> EligibilityRule<T> all(String id, Class<T> type, EligibilityRule<? super T>... rules) {
        return atLeast(id, type, rules.length, rules);
    }

    /** Met when at least one rule is met; priorities add up. */
    @SafeVarargs
    public static <T> EligibilityRule<T> any(String id, Class<T> type, EligibilityRule<? super T>... rules) {
        return atLeast(id, type, Math.min(1, rules.length), rules);
    }

    /** Met when at least {@code minimum} of the rules are met; priorities add up. */
    @SafeVarargs
    public static <T> EligibilityRule<T> atLeast(String id, Class<T> type, int minimum, EligibilityRule<? super T>... rules) {
        List<EligibilityRule<? super T>> members = List.of(rules);
        return named(id, type, subject -> {
            int met = 0;
            int priority = 0;
            List<EligibilityReason> reasons = new ArrayList<>();
            for (EligibilityRule<? super T> rule : members) {
                EligibilityDecision decision = rule.evaluate(subject);
                if (decision.eligible()) {
                    met++;
                }
                priority += decision.priority();
                reasons.addAll(decision.reasons());
            }
            return new EligibilityDecision(met >= minimum, priority, reasons);
        });
    }

    /** Met when {@code rule} is not; each reason's {@code met} flag is inverted. */
    public static <T> EligibilityRule<T> not(String id, EligibilityRule<T> rule) {
        requireNonNull(rule, "rule");
        return named(id, rule.subjectType(), subject -> {
            EligibilityDecision decision = rule.evaluate(subject);
            List<EligibilityReason> inverted = decision.reasons().stream()
                    .map(r -> new EligibilityReason(r.ruleId(), !r.met(), r.messageVi(), r.messageEn(), r.facts()))
                    .toList();
            return new EligibilityDecision(!decision.eligible(), decision.priority(), inverted);
        });
    }

    /** A rule with the given id and subject type that decides with {@code evaluation}. */
    public static <T> EligibilityRule<T> named(String id, Class<T> type, Function<? super T, EligibilityDecision> evaluation) {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(evaluation, "evaluation");
        return new EligibilityRule<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Class<T> subjectType() {
                return type;
            }

            @Override
            public EligibilityDecision evaluate(T subject) {
                return evaluation.apply(subject);
            }
        };
    }
}
