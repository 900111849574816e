package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A commune's twinning task team (<i>Tổ công tác kết nghĩa</i>) was formed on the event's date; the event's unit
 * is the commune.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(TaskTeamFormed.TYPE)
@JsonSerialize(as = ImmutableTaskTeamFormed.class)
@JsonDeserialize(as = ImmutableTaskTeamFormed.class)
public abstract class TaskTeamFormed implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.task-team-formed";

    /** The team. */
    public abstract String teamId();

    /** The founding decision. */
    public abstract String decision();

    /** The first members. */
    public abstract List<TaskTeamMember> members();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TaskTeamFormed}; obtain one with {@link TaskTeamFormed#builder()}. */
    public static final class Builder extends ImmutableTaskTeamFormed.Builder {
    }
}
