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
 * Dissolves a commune's task team (<i>giải thể Tổ công tác kết nghĩa</i>), usually when the programme ends:
 * {@link #occurredOn()} is the first day the team no longer exists. Its members' history is kept; no member joins or
 * leaves it from that day; the commune may form a new team afterwards. Rejected when the team is unknown or not the
 * commune's, is already dissolved, the day is before it was formed or not after a member joined or left, or the
 * decision is blank. A commune forms a new team on or after the day its last one was dissolved.
 *
 * <p>Recorded by the system, the provincial committee, or a district office or commune committee within its scope.
 * Every rule is checked at once; a rejected command appends nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(DissolveTaskTeam.TYPE)
@JsonSerialize(as = ImmutableDissolveTaskTeam.class)
@JsonDeserialize(as = ImmutableDissolveTaskTeam.class)
public abstract class DissolveTaskTeam implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.dissolve-task-team";

    @Override
    public abstract Actor actor();

    /** The commune concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The team. */
    public abstract String teamId();

    /** The decision dissolving it (<i>quyết định giải thể</i>), e.g. "Quyết định số 40/QĐ-UBND". */
    public abstract String decision();

    /** Why, in Vietnamese, if given. */
    public abstract Optional<String> reasonVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DissolveTaskTeam}; obtain one with {@link DissolveTaskTeam#builder()}. */
    public static final class Builder extends ImmutableDissolveTaskTeam.Builder {
    }
}
