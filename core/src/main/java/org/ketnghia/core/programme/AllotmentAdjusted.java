package org.ketnghia.core.programme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * What the plan allots to a model in a district was changed by an approved adjustment (<i>điều chỉnh
 * kinh phí được phê duyệt</i>); {@link #amount()} is the new allotment.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AllotmentAdjusted.TYPE)
@JsonSerialize(as = ImmutableAllotmentAdjusted.class)
@JsonDeserialize(as = ImmutableAllotmentAdjusted.class)
public abstract class AllotmentAdjusted implements LedgerEvent, AllotmentAdjustmentFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "programme.allotment-adjusted";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AllotmentAdjusted}; obtain one with {@link AllotmentAdjusted#builder()}. */
    public static final class Builder extends ImmutableAllotmentAdjusted.Builder {
    }
}
