package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Corrects a recorded test score (<i>đính chính điểm</i>) of an official with the reason; the score first recorded
 * stays in the ledger and in the history of corrections.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CorrectScore.TYPE)
@JsonSerialize(as = ImmutableCorrectScore.class)
@JsonDeserialize(as = ImmutableCorrectScore.class)
public abstract class CorrectScore implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.correct-score";

    CorrectScore() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it: the class's unit. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The class. */
    public abstract String classId();

    /** The test. */
    public abstract ScoreTest test();

    /** The official. */
    public abstract String personId();

    /** The corrected score, on the class's scale. */
    public abstract int score();

    /** Why; never blank. */
    public abstract String reason();

    /** Builds a {@link CorrectScore}. */
    public static final class Builder extends ImmutableCorrectScore.Builder {
    }
}
