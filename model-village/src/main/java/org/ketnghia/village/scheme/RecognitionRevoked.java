package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A village's recognition was revoked.
 */
@Value.Immutable
@JsonTypeName(RecognitionRevoked.TYPE)
@JsonSerialize(as = ImmutableRecognitionRevoked.class)
@JsonDeserialize(as = ImmutableRecognitionRevoked.class)
public abstract class RecognitionRevoked implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "village.recognition-revoked";

    /** The village. */
    public abstract String villageCode();

    /** The revoking decision. */
    public abstract String decisionNumber();

    /** The recognition revoked. */
    public abstract String revokedDecisionNumber();

    /** Why. */
    public abstract String reason();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecognitionRevoked}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecognitionRevoked.Builder {
    }
}
