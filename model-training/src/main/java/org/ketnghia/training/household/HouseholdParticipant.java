package org.ketnghia.training.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A member of a registered household taking part in a technical class (<i>thành viên hộ tham gia tập huấn</i>): the
 * household and the member's full name as the participant registry records it. Ordered by household, then name, so
 * that an attendance list hashes the same after being read back. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdParticipant.class)
@JsonDeserialize(as = ImmutableHouseholdParticipant.class)
public abstract class HouseholdParticipant implements Comparable<HouseholdParticipant> {

    HouseholdParticipant() {
    }

    /** The household in the participant registry. */
    public abstract String householdId();

    /** The member's full name, one of the household's members. */
    public abstract String memberName();

    /** A participant. */
    public static HouseholdParticipant of(String householdId, String memberName) {
        return ImmutableHouseholdParticipant.builder().householdId(householdId).memberName(memberName).build();
    }

    @Override
    public int compareTo(HouseholdParticipant other) {
        int byHousehold = householdId().compareTo(other.householdId());
        return byHousehold != 0 ? byHousehold : memberName().compareTo(other.memberName());
    }
}
