package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A member left a household (xóa nhân khẩu); the household's history keeps them.
 * Produced by {@link RemoveHouseholdMember}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdMemberRemoved.TYPE)
@JsonSerialize(as = ImmutableHouseholdMemberRemoved.class)
@JsonDeserialize(as = ImmutableHouseholdMemberRemoved.class)
public abstract class HouseholdMemberRemoved implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.household-member-removed";

    HouseholdMemberRemoved() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The member's full name. */
    public abstract String memberName();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link HouseholdMemberRemoved}. */
    public static final class Builder extends ImmutableHouseholdMemberRemoved.Builder {
    }
}
