package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Forms the commune's twinning task team (<i>thành lập Tổ công tác kết nghĩa</i>) on {@link #occurredOn()} by a
 * decision, with its first members. Rejected when the id is blank or used; the unit is not a commune on that day or
 * already has a team; the decision is blank; there is no member, a person is not in the participant registry or is
 * named twice, or there is more than one leader.
 *
 * <p>Recorded by the system, the provincial committee, or a district office or commune committee within its scope.
 * Every rule is checked at once; a rejected command appends nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(FormTaskTeam.TYPE)
@JsonSerialize(as = ImmutableFormTaskTeam.class)
@JsonDeserialize(as = ImmutableFormTaskTeam.class)
public abstract class FormTaskTeam implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.form-task-team";

    @Override
    public abstract Actor actor();

    /** The commune concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The team's id, unique in the ledger. */
    public abstract String teamId();

    /** The founding decision (<i>quyết định thành lập</i>). */
    public abstract String decision();

    /** The first members. */
    public abstract List<TaskTeamMember> members();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FormTaskTeam}; obtain one with {@link FormTaskTeam#builder()}. */
    public static final class Builder extends ImmutableFormTaskTeam.Builder {
    }
}
