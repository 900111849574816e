package org.ketnghia.core.twinning.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.twinning.AddTaskTeamMember;
import org.ketnghia.core.twinning.CommuneTwinningErrorCode;
import org.ketnghia.core.twinning.DissolveTaskTeam;
import org.ketnghia.core.twinning.FormTaskTeam;
import org.ketnghia.core.twinning.RemoveTaskTeamMember;
import org.ketnghia.core.twinning.TaskTeamDissolved;
import org.ketnghia.core.twinning.TaskTeamFormed;
import org.ketnghia.core.twinning.TaskTeamMember;
import org.ketnghia.core.twinning.TaskTeamMemberAdded;
import org.ketnghia.core.twinning.TaskTeamMemberRemoved;
import org.ketnghia.core.twinning.TaskTeamRegistry;
import org.ketnghia.core.twinning.TaskTeamRole;

/** The handlers of the commune's twinning task team (<i>Tổ công tác kết nghĩa</i>). */
public final class TaskTeamHandlers {

    private TaskTeamHandlers() {
    }

    /** The handlers, in declaration order. */
    public static List<CommandHandler<?>> all() {
        return List.of(new Form(), new AddMember(), new RemoveMember(), new Dissolve());
    }

    private static boolean teamOfCommune(String teamId, String communeCode, TaskTeamRegistry registry, Problems problems) {
        boolean known = registry.communeOf(teamId).filter(communeCode::equals).isPresent();
        problems.check(!known, CommuneTwinningErrorCode.TWINNING_TEAM_UNKNOWN, "teamId", teamId, communeCode);
        return known;
    }

    /** A team dissolved on or before {@code date} takes no change dated then or later. */
    private static void notDissolved(String teamId, LocalDate date, TaskTeamRegistry registry, Problems problems) {
        registry.dissolvedOn(teamId).filter(dissolvedOn -> !date.isBefore(dissolvedOn)).ifPresent(dissolvedOn -> problems.add(
                CommuneTwinningErrorCode.TWINNING_TEAM_DISSOLVED, "teamId", teamId, dissolvedOn));
    }

    private static void checkPerson(String field, String personId, LedgerState state, Problems problems) {
        problems.check(state.projection(ParticipantRegistry.class).person(personId).isEmpty(),
                CommuneTwinningErrorCode.TWINNING_TEAM_UNKNOWN_PERSON, field, personId);
    }

    /** Validates {@link FormTaskTeam} and records {@link TaskTeamFormed}. */
    static final class Form implements CommandHandler<FormTaskTeam> {

        @Override
        public Class<FormTaskTeam> commandType() {
            return FormTaskTeam.class;
        }

