package org.ketnghia.livestock.group.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.eligibility.RankedSubject;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdProfile;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.group.AddGroupMembers;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.GroupMembersAdded;
import org.ketnghia.livestock.group.GroupRole;
import org.ketnghia.livestock.group.GroupSelection;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.group.MemberAdditionFacts;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.internal.Communes;
import org.ketnghia.livestock.passon.QueueOrder;

/**
 * Validates {@link AddGroupMembers} with the founding rules for members and records {@link GroupMembersAdded}
 * with the queue after the addition. Thread-safe.
 */
public final class AddMembersHandler implements CommandHandler<AddGroupMembers> {

    @Override
    public Class<AddGroupMembers> commandType() {
        return AddGroupMembers.class;
    }

    @Override
    public List<EventDraft> handle(AddGroupMembers command, LedgerState state) {
        ParticipantRegistry participants = state.projection(ParticipantRegistry.class);
        HouseholdGroups groups = state.projection(HouseholdGroups.class);
        AdministrativeRegistry units = state.administrativeUnits();
        LocalDate date = command.occurredOn();
        int year = date.getYear();
        Problems problems = new Problems();

        problems.check(command.decisionReference().isBlank(), CoreErrorCode.VALUE_BLANK, "decisionReference");
        problems.check(command.members().isEmpty(), LivestockErrorCode.LIVESTOCK_GROUP_WITHOUT_MEMBERS, "members");
        Optional<GroupFounded> found = groups.group(command.groupId());
        if (found.isEmpty()) {
            problems.add(LivestockErrorCode.LIVESTOCK_UNKNOWN_GROUP, "groupId", command.groupId());
            problems.throwIfAny();
        }
        GroupFounded group = found.get();
        // the group's households live in its founding commune, which its successor records for after 2025
        String commune = group.communeCode();
        problems.check(!Communes.mayRecordFor(state, commune, command.unitCode(), date),
                LivestockErrorCode.LIVESTOCK_GROUP_OTHER_COMMUNE, "unitCode", group.groupId(), commune,
                command.unitCode());

        Set<String> seen = new HashSet<>();
        Map<String, PovertyCategory> categories = new LinkedHashMap<>();
        List<HouseholdProfile> profiles = new ArrayList<>();
        for (int i = 0; i < command.members().size(); i++) {
            GroupMember member = command.members().get(i);
            String field = "members[" + i + "]";
            String householdId = member.householdId();
            if (!seen.add(householdId) || group.hasMember(householdId)
                    || group.leader().householdId().equals(Optional.of(householdId))) {
                problems.add(LivestockErrorCode.LIVESTOCK_HOUSEHOLD_LISTED_TWICE, field + ".householdId", householdId);
                continue;
            }
            problems.check(member.role() != GroupRole.MEMBER, LivestockErrorCode.LIVESTOCK_GROUP_DEPUTY_COUNT,
                    field + ".role", 2);
            Optional<Household> household = FoundGroupHandler.checkHousehold(householdId, field + ".householdId",
                    command.unitCode(), date, participants, groups, units, problems);
            FoundGroupHandler.checkMember(member, field, household, participants, year, categories, profiles, problems);
        }
        Herd herd = state.projection(Herd.class);
        command.placedBefore().filter(before -> !group.queue().contains(before) || herd.roundOf(before).isPresent())
                .ifPresent(before -> problems.add(LivestockErrorCode.LIVESTOCK_QUEUE_PLACE_INVALID, "placedBefore",
                        before, group.groupId()));
        problems.throwIfAny();

        List<String> newcomers = group.passOnPolicy().queueOrder() == QueueOrder.PRIORITY_RANKING
                ? GroupSelection.rank(profiles).stream().map(RankedSubject::subject).map(HouseholdProfile::householdId)
                        .toList()
                : command.members().stream().map(GroupMember::householdId).toList();
        List<String> queue = new ArrayList<>(group.queue());
        int at = command.placedBefore().map(queue::indexOf).orElse(queue.size());
        queue.addAll(at, newcomers);
        return List.of(EventDraft.of(command, GroupMembersAdded.builder().from((MemberAdditionFacts) command)
                .categories(categories).queue(queue).build()));
    }
}
