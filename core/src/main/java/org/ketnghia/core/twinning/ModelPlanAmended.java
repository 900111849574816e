package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A commune's model plan was amended (<i>điều chỉnh phương án</i>): a new version awaiting approval.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ModelPlanAmended.TYPE)
@JsonSerialize(as = ImmutableModelPlanAmended.class)
@JsonDeserialize(as = ImmutableModelPlanAmended.class)
public abstract class ModelPlanAmended implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.model-plan-amended";

    /** The plan. */
    public abstract String planId();

    /** The amended scope. */
    public abstract ModelPlanScope scope();

    /** Why. */
    public abstract String reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelPlanAmended}; obtain one with {@link ModelPlanAmended#builder()}. */
    public static final class Builder extends ImmutableModelPlanAmended.Builder {
    }
}
