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
 * Removes a member from a commune's task team (<i>thôi làm thành viên</i>): {@link #occurredOn()} is the first day
 * they are no longer a member. Rejected when the team is unknown or not the commune's, the person is not a member,
 * or the day is before they joined.
 *
 * <p>Recorded by the system, the provincial committee, or a district office or commune committee within its scope.
 * Every rule is checked at once; a rejected command appends nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RemoveTaskTeamMember.TYPE)
@JsonSerialize(as = ImmutableRemoveTaskTeamMember.class)
@JsonDeserialize(as = ImmutableRemoveTaskTeamMember.class)
public abstract class RemoveTaskTeamMember implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.remove-task-team-member";

    @Override
    public abstract Actor actor();

    /** The commune concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The team. */
    public abstract String teamId();

    /** The member leaving. */
    public abstract String personId();

    /** Why, in Vietnamese, if given. */
    public abstract Optional<String> reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RemoveTaskTeamMember}; obtain one with {@link RemoveTaskTeamMember#builder()}. */
    public static final class Builder extends ImmutableRemoveTaskTeamMember.Builder {
    }
}
