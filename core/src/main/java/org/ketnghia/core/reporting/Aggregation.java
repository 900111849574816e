package org.ketnghia.core.reporting;

/** How an indicator's values for parts combine into the value for the whole (village → province). */
public enum Aggregation {
    /** Total of the parts (households reached, đồng spent). */
    SUM,
    /** Number of items counted in the parts. */
    COUNT,
    /** Average of the parts weighted by a denominator (e.g. average score weighted by participants). */
    WEIGHTED_AVERAGE,
    /** Smallest value of the parts. */
    MIN,
    /** Largest value of the parts. */
    MAX,
    /** Sum of numerators over sum of denominators (a rate such as completion rate). */
    RATIO_OF_SUMS
}
