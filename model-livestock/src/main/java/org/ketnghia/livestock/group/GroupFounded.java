package org.ketnghia.livestock.group;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * A household group was founded: its members with their category in the founding year, its
 * leader, its charter with the pass-on policy frozen as it was, and the recipient queue the policy
 * ordered. Immutable.
 */
@Value.Immutable
@JsonTypeName(GroupFounded.TYPE)
@JsonSerialize(as = ImmutableGroupFounded.class)
@JsonDeserialize(as = ImmutableGroupFounded.class)
public abstract class GroupFounded implements GroupFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.group-founded";

    /** The commune. */
    public abstract String communeCode();

    /** The leader. */
    public abstract GroupLeader leader();

    /** Each member's category in the founding year. */
    public abstract Map<String, PovertyCategory> categories();

    /** The member households in the order they receive animals (round 1 first, then pass-ons). */
    public abstract List<String> queue();

    /** The member with the deputy-secretary role. */
    public Optional<GroupMember> deputy() {
        return members().stream().filter(m -> m.role() == GroupRole.DEPUTY_SECRETARY).findFirst();
    }

    /** Whether {@code householdId} is a member (not counting the leader). */
    public boolean hasMember(String householdId) {
        return members().stream().anyMatch(m -> m.householdId().equals(householdId));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GroupFounded}. */
    public static final class Builder extends ImmutableGroupFounded.Builder {
    }
}
