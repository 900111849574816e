package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A member joined a commune's task team on the event's date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(TaskTeamMemberAdded.TYPE)
@JsonSerialize(as = ImmutableTaskTeamMemberAdded.class)
@JsonDeserialize(as = ImmutableTaskTeamMemberAdded.class)
public abstract class TaskTeamMemberAdded implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.task-team-member-added";

    /** The team. */
    public abstract String teamId();

    /** The new member. */
    public abstract TaskTeamMember member();

    /** The decision, if any. */
    public abstract Optional<String> decision();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TaskTeamMemberAdded}; obtain one with {@link TaskTeamMemberAdded#builder()}. */
    public static final class Builder extends ImmutableTaskTeamMemberAdded.Builder {
    }
}
