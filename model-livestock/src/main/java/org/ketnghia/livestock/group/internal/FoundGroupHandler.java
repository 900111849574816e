package org.ketnghia.livestock.group.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.eligibility.RankedSubject;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdProfile;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.Person;
import org.ketnghia.core.participant.PovertyStatus;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.core.twinning.ModelPlanRegistry;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.group.FoundGroup;
import org.ketnghia.livestock.group.GroupFacts;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupLeader;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.GroupRole;
import org.ketnghia.livestock.group.GroupSelection;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.passon.QueueOrder;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.programme.SpeciesException;

/**
 * Validates {@link FoundGroup} against the participant registry, the groups already founded and the
 * programme's species priority, and records {@link GroupFounded}. Thread-safe.
 */
public final class FoundGroupHandler implements CommandHandler<FoundGroup> {

    private static final Set<PovertyCategory> BENEFICIARIES =
            EnumSet.of(PovertyCategory.POOR, PovertyCategory.NEAR_POOR, PovertyCategory.NEWLY_ESCAPED);

    private final LivestockProgramme programme;

    /** A handler checking species against {@code programme}. */
    public FoundGroupHandler(LivestockProgramme programme) {
        this.programme = requireNonNull(programme, "programme");
    }

    @Override
    public Class<FoundGroup> commandType() {
        return FoundGroup.class;
    }

    @Override
    public List<EventDraft> handle(FoundGroup command, LedgerState state) {
        ParticipantRegistry participants = state.projection(ParticipantRegistry.class);
        HouseholdGroups groups = state.projection(HouseholdGroups.class);
        AdministrativeRegistry units = state.administrativeUnits();
        LocalDate date = command.occurredOn();
        int year = date.getYear();
        String commune = command.unitCode();
        Problems problems = new Problems();

        problems.check(command.groupId().isBlank(), CoreErrorCode.VALUE_BLANK, "groupId");
        problems.check(groups.group(command.groupId()).isPresent(), LivestockErrorCode.LIVESTOCK_GROUP_ID_IN_USE,
                "groupId", command.groupId());
        problems.check(command.decisionReference().isBlank(), CoreErrorCode.VALUE_BLANK, "decisionReference");
        problems.check(command.charterReference().isBlank(), CoreErrorCode.VALUE_BLANK, "charterReference");
        problems.check(command.publicVoteOn().isAfter(date), LivestockErrorCode.LIVESTOCK_VOTE_AFTER_DECISION,
                "publicVoteOn", command.publicVoteOn(), date);
        Optional<String> justification = checkSpecies(command, units, problems);
        // a programme declared in the ledger: groups only in its pilot communes (or their villages, or successors)
        ProgrammeScope.of(state).ifPresent(scope -> scope.checkPilotCommune(problems, "unitCode", commune, date));
        // a commune with a model plan recorded founds groups only under an approved livestock plan
        ModelPlanRegistry.checkApprovedPlan(state, commune, LivestockModel.ID, date,
                LivestockErrorCode.LIVESTOCK_NO_APPROVED_PLAN, "unitCode", problems);

        Set<String> seen = new HashSet<>();
        Map<String, PovertyCategory> categories = new LinkedHashMap<>();
        List<HouseholdProfile> profiles = new ArrayList<>();
        problems.check(command.members().isEmpty(), LivestockErrorCode.LIVESTOCK_GROUP_WITHOUT_MEMBERS, "members");
        for (int i = 0; i < command.members().size(); i++) {
            GroupMember member = command.members().get(i);
            String field = "members[" + i + "]";
            String householdId = member.householdId();
            if (!seen.add(householdId)) {
                problems.add(LivestockErrorCode.LIVESTOCK_HOUSEHOLD_LISTED_TWICE, field + ".householdId", householdId);
                continue;
            }
            Optional<Household> household = checkHousehold(householdId, field + ".householdId", commune, date,
                    participants, groups, units, problems);
            checkMember(member, field, household, participants, year, categories, profiles, problems);
        }
        long deputies = command.members().stream().filter(m -> m.role() == GroupRole.DEPUTY_SECRETARY).count();
        problems.check(deputies != 1, LivestockErrorCode.LIVESTOCK_GROUP_DEPUTY_COUNT, "members", deputies);
        checkLeaders(command, seen, participants, groups, units, problems);
        problems.throwIfAny();

        List<String> queue = command.passOnPolicy().queueOrder() == QueueOrder.PRIORITY_RANKING
                ? GroupSelection.rank(profiles).stream().map(RankedSubject::subject).map(HouseholdProfile::householdId)
                        .toList()
                : command.members().stream().map(GroupMember::householdId).toList();
        GroupFounded founded = GroupFounded.builder().from((GroupFacts) command)
                .communeCode(commune)
                .leader(command.leaders().get(0))
                .categories(categories)
                .queue(queue)
                .speciesJustification(justification)
                .build();
        return List.of(EventDraft.of(command, founded));
    }

