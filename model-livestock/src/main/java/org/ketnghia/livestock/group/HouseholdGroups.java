package org.ketnghia.livestock.group;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * The household groups recorded (<i>danh sách tổ, nhóm hộ</i>) and which group each household
 * (member or leader) belongs to. A group is shown as it stands: its founding decision with the members
 * added since ({@link GroupMembersAdded}) and the queue after the last addition; the founding decision
 * as recorded and each addition stay readable ({@link #foundingOf}, {@link #additionsTo}). Read through {@code ledger.read(HouseholdGroups.class, …)}; guarded
 * by the ledger's lock, not thread-safe on its own. Hands out immutable values.
 */
public final class HouseholdGroups implements Projection {

    private final Map<String, GroupFounded> groups = new LinkedHashMap<>();
    private final Map<String, GroupFounded> foundings = new HashMap<>();
    private final Map<String, List<GroupMembersAdded>> additions = new HashMap<>();
    private final Map<String, String> groupOfHousehold = new HashMap<>();

    /** An empty projection. */
    public HouseholdGroups() {
    }

    /** How this projection is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it. */
    public static SnapshotForm<HouseholdGroups, ?> snapshotForm() {
        // a group with members added is rebuilt through GroupFounded's generated builder: its checks shape the state
        return SnapshotForm.of(HouseholdGroupsState.class, HouseholdGroups::save, HouseholdGroups::restore)
                .covering(GroupFounded.class);
    }

    private HouseholdGroupsState save() {
        List<GroupMembersAdded> allAdditions = new ArrayList<>();
        new TreeMap<>(additions).values().forEach(allAdditions::addAll);
        List<HouseholdGroupsState.HouseholdGroup> households = new ArrayList<>();
        new TreeMap<>(groupOfHousehold).forEach((household, group) ->
                households.add(new HouseholdGroupsState.HouseholdGroup(household, group)));
        return new HouseholdGroupsState(List.copyOf(groups.values()), List.copyOf(new TreeMap<>(foundings).values()),
                allAdditions, households);
    }

    private static HouseholdGroups restore(HouseholdGroupsState state) {
        HouseholdGroups restored = new HouseholdGroups();
        state.groups().forEach(group -> restored.groups.put(group.groupId(), group));
        state.foundings().forEach(founding -> restored.foundings.put(founding.groupId(), founding));
        state.additions().forEach(added ->
                restored.additions.computeIfAbsent(added.groupId(), key -> new ArrayList<>()).add(added));
        state.groupOfHousehold().forEach(entry -> restored.groupOfHousehold.put(entry.householdId(), entry.groupId()));
        return restored;
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof GroupFounded founded) {
            groups.put(founded.groupId(), founded);
            foundings.put(founded.groupId(), founded);
            founded.members().forEach(m -> groupOfHousehold.put(m.householdId(), founded.groupId()));
            founded.leader().householdId().ifPresent(h -> groupOfHousehold.put(h, founded.groupId()));
        } else if (event.payload() instanceof GroupMembersAdded added) {
            GroupFounded current = groups.get(added.groupId());
            if (current == null) {
                return;
            }
            groups.put(added.groupId(), GroupFounded.builder().from(current).addAllMembers(added.members())
                    .putAllCategories(added.categories()).queue(added.queue()).build());
            additions.computeIfAbsent(added.groupId(), key -> new ArrayList<>()).add(added);
            added.members().forEach(m -> groupOfHousehold.put(m.householdId(), added.groupId()));
        }
    }

    /** The founding decision of {@code groupId} as recorded, without the members added since, if founded. */
    public Optional<GroupFounded> foundingOf(String groupId) {
        return Optional.ofNullable(foundings.get(requireNonNull(groupId, "groupId")));
    }

    /** The additions of members to {@code groupId}, in the order recorded; immutable, empty if none. */
    public List<GroupMembersAdded> additionsTo(String groupId) {
        return List.copyOf(additions.getOrDefault(requireNonNull(groupId, "groupId"), List.of()));
    }

    /** The group with {@code groupId} as it stands (members added since its founding included), if recorded. */
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
