package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A step of the recognition workflow was recorded.
 */
@Value.Immutable
@JsonTypeName(RecognitionStepRecorded.TYPE)
@JsonSerialize(as = ImmutableRecognitionStepRecorded.class)
@JsonDeserialize(as = ImmutableRecognitionStepRecorded.class)
public abstract class RecognitionStepRecorded implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "village.recognition-step-recorded";

    /** The village. */
    public abstract String villageCode();

    /** The step. */
    public abstract RecognitionStep step();

    /** Its document. */
    public abstract String documentReference();

    /** For an inspection, whether it failed. */
    @Value.Default
    public boolean failed() {
        return false;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecognitionStepRecorded}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecognitionStepRecorded.Builder {
    }
}
