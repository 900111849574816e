package org.ketnghia.core.eligibility;

/**
 * A rule a participant must meet (or that adds to its priority), returning a decision with every
 * reason rather than a boolean. Rules compose with {@link EligibilityRules}.
 *
 * <p>Implementations are immutable, thread-safe and fast: screening runs over a million
 * households.
 *
 * @param <T> the kind of subject the rule judges (a household, an applicant, a village)
 */
public interface EligibilityRule<T> {

    /** Stable id, namespaced by the feature or model, e.g. {@code "livestock.member-is-poor"}. */
    String id();

    /** The subject type, so that a host can select the rules that apply to what it screens. */
    Class<T> subjectType();

    /** Judges {@code subject}. */
    EligibilityDecision evaluate(T subject);
}
