package org.ketnghia.core.twinning;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A commune's twinning task team (<i>Tổ công tác kết nghĩa</i>) with its members on a date (a query result of
 * {@link TaskTeamRegistry}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TaskTeam {

    /** The team's id. */
    public abstract String teamId();

    /** The commune. */
    public abstract String communeCode();

    /** The day it was formed. */
    public abstract LocalDate formedOn();

    /** The founding decision (<i>quyết định thành lập</i>). */
    public abstract String decision();

    /** The members on the date asked, in the order they joined. */
    public abstract List<TaskTeamMember> members();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TaskTeam}; obtain one with {@link TaskTeam#builder()}. */
    public static final class Builder extends ImmutableTaskTeam.Builder {
    }
}
