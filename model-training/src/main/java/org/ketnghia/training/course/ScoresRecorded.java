package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Test scores of a class were recorded ({@link ScoreFacts}).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ScoresRecorded.TYPE)
@JsonSerialize(as = ImmutableScoresRecorded.class)
@JsonDeserialize(as = ImmutableScoresRecorded.class)
public abstract class ScoresRecorded implements LedgerEvent, ScoreFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "training.scores-recorded";

    ScoresRecorded() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScoresRecorded}. */
    public static final class Builder extends ImmutableScoresRecorded.Builder {
    }
}
