package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A commune's task team was dissolved (<i>giải thể</i>): the event's date is the first day it no longer exists.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(TaskTeamDissolved.TYPE)
@JsonSerialize(as = ImmutableTaskTeamDissolved.class)
@JsonDeserialize(as = ImmutableTaskTeamDissolved.class)
public abstract class TaskTeamDissolved implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.task-team-dissolved";

    /** The team. */
    public abstract String teamId();

    /** The decision dissolving it. */
    public abstract String decision();

    /** Why, if given. */
    public abstract Optional<String> reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TaskTeamDissolved}; obtain one with {@link TaskTeamDissolved#builder()}. */
    public static final class Builder extends ImmutableTaskTeamDissolved.Builder {
    }
}
