package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Record an official's new post (<i>điều động, bố trí lại</i>): a new position or work unit — in particular the new commune of an official after the reorganisation of 1 July 2025.
 *
 * <p>The facts are those of {@link ReassignmentFacts}, which the event {@link OfficialReassigned} shares.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ReassignOfficial.TYPE)
@JsonSerialize(as = ImmutableReassignOfficial.class)
@JsonDeserialize(as = ImmutableReassignOfficial.class)
public abstract class ReassignOfficial implements Command, ReassignmentFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "training.reassign-official";

    ReassignOfficial() {
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

    /** Builds a {@link ReassignOfficial}. */
    public static final class Builder extends ImmutableReassignOfficial.Builder {
    }
}
