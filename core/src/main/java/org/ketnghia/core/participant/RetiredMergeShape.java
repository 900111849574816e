package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a merge recorded before 7 December 2026, which kept the absorbed members' names as the keys of a map {@code
 * relations} ({@code {"Alăng Văn Bốn":"PARENT"}}), in today's shape: {@code absorbedMembers}, one {@code
 * {"fullName":…,"relation":…}} per key, in the map's recorded order (<i>đọc bản ghi sáp nhập hộ theo dạng cũ</i>). The
 * participant feature reads a {@link HouseholdsMerged} of version 1 with it, and the approval feature a {@link
 * MergeHouseholds} held in an {@code approval.requested} of version 1: one conversion, public so that another
 * feature reads the retired shape as this one does without reaching into its internals. The recorded bytes are never
 * changed: it works on the copy an {@link org.ketnghia.core.ledger.EventUpcaster} is given.
 *
 * <p>Stateless and thread-safe.
 */
public final class RetiredMergeShape {

    private RetiredMergeShape() {
    }

    /**
     * Turns {@code merge}, the JSON of a merge event or command in the retired shape, into today's, in place.
     *
     * @param merge the JSON of the merge, with its {@code relations}; not null; changed in place
     * @throws IllegalArgumentException if its {@code relations} are not an object, or it gives {@code absorbedMembers}
     *     as well
     */
    public static void toAbsorbedMembers(ObjectNode merge) {
        requireNonNull(merge, "merge");
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
