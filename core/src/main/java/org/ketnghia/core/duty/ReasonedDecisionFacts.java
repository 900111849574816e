package org.ketnghia.core.duty;

/** The facts of a decision that must give its reason: a return for correction, a reopening. */
public interface ReasonedDecisionFacts extends DecisionFacts {

    /** Why, in Vietnamese. */
    String reasonVi();
}
