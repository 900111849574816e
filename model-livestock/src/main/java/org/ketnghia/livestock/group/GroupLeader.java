package org.ketnghia.livestock.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The group leader (<i>Tổ trưởng</i>): a household that is not poor, or a person (a union member,
 * an experienced farmer the community trusts) named by {@link #personId()} with the {@link
 * #bases()} that qualify them. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupLeader.class)
@JsonDeserialize(as = ImmutableGroupLeader.class)
public abstract class GroupLeader {

    /** The leader's household, when a household leads. */
    public abstract Optional<String> householdId();

    /** The leader as a person of the participant registry, when a trusted person leads. */
    public abstract Optional<String> personId();

    /** What qualifies a person leader (besides union memberships recorded in the registry). */
    public abstract Set<LeaderBasis> bases();

    /** The leader's signed commitment reference. */
    public abstract Optional<String> commitmentReference();

    /** A household leader. */
    public static GroupLeader household(String householdId, String commitmentReference) {
        return builder().householdId(householdId).commitmentReference(commitmentReference).build();
    }

    /** A person leader. */
    public static GroupLeader person(String personId, String commitmentReference, LeaderBasis... bases) {
        return builder().personId(personId).commitmentReference(commitmentReference).addBases(bases).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GroupLeader}. */
    public static final class Builder extends ImmutableGroupLeader.Builder {
    }
}
