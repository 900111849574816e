package org.ketnghia.livestock.group;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * Member households were added to a group after its founding: the decision, the new members with their
 * category in the decision's year, and the group's whole pass-on queue as it stands after the addition.
 * The founding event is never rewritten: {@link HouseholdGroups} shows the group with the members added.
 * Immutable.
 */
@Value.Immutable
@JsonTypeName(GroupMembersAdded.TYPE)
@JsonSerialize(as = ImmutableGroupMembersAdded.class)
@JsonDeserialize(as = ImmutableGroupMembersAdded.class)
public abstract class GroupMembersAdded implements MemberAdditionFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.group-members-added";

    /** Each new member's category in the decision's year. */
    public abstract Map<String, PovertyCategory> categories();

    /** The group's member households in the order they receive animals, after the addition. */
    public abstract List<String> queue();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GroupMembersAdded}. */
    public static final class Builder extends ImmutableGroupMembersAdded.Builder {
    }
}
