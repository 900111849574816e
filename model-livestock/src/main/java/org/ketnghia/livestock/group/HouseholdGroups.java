package org.ketnghia.livestock.group;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;

/**
 * The household groups recorded (<i>danh sách tổ, nhóm hộ</i>) and which group each household
 * (member or leader) belongs to. Read through {@code ledger.read(HouseholdGroups.class, …)}; guarded
 * by the ledger's lock, not thread-safe on its own. Hands out immutable values.
 */
public final class HouseholdGroups implements Projection {

    private final Map<String, GroupFounded> groups = new LinkedHashMap<>();
    private final Map<String, String> groupOfHousehold = new HashMap<>();

    /** An empty projection. */
    public HouseholdGroups() {
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof GroupFounded founded) {
            groups.put(founded.groupId(), founded);
            founded.members().forEach(m -> groupOfHousehold.put(m.householdId(), founded.groupId()));
            founded.leader().householdId().ifPresent(h -> groupOfHousehold.put(h, founded.groupId()));
        }
    }

    /** The group with {@code groupId}, if recorded. */
    public Optional<GroupFounded> group(String groupId) {
        return Optional.ofNullable(groups.get(requireNonNull(groupId, "groupId")));
    }

    /** The group the household belongs to (as member or leader), if any. */
    public Optional<GroupFounded> groupOf(String householdId) {
        return Optional.ofNullable(groupOfHousehold.get(requireNonNull(householdId, "householdId"))).map(groups::get);
    }

    /** Every group, in the order founded; immutable. */
    public List<GroupFounded> groups() {
        return List.copyOf(groups.values());
    }

    /** The groups of a commune; immutable. */
    public List<GroupFounded> groupsIn(String communeCode) {
        List<GroupFounded> found = new ArrayList<>();
        for (GroupFounded group : groups.values()) {
            if (group.communeCode().equals(communeCode)) {
                found.add(group);
            }
        }
        return List.copyOf(found);
    }
}
