package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/**
 * Records a planned amount (<i>kế hoạch vốn</i>) for the commune {@link #unitCode()} and a pilot
 * model, optionally attributed to a sponsor ({@link #sponsorId()}) or a source.
 */
@Value.Immutable
@JsonTypeName(RecordPlanAllocation.TYPE)
@JsonSerialize(as = ImmutableRecordPlanAllocation.class)
@JsonDeserialize(as = ImmutableRecordPlanAllocation.class)
public abstract class RecordPlanAllocation implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.record-plan-allocation";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The sponsor expected to mobilise the money, if any. */
    @Override
    public abstract Optional<String> sponsorId();

    /** Unique id of the allocation. */
    public abstract String allocationId();

    /** The pilot model. */
    public abstract String modelId();

    /** The funding source expected to pay, if any. */
    public abstract Optional<String> sourceId();

    /** The planned amount; must be positive. */
    public abstract Money amount();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordPlanAllocation.Builder {
    }
}
