package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A step of the recognition workflow was recorded for a village: the step's {@link RecognitionStepFacts} as the
 * command gave them.
 */
@Value.Immutable
@JsonTypeName(RecognitionStepRecorded.TYPE)
@JsonSerialize(as = ImmutableRecognitionStepRecorded.class)
@JsonDeserialize(as = ImmutableRecognitionStepRecorded.class)
public abstract class RecognitionStepRecorded implements LedgerEvent, RecognitionStepFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "village.recognition-step-recorded";

    /** The village. */
    public abstract String villageCode();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecognitionStepRecorded}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecognitionStepRecorded.Builder {
    }
}
