package org.ketnghia.livestock.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member household of a group as the founding decision lists it, with the reference of the
 * commitment it signed (<i>bản cam kết</i>). Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupMember.class)
@JsonDeserialize(as = ImmutableGroupMember.class)
public abstract class GroupMember {

    /** The household (an id of the core participant registry). */
    public abstract String householdId();

    /** Its role. */
    @Value.Default
    public GroupRole role() {
        return GroupRole.MEMBER;
    }

    /** The signed commitment's reference; empty if not signed (then the group is refused). */
    public abstract Optional<String> commitmentReference();

    /** A member with a signed commitment. */
    public static GroupMember of(String householdId, GroupRole role, String commitmentReference) {
        return builder().householdId(householdId).role(role).commitmentReference(commitmentReference).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GroupMember}. */
    public static final class Builder extends ImmutableGroupMember.Builder {
    }
}
