package org.ketnghia.core.participant.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.AbsorbedMember;
import org.ketnghia.core.participant.AddHouseholdMember;
import org.ketnghia.core.participant.ChangeHouseholdHead;
import org.ketnghia.core.participant.CorrectHouseholdEthnicity;
import org.ketnghia.core.participant.CorrectMemberBirthYear;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdChange;
import org.ketnghia.core.participant.HouseholdEthnicityCorrected;
import org.ketnghia.core.participant.HouseholdHeadChanged;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdMemberAdded;
import org.ketnghia.core.participant.HouseholdMemberRemoved;
import org.ketnghia.core.participant.HouseholdMoved;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.HouseholdSplit;
import org.ketnghia.core.participant.HouseholdsMerged;
import org.ketnghia.core.participant.MemberBirthYearCorrected;
import org.ketnghia.core.participant.MergeHouseholds;
import org.ketnghia.core.participant.MoveHousehold;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.participant.RemoveHouseholdMember;
import org.ketnghia.core.participant.SplitHousehold;
import org.ketnghia.core.participant.ethnicity.EthnicGroup;
import org.ketnghia.core.participant.ethnicity.EthnicGroupCatalogue;

/** The handlers of the household changes and corrections; each reports every problem at once. */
final class HouseholdChangeHandlers {

    private HouseholdChangeHandlers() {
    }

    static List<CommandHandler<?>> all(EthnicGroupCatalogue ethnicGroups) {
        return List.of(
                handler(AddHouseholdMember.class, AddHouseholdMember::householdId, AddHouseholdMember::reason, (command, state, household, problems) -> {
                    HouseholdMember member = command.member();
                    ParticipantChecks.blank(problems, member.fullName(), "member.fullName");
                    ParticipantChecks.birthYear(problems, member.birthYear(), command.occurredOn(), "member.birthYear");
                    ParticipantChecks.idNumber(problems, member.idNumber(), "member.idNumber");
                    problems.check(member.relation() == HouseholdRelation.HEAD,
                            ParticipantRegistryErrorCode.PARTICIPANT_HEAD_RELATION_NOT_ALLOWED, "member.relation");
                    household.ifPresent(found -> problems.check(count(found, member.fullName()) > 0,
                            ParticipantRegistryErrorCode.PARTICIPANT_MEMBER_EXISTS, "member.fullName", found.id(),
                            member.fullName()));
                    return HouseholdMemberAdded.builder().householdId(command.householdId()).member(member)
                            .reason(command.reason()).build();
                }),
                handler(RemoveHouseholdMember.class, RemoveHouseholdMember::householdId, RemoveHouseholdMember::reason, (command, state, household, problems) -> {
                    household.flatMap(found -> member(problems, found, command.memberName(), "memberName"))
                            .ifPresent(member -> {
                                problems.check(member.relation() == HouseholdRelation.HEAD,
                                        ParticipantRegistryErrorCode.PARTICIPANT_HEAD_MUST_STAY, "memberName",
                                        command.householdId(), member.fullName());
                            });
                    return HouseholdMemberRemoved.builder().householdId(command.householdId())
                            .memberName(command.memberName()).reason(command.reason()).build();
                }),
                handler(ChangeHouseholdHead.class, ChangeHouseholdHead::householdId, ChangeHouseholdHead::reason, (command, state, household, problems) -> {
                    household.flatMap(found -> member(problems, found, command.newHeadName(), "newHeadName"))
                            .ifPresent(member -> problems.check(member.relation() == HouseholdRelation.HEAD,
                                    ParticipantRegistryErrorCode.PARTICIPANT_ALREADY_HEAD, "newHeadName",
                                    command.householdId(), member.fullName()));
                    problems.check(command.formerHeadRelation() == HouseholdRelation.HEAD,
                            ParticipantRegistryErrorCode.PARTICIPANT_HEAD_RELATION_NOT_ALLOWED, "formerHeadRelation");
                    return HouseholdHeadChanged.builder().householdId(command.householdId())
                            .newHeadName(command.newHeadName()).formerHeadRelation(command.formerHeadRelation())
                            .reason(command.reason()).build();
                }),
                handler(MoveHousehold.class, MoveHousehold::householdId, MoveHousehold::reason, (command, state, household, problems) -> {
                    ParticipantChecks.village(problems, state.administrativeUnits(), command.villageCode(),
                            command.unitCode(), command.occurredOn(), "villageCode");
                    household.ifPresent(found -> problems.check(found.villageCode().equals(command.villageCode()),
                            ParticipantRegistryErrorCode.PARTICIPANT_SAME_VILLAGE, "villageCode", found.id(),
                            command.villageCode()));
                    return HouseholdMoved.builder().householdId(command.householdId())
                            .fromVillageCode(household.map(Household::villageCode).orElse(""))
                            .villageCode(command.villageCode()).reason(command.reason()).build();
                }),
                handler(SplitHousehold.class, SplitHousehold::householdId, SplitHousehold::reason, HouseholdChangeHandlers::split),
                handler(MergeHouseholds.class, MergeHouseholds::householdId, MergeHouseholds::reason, HouseholdChangeHandlers::merge),
                handler(CorrectHouseholdEthnicity.class, CorrectHouseholdEthnicity::householdId, CorrectHouseholdEthnicity::reason, (command, state, household, problems) -> {
                    Optional<EthnicGroup> group = ParticipantChecks.ethnicity(problems, ethnicGroups, command.ethnicity(),
                            "ethnicity");
                    if (group.isPresent() && household.isPresent()) {
                        problems.check(group.get().code().equals(household.get().ethnicityCode()),
                                ParticipantRegistryErrorCode.PARTICIPANT_NOTHING_TO_CORRECT, "ethnicity",
                                command.householdId());
                    }
                    return HouseholdEthnicityCorrected.builder().householdId(command.householdId())
                            .ethnicityCode(group.map(EthnicGroup::code).orElse("")).reason(command.reason()).build();
                }),
                handler(CorrectMemberBirthYear.class, CorrectMemberBirthYear::householdId, CorrectMemberBirthYear::reason, (command, state, household, problems) -> {
                    ParticipantChecks.birthYear(problems, command.birthYear(), command.occurredOn(), "birthYear");
                    household.flatMap(found -> member(problems, found, command.memberName(), "memberName"))
                            .ifPresent(member -> problems.check(member.birthYear() == command.birthYear(),
                                    ParticipantRegistryErrorCode.PARTICIPANT_NOTHING_TO_CORRECT, "birthYear",
                                    command.householdId()));
                    return MemberBirthYearCorrected.builder().householdId(command.householdId())
                            .memberName(command.memberName()).birthYear(command.birthYear()).reason(command.reason())
                            .build();
                }));
    }

