package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records a commune's plan for one pilot model (<i>phương án</i>) as drafted, before its approval. Rejected when the
 * id is blank or used; the unit is not a commune on that day; the model id, the summary, a group or call id is blank;
 * a group, call or village is named twice; a village is unknown or not within the commune on that day.
 *
 * <p>Recorded by the system, the provincial committee, or a district office or commune committee within its scope.
 * Every rule is checked at once; a rejected command appends nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordModelPlan.TYPE)
@JsonSerialize(as = ImmutableRecordModelPlan.class)
@JsonDeserialize(as = ImmutableRecordModelPlan.class)
public abstract class RecordModelPlan implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.record-model-plan";

    @Override
    public abstract Actor actor();

    /** The commune concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The plan's id, unique in the ledger. */
    public abstract String planId();

    /** What it foresees. */
    public abstract ModelPlanScope scope();

    /** The document's reference, if any. */
    public abstract Optional<String> documentReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordModelPlan}; obtain one with {@link RecordModelPlan#builder()}. */
    public static final class Builder extends ImmutableRecordModelPlan.Builder {
    }
}
