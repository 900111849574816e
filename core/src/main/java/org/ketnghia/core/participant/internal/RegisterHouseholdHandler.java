package org.ketnghia.core.participant.internal;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.ethnicity.EthnicGroup;
import org.ketnghia.core.participant.ethnicity.EthnicGroupCatalogue;

/** Validates {@link RegisterHousehold} and records {@link HouseholdRegistered}. */
public final class RegisterHouseholdHandler implements CommandHandler<RegisterHousehold> {

    private final EthnicGroupCatalogue ethnicGroups;

    RegisterHouseholdHandler(EthnicGroupCatalogue ethnicGroups) {
        this.ethnicGroups = ethnicGroups;
    }

    @Override
    public Class<RegisterHousehold> commandType() {
        return RegisterHousehold.class;
    }

    @Override
    public List<EventDraft> handle(RegisterHousehold command, LedgerState state) {
        ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
        Problems problems = new Problems();
        if (!ParticipantChecks.blank(problems, command.householdId(), "householdId")) {
            problems.check(registry.hasHousehold(command.householdId()),
                    ParticipantRegistryErrorCode.PARTICIPANT_DUPLICATE_ID, "householdId", command.householdId());
        }
        ParticipantChecks.village(problems, state.administrativeUnits(), command.villageCode(), command.unitCode(),
                command.occurredOn(), "villageCode");
        Optional<EthnicGroup> ethnicity = ParticipantChecks.ethnicity(problems, ethnicGroups, command.ethnicity(),
                "ethnicity");
        checkMembers(command, problems);
        problems.throwIfAny();
        Household household = Household.builder()
                .id(command.householdId().strip())
                .villageCode(command.villageCode())
                .ethnicityCode(ethnicity.orElseThrow().code())
                .members(command.members())
                .registeredOn(command.occurredOn())
                .build();
        return List.of(EventDraft.of(command, HouseholdRegistered.builder().household(household).build()));
    }

    private static void checkMembers(RegisterHousehold command, Problems problems) {
        List<HouseholdMember> members = command.members();
        if (problems.check(members.isEmpty(), ParticipantRegistryErrorCode.PARTICIPANT_NO_MEMBERS, "members")) {
            return;
        }
        int heads = 0;
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember member = members.get(i);
            if (ParticipantChecks.isBlank(member.fullName())
                    || !ParticipantChecks.birthYearInRange(member.birthYear(), command.occurredOn())
                    || !ParticipantChecks.idNumberWellFormed(member.idNumber())) {
                // the fields are named only for a member with a problem
                String field = "members[" + i + "]";
                ParticipantChecks.blank(problems, member.fullName(), field + ".fullName");
                ParticipantChecks.birthYear(problems, member.birthYear(), command.occurredOn(), field + ".birthYear");
                ParticipantChecks.idNumber(problems, member.idNumber(), field + ".idNumber");
            }
            if (member.relation() == HouseholdRelation.HEAD) {
                heads++;
            }
        }
        problems.check(heads == 0, ParticipantRegistryErrorCode.PARTICIPANT_HEAD_MISSING, "members");
        problems.check(heads > 1, ParticipantRegistryErrorCode.PARTICIPANT_MULTIPLE_HEADS, "members", heads);
    }
}
