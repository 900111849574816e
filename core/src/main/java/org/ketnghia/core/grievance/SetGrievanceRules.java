package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Sets the deadlines for complaints about the public lists of a programme (<i>quy định thời hạn giải quyết phản ánh,
 * kiến nghị</i>): how many days after receipt a complaint must be answered and closed. They apply to the complaints
 * received from {@link #occurredOn()} on, in the programme's communes; each complaint keeps the deadlines it was
 * received with. Without rules, {@link GrievanceRules#DEFAULT} applies. Rejected when the programme is unknown, the
 * days are outside 1–365, the days to close are fewer than the days to answer, or the decision is blank.
 *
 * <p>Recorded by the system or the provincial committee. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(SetGrievanceRules.TYPE)
@JsonSerialize(as = ImmutableSetGrievanceRules.class)
@JsonDeserialize(as = ImmutableSetGrievanceRules.class)
public abstract class SetGrievanceRules implements Command, GrievanceRulesFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.set-rules";

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

    /** Builds a {@link SetGrievanceRules}; obtain one with {@link SetGrievanceRules#builder()}. */
    public static final class Builder extends ImmutableSetGrievanceRules.Builder {
    }
}
