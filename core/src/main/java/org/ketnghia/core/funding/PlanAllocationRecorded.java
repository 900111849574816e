package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * A planned amount (<i>kế hoạch vốn</i>) for a commune and pilot model, optionally attributed to
 * a sponsor or a funding source, against which actual money is compared. Immutable.
 */
@Value.Immutable
@JsonTypeName(PlanAllocationRecorded.TYPE)
@JsonSerialize(as = ImmutablePlanAllocationRecorded.class)
@JsonDeserialize(as = ImmutablePlanAllocationRecorded.class)
public abstract class PlanAllocationRecorded implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.plan-allocation-recorded";

    /** Unique id of the allocation. */
    public abstract String allocationId();

    /** The commune the money is planned for. */
    public abstract String communeCode();

    /** The pilot model. */
    public abstract String modelId();

    /** The sponsor expected to mobilise it, if any. */
    public abstract Optional<String> sponsorId();

    /** The funding source expected to pay it, if any. */
    public abstract Optional<String> sourceId();

    /** The planned amount; positive. */
    public abstract Money amount();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutablePlanAllocationRecorded.Builder {
    }
}
