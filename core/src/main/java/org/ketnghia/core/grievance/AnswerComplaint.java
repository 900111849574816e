package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records the answer given to the person who raised a complaint (<i>trả lời người phản ánh</i>), by the body that
 * handled it. A late answer is recorded all the same; {@link GrievanceRegister#overdueOn} shows it was late. Rejected
 * when the complaint is unknown, closed, not assigned or already answered, the unit is not its commune, the date is
 * before the previous step, or the answer is blank.
 *
 * <p>Recorded by the system, the provincial committee, a district office or the commune committee within its scope.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AnswerComplaint.TYPE)
@JsonSerialize(as = ImmutableAnswerComplaint.class)
@JsonDeserialize(as = ImmutableAnswerComplaint.class)
public abstract class AnswerComplaint implements Command, AnswerFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.answer-complaint";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AnswerComplaint}; obtain one with {@link AnswerComplaint#builder()}. */
    public static final class Builder extends ImmutableAnswerComplaint.Builder {
    }
}
