package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A member left a commune's task team: the event's date is the first day they are no longer a member.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(TaskTeamMemberRemoved.TYPE)
@JsonSerialize(as = ImmutableTaskTeamMemberRemoved.class)
@JsonDeserialize(as = ImmutableTaskTeamMemberRemoved.class)
public abstract class TaskTeamMemberRemoved implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.task-team-member-removed";

    /** The team. */
    public abstract String teamId();

    /** The member leaving. */
    public abstract String personId();

    /** Why, if given. */
    public abstract Optional<String> reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TaskTeamMemberRemoved}; obtain one with {@link TaskTeamMemberRemoved#builder()}. */
    public static final class Builder extends ImmutableTaskTeamMemberRemoved.Builder {
    }
}
