package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A member was added to a household (bổ sung nhân khẩu); the member's birth year and ID number are personal data.
 * Produced by {@link AddHouseholdMember}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(HouseholdMemberAdded.TYPE)
@JsonSerialize(as = ImmutableHouseholdMemberAdded.class)
@JsonDeserialize(as = ImmutableHouseholdMemberAdded.class)
public abstract class HouseholdMemberAdded implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.household-member-added";

    HouseholdMemberAdded() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The member added. */
    public abstract HouseholdMember member();

    /** Why. */
    public abstract String reason();

    /** Builds a {@link HouseholdMemberAdded}. */
    public static final class Builder extends ImmutableHouseholdMemberAdded.Builder {
    }
}