    private static LedgerEvent split(SplitHousehold command, LedgerState state, Optional<Household> household,
            Problems problems) {
        ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
        if (!ParticipantChecks.blank(problems, command.newHouseholdId(), "newHouseholdId")) {
            problems.check(registry.hasHousehold(command.newHouseholdId()),
                    ParticipantRegistryErrorCode.PARTICIPANT_DUPLICATE_ID, "newHouseholdId", command.newHouseholdId());
        }
        command.villageCode().ifPresent(village -> ParticipantChecks.village(problems, state.administrativeUnits(),
                village, command.unitCode(), command.occurredOn(), "villageCode"));
        problems.check(command.memberNames().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "memberNames");
        problems.check(!command.memberNames().contains(command.newHeadName()),
                ParticipantRegistryErrorCode.PARTICIPANT_NEW_HEAD_NOT_LEAVING, "newHeadName", command.newHeadName());
        if (household.isPresent()) {
            Household found = household.get();
            for (int i = 0; i < command.memberNames().size(); i++) {
                String field = "memberNames[" + i + "]";
                member(problems, found, command.memberNames().get(i), field).ifPresent(member -> problems.check(
                        member.relation() == HouseholdRelation.HEAD, ParticipantRegistryErrorCode.PARTICIPANT_HEAD_MUST_STAY,
                        field, found.id(), member.fullName()));
            }
            problems.check(!command.memberNames().isEmpty()
                            && new HashSet<>(command.memberNames()).size() >= found.members().size(),
                    ParticipantRegistryErrorCode.PARTICIPANT_NO_MEMBER_LEFT, "memberNames", found.id());
        }
        return HouseholdSplit.builder().householdId(command.householdId()).newHouseholdId(command.newHouseholdId().strip())
                .memberNames(command.memberNames()).newHeadName(command.newHeadName())
                .villageCode(command.villageCode().orElse(household.map(Household::villageCode).orElse("")))
                .reason(command.reason()).build();
    }

