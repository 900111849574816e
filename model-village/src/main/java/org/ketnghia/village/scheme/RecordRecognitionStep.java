package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records a step of the recognition workflow of the village {@link #unitCode()}: self-assessment, commune proposal,
 * inspection (passed or failed) or dossier; the step's facts are those of {@link RecognitionStepFacts}.
 *
 * <p>Steps follow one another, in order and in time: each only from the stage the previous one left the
 * village in, and never dated before the day it reached that stage; the self-assessment, not before the
 * latest measurement either.
 */
@Value.Immutable
@JsonTypeName(RecordRecognitionStep.TYPE)
@JsonSerialize(as = ImmutableRecordRecognitionStep.class)
@JsonDeserialize(as = ImmutableRecordRecognitionStep.class)
public abstract class RecordRecognitionStep implements Command, RecognitionStepFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "village.record-recognition-step";

    @Override
    public abstract Actor actor();

    /** The village concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordRecognitionStep}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordRecognitionStep.Builder {
    }
}
