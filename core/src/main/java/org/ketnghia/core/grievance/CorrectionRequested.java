package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A correction was requested for a complaint (<i>đã yêu cầu điều chỉnh</i>).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CorrectionRequested.TYPE)
@JsonSerialize(as = ImmutableCorrectionRequested.class)
@JsonDeserialize(as = ImmutableCorrectionRequested.class)
public abstract class CorrectionRequested implements LedgerEvent, CorrectionRequestFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.correction-requested";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CorrectionRequested}; obtain one with {@link CorrectionRequested#builder()}. */
    public static final class Builder extends ImmutableCorrectionRequested.Builder {
    }
}