    private Optional<String> checkSpecies(FoundGroup command, AdministrativeRegistry units, Problems problems) {
        Optional<String> given = command.speciesJustification().filter(text -> !text.isBlank());
        Optional<DistrictPlan> district = units.ancestorAtLevel(command.unitCode(), "district", command.occurredOn())
                .map(AdministrativeUnit::code).flatMap(programme::district);
        if (district.isEmpty() || district.get().prioritySpecies() == command.species()) {
            return given;
        }
        Optional<String> recorded = programme.exception(command.unitCode(), command.species())
                .map(SpeciesException::justification);
        if (given.isEmpty() && recorded.isEmpty()) {
            problems.add(LivestockErrorCode.LIVESTOCK_SPECIES_NOT_PRIORITY, "speciesJustification",
                    district.get().districtCode(), district.get().prioritySpecies().label().vi(),
                    command.species().label().vi(), command.unitCode());
        }
        return given.or(() -> recorded);
    }

    static Optional<Household> checkHousehold(String householdId, String field, String commune, LocalDate date,
            ParticipantRegistry participants, HouseholdGroups groups, AdministrativeRegistry units, Problems problems) {
        Optional<Household> household = participants.household(householdId);
        if (household.isEmpty()) {
            problems.add(LivestockErrorCode.LIVESTOCK_HOUSEHOLD_UNKNOWN, field, householdId);
            return Optional.empty();
        }
        problems.check(!units.isWithin(household.get().villageCode(), commune, date),
                LivestockErrorCode.LIVESTOCK_HOUSEHOLD_OUTSIDE_COMMUNE, field, householdId, commune, date);
        groups.groupOf(householdId).ifPresent(other -> problems.add(LivestockErrorCode.LIVESTOCK_HOUSEHOLD_IN_OTHER_GROUP,
                field, householdId, other.groupId()));
        return household;
    }

    /**
     * A member household's signed commitment, and its poverty status in {@code year}: poor, near-poor or newly
     * escaped (a beneficiary); a beneficiary's category and profile are added to {@code categories} and {@code
     * profiles}.
     */
    static void checkMember(GroupMember member, String field, Optional<Household> household, ParticipantRegistry participants,
            int year, Map<String, PovertyCategory> categories, List<HouseholdProfile> profiles, Problems problems) {
        String householdId = member.householdId();
        problems.check(member.commitmentReference().filter(r -> !r.isBlank()).isEmpty(),
                LivestockErrorCode.LIVESTOCK_COMMITMENT_MISSING, field + ".commitmentReference", householdId);
        if (household.isPresent()) {
            Optional<PovertyStatus> status = participants.povertyStatus(householdId, year);
            if (status.isEmpty()) {
                problems.add(LivestockErrorCode.LIVESTOCK_MEMBER_WITHOUT_STATUS, field + ".householdId",
                        householdId, year);
            } else if (!BENEFICIARIES.contains(status.get().category())) {
                problems.add(LivestockErrorCode.LIVESTOCK_MEMBER_NOT_BENEFICIARY, field + ".householdId",
                        householdId, status.get().category().label().vi(), year);
            } else {
                categories.put(householdId, status.get().category());
                profiles.add(new HouseholdProfile(household.get(), year, status.get()));
            }
        }
    }

    private static void checkLeaders(FoundGroup command, Set<String> memberIds, ParticipantRegistry participants,
            HouseholdGroups groups, AdministrativeRegistry units, Problems problems) {
        if (command.leaders().isEmpty()) {
            problems.add(LivestockErrorCode.LIVESTOCK_GROUP_WITHOUT_LEADER, "leaders");
            return;
        }
        if (command.leaders().size() > 1) {
            problems.add(LivestockErrorCode.LIVESTOCK_GROUP_SEVERAL_LEADERS, "leaders", command.leaders().size());
            return;
        }
        GroupLeader leader = command.leaders().get(0);
        problems.check(leader.commitmentReference().filter(r -> !r.isBlank()).isEmpty(),
                LivestockErrorCode.LIVESTOCK_COMMITMENT_MISSING, "leaders[0].commitmentReference",
                leader.householdId().or(leader::personId).orElse("?"));
        if (leader.householdId().isPresent()) {
            String householdId = leader.householdId().get();
            if (memberIds.contains(householdId)) {
                problems.add(LivestockErrorCode.LIVESTOCK_HOUSEHOLD_LISTED_TWICE, "leaders[0].householdId", householdId);
                return;
            }
            Optional<Household> household = checkHousehold(householdId, "leaders[0].householdId", command.unitCode(),
                    command.occurredOn(), participants, groups, units, problems);
            int year = command.occurredOn().getYear();
            household.flatMap(h -> participants.povertyStatus(h.id(), year))
                    .filter(status -> status.category() == PovertyCategory.POOR)
                    .ifPresent(status -> problems.add(LivestockErrorCode.LIVESTOCK_LEADER_IS_POOR,
                            "leaders[0].householdId", householdId, status.category().label().vi(), year));
        } else if (leader.personId().isPresent()) {
            Optional<Person> person = participants.person(leader.personId().get());
            if (person.isEmpty()) {
                problems.add(LivestockErrorCode.LIVESTOCK_LEADER_UNKNOWN, "leaders[0].personId", leader.personId().get());
            } else {
                problems.check(leader.bases().isEmpty() && person.get().unions().isEmpty(),
                        LivestockErrorCode.LIVESTOCK_LEADER_NOT_TRUSTED, "leaders[0].bases", person.get().id());
            }
        } else {
            problems.add(LivestockErrorCode.LIVESTOCK_LEADER_UNKNOWN, "leaders[0]", "—");
        }
    }
}
