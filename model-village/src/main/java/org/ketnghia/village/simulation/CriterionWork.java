package org.ketnghia.village.simulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;

/**
 * The work left on one criterion of a village, for planning: the gap in points (e.g. percentage
 * points of roads still to harden; 0 when already met), how many points a month the village closes
 * when the work is fully funded, how much that varies from month to month (0 = not at all, 1 =
 * anywhere from nothing to double), and what one point costs. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterionWork.class)
@JsonDeserialize(as = ImmutableCriterionWork.class)
public abstract class CriterionWork {

    /** The criterion of the set. */
    public abstract String criterionId();

    /** Points still to close; 0 when met. */
    public abstract double gap();

    /** Points a month when fully funded; greater than 0. */
    public abstract double improvementPerMonth();

    /** Month-to-month variability, 0–1. */
    @Value.Default
    public double variability() {
        return 0;
    }

    /** Cost of one point in đồng; zero for work that needs no money (e.g. a security team). */
    public abstract Money costPerPoint();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CriterionWork}. */
    public static final class Builder extends ImmutableCriterionWork.Builder {
    }
}