    private static LedgerEvent merge(MergeHouseholds command, LedgerState state, Optional<Household> household,
            Problems problems) {
        ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
        Optional<Household> absorbed = inBeing(problems, state, command.absorbedHouseholdId(), command.unitCode(),
                command.occurredOn(), "absorbedHouseholdId");
        problems.check(command.absorbedHouseholdId().equals(command.householdId()),
                ParticipantRegistryErrorCode.PARTICIPANT_SAME_HOUSEHOLD, "absorbedHouseholdId", command.householdId());
        absorbed.ifPresent(found -> lastRecord(problems, registry, found, command.occurredOn()));
        Set<String> named = new HashSet<>();
        for (int i = 0; i < command.absorbedMembers().size(); i++) {
            AbsorbedMember member = command.absorbedMembers().get(i);
            String field = "absorbedMembers[" + i + "]";
            problems.check(member.relation() == HouseholdRelation.HEAD,
                    ParticipantRegistryErrorCode.PARTICIPANT_HEAD_RELATION_NOT_ALLOWED, field + ".relation");
            problems.check(!named.add(member.fullName()), CoreErrorCode.VALUE_DUPLICATE, field + ".fullName",
                    member.fullName());
            household.ifPresent(found -> problems.check(count(found, member.fullName()) > 0,
                    ParticipantRegistryErrorCode.PARTICIPANT_MEMBER_EXISTS, field + ".fullName", found.id(),
                    member.fullName()));
        }
        if (absorbed.isPresent()) {
            Set<String> names = new HashSet<>();
            absorbed.get().members().forEach(member -> names.add(member.fullName()));
            Set<String> wrong = new TreeSet<>(names);
            wrong.removeAll(named);
            Set<String> extra = new TreeSet<>(named);
            extra.removeAll(names);
            wrong.addAll(extra);
            problems.check(!wrong.isEmpty(), ParticipantRegistryErrorCode.PARTICIPANT_RELATIONS_INCOMPLETE,
                    "absorbedMembers", command.absorbedHouseholdId(), String.join(", ", wrong));
        }
        return HouseholdsMerged.builder().householdId(command.householdId())
                .absorbedHouseholdId(command.absorbedHouseholdId()).absorbedMembers(command.absorbedMembers())
                .reason(command.reason()).build();
    }

    private static int count(Household household, String name) {
        return (int) household.members().stream().filter(member -> member.fullName().equals(name)).count();
    }

    /** The one member of that name, or a problem. */
    private static Optional<HouseholdMember> member(Problems problems, Household household, String name, String field) {
        if (ParticipantChecks.blank(problems, name, field)) {
            return Optional.empty();
        }
        List<HouseholdMember> found = household.members().stream().filter(member -> member.fullName().equals(name))
                .toList();
        if (found.isEmpty()) {
            problems.add(ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_MEMBER, field, household.id(), name);
            return Optional.empty();
        }
        if (found.size() > 1) {
            problems.add(ParticipantRegistryErrorCode.PARTICIPANT_MEMBER_AMBIGUOUS, field, household.id(), name,
                    found.size());
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** The household exists, lies within the recording unit on the date and was not merged away. */
    private static Optional<Household> inBeing(Problems problems, LedgerState state, String householdId,
            String recordingUnit, LocalDate date, String field) {
        ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
        Optional<Household> household = ParticipantChecks.household(problems, registry, state.administrativeUnits(),
                householdId, recordingUnit, date, field);
        Optional<LocalDate> ended = registry.householdEndedOn(householdId);
        if (ended.isPresent()) {
            problems.add(ParticipantRegistryErrorCode.PARTICIPANT_HOUSEHOLD_ENDED, field, householdId, ended.get());
            return Optional.empty();
        }
        return household;
    }

    /** Changes are recorded in date order: none before the registration or the household's last change. */
    private static void lastRecord(Problems problems, ParticipantRegistry registry, Household household, LocalDate date) {
        LocalDate last = household.registeredOn();
        for (HouseholdChange change : registry.householdHistory(household.id())) {
            if (change.occurredOn().isAfter(last)) {
                last = change.occurredOn();
            }
        }
        problems.check(date.isBefore(last), ParticipantRegistryErrorCode.PARTICIPANT_CHANGE_BEFORE_LAST, "occurredOn",
                date, last, household.id());
    }

    /** What one household command checks beyond the shared checks, and the event it records. */
    @FunctionalInterface
    interface Body<C> {
        LedgerEvent check(C command, LedgerState state, Optional<Household> household, Problems problems);
    }

    /** The accessors every household command shares. */
    private static <C extends Command> CommandHandler<C> handler(Class<C> type,
            java.util.function.Function<C, String> householdIdOf, java.util.function.Function<C, String> reasonOf,
            Body<C> body) {
        return new CommandHandler<>() {
            @Override
            public Class<C> commandType() {
                return type;
            }

            @Override
            public List<EventDraft> handle(C command, LedgerState state) {
                Problems problems = new Problems();
                String householdId = householdIdOf.apply(command);
                Optional<Household> household = inBeing(problems, state, householdId, command.unitCode(),
                        command.occurredOn(), "householdId");
                household.ifPresent(found -> lastRecord(problems, state.projection(ParticipantRegistry.class), found,
                        command.occurredOn()));
                ParticipantChecks.blank(problems, reasonOf.apply(command), "reason");
                LedgerEvent event = body.check(command, state, household, problems);
                problems.throwIfAny();
                return List.of(EventDraft.of(command, event));
            }

            @Override
            public String toString() {
                return "handler of " + type.getSimpleName();
            }
        };
    }
}
