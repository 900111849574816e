package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Move a household to another village (chuyển nơi ở); the village must exist on the date and lie within
 * the recording unit (a move to another commune is recorded by a unit containing both).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(MoveHousehold.TYPE)
@JsonSerialize(as = ImmutableMoveHousehold.class)
@JsonDeserialize(as = ImmutableMoveHousehold.class)
public abstract class MoveHousehold implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.move-household";

    MoveHousehold() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it: the household's commune, or a unit containing it. */
    @Override
    public abstract String unitCode();

    /** The date the change took effect (a correction: the date it was established). */
    @Override
    public abstract LocalDate occurredOn();

    /** The household. */
    public abstract String householdId();

    /** The village the household moves to. */
    public abstract String villageCode();

    /** Why, e.g. the decision or the request it comes from; never blank. */
    public abstract String reason();

    /** Builds a {@link MoveHousehold}. */
    public static final class Builder extends ImmutableMoveHousehold.Builder {
    }
}
