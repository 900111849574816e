package org.ketnghia.core.duty;

/** The facts of a decision on a submission by the level above, declared once for commands and events. */
public interface DecisionFacts {

    /** The submission decided on. */
    String submissionId();
}
