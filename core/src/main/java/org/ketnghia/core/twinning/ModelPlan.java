package org.ketnghia.core.twinning;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of a commune's model plan (<i>phương án</i>) with its approval, if any (a query result of {@link
 * ModelPlanRegistry}). Version 1 is the plan as recorded, each amendment adds one. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ModelPlan {

    /** The plan's id. */
    public abstract String planId();

    /** The commune. */
    public abstract String communeCode();

    /** The version, from 1. */
    public abstract int version();

    /** What this version foresees. */
    public abstract ModelPlanScope scope();

    /** The day this version was recorded or amended. */
    public abstract LocalDate recordedOn();

    /** The day this version was approved, if it was. */
    public abstract Optional<LocalDate> approvedOn();

    /** Who approved it, if it was. */
    public abstract Optional<PlanApprovalLevel> approvedBy();

    /** The approval decision, if approved. */
    public abstract Optional<String> approvalDecision();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelPlan}; obtain one with {@link ModelPlan#builder()}. */
    public static final class Builder extends ImmutableModelPlan.Builder {
    }
}
