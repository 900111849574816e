package org.ketnghia.livestock.group;

import java.util.List;

/**
 * The whole state of {@link HouseholdGroups} as its snapshot saves it: the groups as they stand in the order
 * founded, the founding decisions and the additions of each group (groups sorted by id, additions in the order
 * recorded), and each household's group sorted by household.
 */
record HouseholdGroupsState(List<GroupFounded> groups, List<GroupFounded> foundings,
        List<GroupMembersAdded> additions, List<HouseholdGroup> groupOfHousehold) {

    /** Copies every list. */
    HouseholdGroupsState {
        groups = List.copyOf(groups);
        foundings = List.copyOf(foundings);
        additions = List.copyOf(additions);
        groupOfHousehold = List.copyOf(groupOfHousehold);
    }

    /** The group a household belongs to. */
    record HouseholdGroup(String householdId, String groupId) {
    }
}
