package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A version of a commune's model plan was approved (<i>phê duyệt phương án</i>) on the event's date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ModelPlanApproved.TYPE)
@JsonSerialize(as = ImmutableModelPlanApproved.class)
@JsonDeserialize(as = ImmutableModelPlanApproved.class)
public abstract class ModelPlanApproved implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.model-plan-approved";

    /** The plan. */
    public abstract String planId();

    /** The version approved, from 1. */
    public abstract int version();

    /** The approving level. */
    public abstract PlanApprovalLevel level();

    /** The approval decision. */
    public abstract String decision();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelPlanApproved}; obtain one with {@link ModelPlanApproved#builder()}. */
    public static final class Builder extends ImmutableModelPlanApproved.Builder {
    }
}
