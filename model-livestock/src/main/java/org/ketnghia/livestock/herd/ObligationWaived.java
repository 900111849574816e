package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A pass-on obligation was waived. Immutable.
 */
@Value.Immutable
@JsonTypeName(ObligationWaived.TYPE)
@JsonSerialize(as = ImmutableObligationWaived.class)
@JsonDeserialize(as = ImmutableObligationWaived.class)
public abstract class ObligationWaived implements WaiverFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.obligation-waived";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ObligationWaived}. */
    public static final class Builder extends ImmutableObligationWaived.Builder {
    }
}