        @Override
        public List<EventDraft> handle(FormTaskTeam command, LedgerState state) {
            TaskTeamRegistry registry = state.projection(TaskTeamRegistry.class);
            Problems problems = new Problems();
            if (!problems.check(command.teamId().isBlank(), CoreErrorCode.VALUE_BLANK, "teamId")) {
                problems.check(registry.communeOf(command.teamId()).isPresent(), CommuneTwinningErrorCode.TWINNING_TEAM_DUPLICATE,
                        "teamId", command.teamId());
            }
            CommuneChecks.isCommune(command.unitCode(), command.occurredOn(), state, problems);
            registry.undissolvedTeamIdOf(command.unitCode()).ifPresent(existing -> problems.add(
                    CommuneTwinningErrorCode.TWINNING_TEAM_EXISTS, "unitCode", command.unitCode(), existing));
            // a new team only after the last one ceased to exist: a commune has one team at a time
            registry.lastDissolvedOn(command.unitCode()).filter(command.occurredOn()::isBefore).ifPresent(dissolvedOn ->
                    problems.add(CommuneTwinningErrorCode.TWINNING_TEAM_DATE_BEFORE, "occurredOn", command.occurredOn(),
                            dissolvedOn));
            problems.check(command.decision().isBlank(), CoreErrorCode.VALUE_BLANK, "decision");
            problems.check(command.members().isEmpty(), CommuneTwinningErrorCode.TWINNING_TEAM_NO_MEMBER, "members");
            Set<String> seen = new HashSet<>();
            String leader = null;
            for (int i = 0; i < command.members().size(); i++) {
                TaskTeamMember member = command.members().get(i);
                String field = "members[" + i + "]";
                checkPerson(field + ".personId", member.personId(), state, problems);
                problems.check(!seen.add(member.personId()), CoreErrorCode.VALUE_DUPLICATE, field + ".personId", member.personId());
                if (member.role() == TaskTeamRole.LEADER) {
                    if (leader != null) {
                        problems.add(CommuneTwinningErrorCode.TWINNING_TEAM_SECOND_LEADER, field + ".role", leader);
                    } else {
                        leader = member.personId();
                    }
                }
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, TaskTeamFormed.builder().teamId(command.teamId()).decision(command.decision())
                    .members(command.members()).build()));
        }
    }

    /** Validates {@link AddTaskTeamMember} and records {@link TaskTeamMemberAdded}. */
    static final class AddMember implements CommandHandler<AddTaskTeamMember> {

        @Override
        public Class<AddTaskTeamMember> commandType() {
            return AddTaskTeamMember.class;
        }

        @Override
        public List<EventDraft> handle(AddTaskTeamMember command, LedgerState state) {
            TaskTeamRegistry registry = state.projection(TaskTeamRegistry.class);
            Problems problems = new Problems();
            TaskTeamMember member = command.member();
            checkPerson("member.personId", member.personId(), state, problems);
            if (teamOfCommune(command.teamId(), command.unitCode(), registry, problems)) {
                LocalDate formedOn = registry.formedOn(command.teamId()).orElseThrow();
                problems.check(command.occurredOn().isBefore(formedOn), CommuneTwinningErrorCode.TWINNING_TEAM_DATE_BEFORE,
                        "occurredOn", command.occurredOn(), formedOn);
                notDissolved(command.teamId(), command.occurredOn(), registry, problems);
                problems.check(registry.currentMemberSince(command.teamId(), member.personId()).isPresent(),
                        CommuneTwinningErrorCode.TWINNING_TEAM_ALREADY_MEMBER, "member.personId", member.personId());
                if (member.role() == TaskTeamRole.LEADER) {
                    registry.currentLeader(command.teamId()).ifPresent(leader -> problems.add(
                            CommuneTwinningErrorCode.TWINNING_TEAM_SECOND_LEADER, "member.role", leader));
                }
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, TaskTeamMemberAdded.builder().teamId(command.teamId()).member(member)
                    .decision(command.decision()).build()));
        }
    }

    /** Validates {@link RemoveTaskTeamMember} and records {@link TaskTeamMemberRemoved}. */
    static final class RemoveMember implements CommandHandler<RemoveTaskTeamMember> {

        @Override
        public Class<RemoveTaskTeamMember> commandType() {
            return RemoveTaskTeamMember.class;
        }

        @Override
        public List<EventDraft> handle(RemoveTaskTeamMember command, LedgerState state) {
            TaskTeamRegistry registry = state.projection(TaskTeamRegistry.class);
            Problems problems = new Problems();
            if (teamOfCommune(command.teamId(), command.unitCode(), registry, problems)) {
                notDissolved(command.teamId(), command.occurredOn(), registry, problems);
                Optional<LocalDate> memberSince = registry.currentMemberSince(command.teamId(), command.personId());
                if (memberSince.isEmpty()) {
                    problems.add(CommuneTwinningErrorCode.TWINNING_TEAM_NOT_MEMBER, "personId", command.personId(),
                            command.occurredOn());
                } else {
                    LocalDate joinedOn = memberSince.get();
                    problems.check(command.occurredOn().isBefore(joinedOn), CommuneTwinningErrorCode.TWINNING_TEAM_DATE_BEFORE,
                            "occurredOn", command.occurredOn(), joinedOn);
                }
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, TaskTeamMemberRemoved.builder().teamId(command.teamId())
                    .personId(command.personId()).reasonVi(command.reasonVi()).build()));
        }
    }

    /** Validates {@link DissolveTaskTeam} and records {@link TaskTeamDissolved}. */
    static final class Dissolve implements CommandHandler<DissolveTaskTeam> {

        @Override
        public Class<DissolveTaskTeam> commandType() {
            return DissolveTaskTeam.class;
        }

        @Override
        public List<EventDraft> handle(DissolveTaskTeam command, LedgerState state) {
            TaskTeamRegistry registry = state.projection(TaskTeamRegistry.class);
            Problems problems = new Problems();
            if (teamOfCommune(command.teamId(), command.unitCode(), registry, problems)) {
                registry.dissolvedOn(command.teamId()).ifPresent(dissolvedOn -> problems.add(
                        CommuneTwinningErrorCode.TWINNING_TEAM_DISSOLVED, "teamId", command.teamId(), dissolvedOn));
                LocalDate formedOn = registry.formedOn(command.teamId()).orElseThrow();
                if (!problems.check(command.occurredOn().isBefore(formedOn), CommuneTwinningErrorCode.TWINNING_TEAM_DATE_BEFORE,
                        "occurredOn", command.occurredOn(), formedOn)) {
                    // no member joins or leaves on or after the day the team ceases to exist
                    registry.lastMembershipChange(command.teamId()).filter(change -> !change.isBefore(command.occurredOn()))
                            .ifPresent(change -> problems.add(CommuneTwinningErrorCode.TWINNING_TEAM_CHANGED_AFTER,
                                    "occurredOn", command.occurredOn(), change));
                }
            }
            problems.check(command.decision().isBlank(), CoreErrorCode.VALUE_BLANK, "decision");
            problems.throwIfAny();
            return List.of(EventDraft.of(command, TaskTeamDissolved.builder().teamId(command.teamId())
                    .decision(command.decision()).reasonVi(command.reasonVi()).build()));
        }
    }
}
