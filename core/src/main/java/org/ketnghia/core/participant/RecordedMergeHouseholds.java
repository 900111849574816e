package org.ketnghia.core.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.ledger.Actor;

/**
 * The JSON of a {@link MergeHouseholds} as it may be recorded: in its shape since 7 December 2026 ({@code
 * absorbedMembers}), or, in a command held for approval before then, with the names as the keys of a map {@code
 * relations}, in the clear. Either is read into today's command, the map's names in their recorded order; a JSON
 * giving both is refused, as is any other property. Jackson's reading form only.
 */
record RecordedMergeHouseholds(Actor actor, String unitCode, LocalDate occurredOn, String householdId,
        String absorbedHouseholdId, List<AbsorbedMember> absorbedMembers, Map<String, HouseholdRelation> relations,
        String reason) {

    /** The command, built as {@link MergeHouseholds#builder()} builds it (a required property missing fails there). */
    MergeHouseholds command() {
        if (absorbedMembers != null && relations != null) {
            throw new IllegalArgumentException("a merge gives its absorbedMembers, or (held before 7 December 2026) "
                    + "its relations, not both");
        }
        MergeHouseholds.Builder builder = MergeHouseholds.builder();
        builder.actor(actor).unitCode(unitCode).occurredOn(occurredOn).householdId(householdId)
                .absorbedHouseholdId(absorbedHouseholdId).reason(reason);
        if (absorbedMembers != null) {
            builder.addAllAbsorbedMembers(absorbedMembers);
        }
        if (relations != null) {
            relations.forEach(builder::addAbsorbedMember);
        }
        return builder.build();
    }
}
