package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Record pre- or post-test scores (<i>điểm kiểm tra</i>) of enrolled officials, each on the class's declared scale.
 *
 * <p>The facts are those of {@link ScoreFacts}, which the event {@link ScoresRecorded} shares.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordScores.TYPE)
@JsonSerialize(as = ImmutableRecordScores.class)
@JsonDeserialize(as = ImmutableRecordScores.class)
public abstract class RecordScores implements Command, ScoreFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "training.record-scores";

    RecordScores() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it (for a class: the class's unit). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Builds a {@link RecordScores}. */
    public static final class Builder extends ImmutableRecordScores.Builder {
    }
}
