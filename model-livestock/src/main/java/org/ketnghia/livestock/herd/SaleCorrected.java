package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The price or date of a recorded sale was corrected; the seller named. Immutable.
 */
@Value.Immutable
@JsonTypeName(SaleCorrected.TYPE)
@JsonSerialize(as = ImmutableSaleCorrected.class)
@JsonDeserialize(as = ImmutableSaleCorrected.class)
public abstract class SaleCorrected implements SaleCorrectionFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.sale-corrected";

    /** The seller. */
    public abstract String householdId();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SaleCorrected}. */
    public static final class Builder extends ImmutableSaleCorrected.Builder {
    }
}
