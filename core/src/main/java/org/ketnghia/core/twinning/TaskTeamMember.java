package org.ketnghia.core.twinning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A member of a commune's twinning task team (<i>thành viên Tổ công tác kết nghĩa</i>): a person of the participant
 * registry and their role in the team.
 *
 * <p>JSON: {@code {"personId": "P-1", "role": "leader"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskTeamMember.class)
@JsonDeserialize(as = ImmutableTaskTeamMember.class)
public abstract class TaskTeamMember {

    /** The person's id in the participant registry. */
    public abstract String personId();

    /** The role in the team. */
    public abstract TaskTeamRole role();

    /** A member. */
    public static TaskTeamMember of(String personId, TaskTeamRole role) {
        return builder().personId(personId).role(role).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TaskTeamMember}; obtain one with {@link TaskTeamMember#builder()}. */
    public static final class Builder extends ImmutableTaskTeamMember.Builder {
    }
}
