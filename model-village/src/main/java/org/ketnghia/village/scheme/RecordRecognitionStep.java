package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records a step of the recognition workflow of the village {@link #unitCode()}: self-assessment, commune proposal, inspection (passed or failed) or dossier.
 */
@Value.Immutable
@JsonTypeName(RecordRecognitionStep.TYPE)
@JsonSerialize(as = ImmutableRecordRecognitionStep.class)
@JsonDeserialize(as = ImmutableRecordRecognitionStep.class)
public abstract class RecordRecognitionStep implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "village.record-recognition-step";

    @Override
    public abstract Actor actor();

    /** The village concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The step. */
    public abstract RecognitionStep step();

    /** The document of the step (minutes, proposal, inspection report, dossier). */
    public abstract String documentReference();

    /** For an inspection: true when it found the village not up to standard. */
    @Value.Default
    public boolean failed() {
        return false;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordRecognitionStep}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordRecognitionStep.Builder {
    }
}
