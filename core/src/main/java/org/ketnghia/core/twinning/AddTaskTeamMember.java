package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Adds a member to a commune's task team from {@link #occurredOn()} (<i>bổ sung thành viên</i>). Rejected when the
 * team is unknown or not the commune's; the day is before the team was formed; the person is not in the participant
 * registry or already a member; a second leader would be named.
 *
 * <p>Recorded by the system, the provincial committee, or a district office or commune committee within its scope.
 * Every rule is checked at once; a rejected command appends nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AddTaskTeamMember.TYPE)
@JsonSerialize(as = ImmutableAddTaskTeamMember.class)
@JsonDeserialize(as = ImmutableAddTaskTeamMember.class)
public abstract class AddTaskTeamMember implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.add-task-team-member";

    @Override
    public abstract Actor actor();

    /** The commune concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

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

    /** Builds a {@link AddTaskTeamMember}; obtain one with {@link AddTaskTeamMember#builder()}. */
    public static final class Builder extends ImmutableAddTaskTeamMember.Builder {
    }
}
