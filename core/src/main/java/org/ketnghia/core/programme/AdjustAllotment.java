package org.ketnghia.core.programme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records an approved adjustment of what the plan allots to a model in a district (<i>điều chỉnh kinh
 * phí</i>). Rejected when the programme is unknown, the unit does not exist, the amount is negative, or
 * the model, decision or reason is blank. Spending beyond the new allotment stays refused.
 *
 * <p>{@link #unitCode()} is the province or the district. Recorded by the system or the provincial
 * committee. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AdjustAllotment.TYPE)
@JsonSerialize(as = ImmutableAdjustAllotment.class)
@JsonDeserialize(as = ImmutableAdjustAllotment.class)
public abstract class AdjustAllotment implements Command, AllotmentAdjustmentFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "programme.adjust-allotment";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AdjustAllotment}; obtain one with {@link AdjustAllotment#builder()}. */
    public static final class Builder extends ImmutableAdjustAllotment.Builder {
    }
}
