package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A recorded test score was corrected: names the score corrected ({@link #previousScore()}) and the score in force
 * from then on.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ScoreCorrected.TYPE)
@JsonSerialize(as = ImmutableScoreCorrected.class)
@JsonDeserialize(as = ImmutableScoreCorrected.class)
public abstract class ScoreCorrected implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.score-corrected";

    ScoreCorrected() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class. */
    public abstract String classId();

    /** The test. */
    public abstract ScoreTest test();

    /** The official. */
    public abstract String personId();

    /** The score corrected: the one in force before. */
    public abstract int previousScore();

    /** The corrected score. */
    public abstract int score();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link ScoreCorrected}. */
    public static final class Builder extends ImmutableScoreCorrected.Builder {
    }
}
