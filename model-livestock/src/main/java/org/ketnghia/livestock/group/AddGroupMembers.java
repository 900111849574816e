package org.ketnghia.livestock.group;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Adds member households to a group after it was founded, by the commune's decision (<i>bổ sung thành
 * viên tổ, nhóm hộ</i>), recorded for the group's commune {@link #unitCode()} (or its successor after the
 * 1 July 2025 reorganisation). The new members join the end of the pass-on queue unless the decision places
 * them before a household that has not received animals yet; under a charter ranking by priority they are
 * ranked among themselves. The group's rules still hold: each new household must be known, live in the
 * commune, be in no group, be poor, near-poor or newly escaped in the decision's year and have signed the
 * commitment; a new member is a plain member (the group keeps its one deputy and its one non-poor leader).
 * Refused, with every reason at once, otherwise. Immutable.
 */
@Value.Immutable
@JsonTypeName(AddGroupMembers.TYPE)
@JsonSerialize(as = ImmutableAddGroupMembers.class)
@JsonDeserialize(as = ImmutableAddGroupMembers.class)
public abstract class AddGroupMembers implements MemberAdditionFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.add-group-members";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AddGroupMembers}. */
    public static final class Builder extends ImmutableAddGroupMembers.Builder {
    }
}
