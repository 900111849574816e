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
 * Reads a {@code participant.households-merged} recorded at version 1, which kept the absorbed members' names as the
 * keys of a map {@code relations} ({@code {"Alăng Văn Bốn":"PARENT"}}), as version 2: {@code absorbedMembers}, one
 * {@code {"fullName":…,"relation":…}} per key, in the map's recorded order. The recorded bytes are never changed.
 */
final class HouseholdsMergedUpcaster {

    private HouseholdsMergedUpcaster() {
    }

    /** The upcaster from version 1 to 2. */
    static EventUpcaster fromVersion1() {
        return EventUpcaster.nextVersion(HouseholdsMerged.TYPE, 1, HouseholdsMergedUpcaster::toVersion2);
    }

    private static void toVersion2(ObjectNode payload) {
        JsonNode relations = payload.remove("relations");
        if (relations == null || !relations.isObject()) {
            throw new IllegalArgumentException("a merge of version 1 has its relations as an object, not " + relations);
        }
        ArrayNode members = JsonNodeFactory.instance.arrayNode(relations.size());
        for (Iterator<Map.Entry<String, JsonNode>> entries = relations.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            members.addObject().put("fullName", entry.getKey()).set("relation", entry.getValue());
        }
        payload.set("absorbedMembers", members);
    }
}
