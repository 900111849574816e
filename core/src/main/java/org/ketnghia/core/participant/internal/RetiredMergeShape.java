package org.ketnghia.core.participant.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.ketnghia.core.ledger.EventUpcaster;
import org.ketnghia.core.participant.HouseholdsMerged;

/**
 * Reads a merge recorded before 7 December 2026, which kept the absorbed members' names as the keys of a map {@code
 * relations} ({@code {"Alăng Văn Bốn":"PARENT"}}), in today's shape: {@code absorbedMembers}, one {@code
 * {"fullName":…,"relation":…}} per key, in the map's recorded order. So are read a {@code participant.households-merged}
 * of version 1 and a {@code participant.merge-households} held in an {@code approval.requested} of version 1 (see the
 * approval feature). The recorded bytes are never changed.
 */
public final class RetiredMergeShape {

    private RetiredMergeShape() {
    }

    /** The upcaster of {@code participant.households-merged} from version 1 to 2. */
    static EventUpcaster householdsMergedFromVersion1() {
        return EventUpcaster.nextVersion(HouseholdsMerged.TYPE, 1, RetiredMergeShape::toAbsorbedMembers);
    }

    /**
     * Turns {@code merge}, the JSON of a merge event or command in the retired shape, into today's, in place.
     *
     * @throws IllegalArgumentException if its {@code relations} are not an object, or it gives {@code absorbedMembers}
     *     as well
     */
    public static void toAbsorbedMembers(ObjectNode merge) {
        JsonNode relations = merge.remove("relations");
        if (relations == null || !relations.isObject()) {
            throw new IllegalArgumentException("a merge recorded before 7 December 2026 has its relations as an object, "
                    + "not " + relations);
        }
        if (merge.has("absorbedMembers")) {
            throw new IllegalArgumentException("a merge gives its absorbedMembers, or (recorded before 7 December 2026) "
                    + "its relations, not both");
        }
        ArrayNode members = JsonNodeFactory.instance.arrayNode(relations.size());
        for (Iterator<Map.Entry<String, JsonNode>> entries = relations.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            members.addObject().put("fullName", entry.getKey()).set("relation", entry.getValue());
        }
        merge.set("absorbedMembers", members);
    }
}
