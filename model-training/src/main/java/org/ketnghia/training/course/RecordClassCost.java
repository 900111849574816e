package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Record what a class cost (<i>chi phí tổ chức lớp</i>). When the ledger declares a programme whose per-class norm for the level of officials the class trains is set ({@link org.ketnghia.training.catalogue.TrainingNorms}), the class's costs with this one may not exceed it unless {@link #aboveNormJustification()} says why ({@code TRAINING_COST_ABOVE_NORM}). For a class held for a commune the money is spent from the commune's fund for model {@code training} through the core funding ledger, atomically, and refused if the fund lacks it; for a class held for a district or the province the cost is recorded without the commune fund check (that money is not managed through a commune fund).
 *
 * <p>The cost's facts are those of {@link ClassCostFacts}, which the event {@link ClassCostRecorded} shares.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordClassCost.TYPE)
@JsonSerialize(as = ImmutableRecordClassCost.class)
@JsonDeserialize(as = ImmutableRecordClassCost.class)
public abstract class RecordClassCost implements Command, ClassCostFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "training.record-class-cost";

    RecordClassCost() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it (for a class: the class's unit). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Builds a {@link RecordClassCost}. */
    public static final class Builder extends ImmutableRecordClassCost.Builder {
    }
}
