package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A commune's model plan (<i>phương án</i>) was recorded as drafted (version 1) on the event's date; the event's
 * unit is the commune.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ModelPlanRecorded.TYPE)
@JsonSerialize(as = ImmutableModelPlanRecorded.class)
@JsonDeserialize(as = ImmutableModelPlanRecorded.class)
public abstract class ModelPlanRecorded implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.model-plan-recorded";

    /** The plan. */
    public abstract String planId();

    /** What it foresees. */
    public abstract ModelPlanScope scope();

    /** The document's reference, if any. */
    public abstract Optional<String> documentReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelPlanRecorded}; obtain one with {@link ModelPlanRecorded#builder()}. */
    public static final class Builder extends ImmutableModelPlanRecorded.Builder {
    }
}
