package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * The communes' twinning task teams (<i>Tổ công tác kết nghĩa</i>) and their members over time. Read it with
 * {@code ledger.read(TaskTeamRegistry.class, registry -> …)}. A member counts from the day they joined until the
 * day before they left; a team exists from the day it was formed until the day before it was dissolved, and a commune
 * may form a new team after that; history is kept. Every query returns immutable values. Not thread-safe by itself: the
 * ledger guards it with its lock.
 */
public final class TaskTeamRegistry implements Projection {

    /** How the registry is saved in a ledger snapshot and restored from it. */
    public static final SnapshotForm<TaskTeamRegistry, State> SNAPSHOT_FORM =
            SnapshotForm.of(State.class, TaskTeamRegistry::state, TaskTeamRegistry::restore);

    private final Map<String, TeamHistory> teams = new LinkedHashMap<>();

    /** Creates an empty registry; the ledger folds its events into it. */
    public TaskTeamRegistry() {
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof TaskTeamFormed formed) {
            TeamHistory team = new TeamHistory(formed.teamId(), event.unitCode(), event.occurredOn(), formed.decision());
            if (teams.putIfAbsent(formed.teamId(), team) == null) {
                formed.members().forEach(member -> team.memberships.add(new Membership(member, event.occurredOn())));
            }
        } else if (event.payload() instanceof TaskTeamMemberAdded added) {
            TeamHistory team = teams.get(added.teamId());
            if (team != null) {
                team.memberships.add(new Membership(added.member(), event.occurredOn()));
            }
        } else if (event.payload() instanceof TaskTeamMemberRemoved removed) {
            TeamHistory team = teams.get(removed.teamId());
            if (team != null) {
                team.current(removed.personId()).ifPresent(membership -> membership.leftOn = event.occurredOn());
            }
        } else if (event.payload() instanceof TaskTeamDissolved dissolved) {
            TeamHistory team = teams.get(dissolved.teamId());
            if (team != null && team.dissolvedOn == null) {
                team.dissolvedOn = event.occurredOn();
            }
        }
    }

    private State state() {
        return new State(teams.values().stream().map(team -> new SavedTeam(team.teamId, team.communeCode, team.formedOn,
                team.decision, team.memberships.stream().map(membership -> new SavedMembership(membership.member,
                        membership.joinedOn, java.util.Optional.ofNullable(membership.leftOn))).toList(),
                Optional.ofNullable(team.dissolvedOn))).toList());
    }

    private static TaskTeamRegistry restore(State state) {
        TaskTeamRegistry registry = new TaskTeamRegistry();
        for (SavedTeam saved : state.teams()) {
            TeamHistory team = new TeamHistory(saved.teamId(), saved.communeCode(), saved.formedOn(), saved.decision());
            team.dissolvedOn = saved.dissolvedOn().orElse(null);
            for (SavedMembership membership : saved.memberships()) {
                Membership restored = new Membership(membership.member(), membership.joinedOn());
                restored.leftOn = membership.leftOn().orElse(null);
                team.memberships.add(restored);
            }
            registry.teams.put(saved.teamId(), team);
        }
        return registry;
    }

    /** The team with its members on {@code date}; empty if unknown, formed later or dissolved by then. */
    public Optional<TaskTeam> team(String teamId, LocalDate date) {
        requireNonNull(date, "date");
        TeamHistory team = teams.get(requireNonNull(teamId, "teamId"));
        return team == null || !team.existsOn(date) ? Optional.empty() : Optional.of(team.asOf(date));
    }

    /** The commune's team with its members on {@code date}; empty if it had none then. */
    public Optional<TaskTeam> teamOf(String communeCode, LocalDate date) {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(date, "date");
        return teams.values().stream().filter(team -> team.communeCode.equals(communeCode) && team.existsOn(date))
                .findFirst().map(team -> team.asOf(date));
    }

    /** The commune's first team id, whenever formed, dissolved or not; empty if it never had one. */
    public Optional<String> teamIdOf(String communeCode) {
        requireNonNull(communeCode, "communeCode");
        return teams.values().stream().filter(team -> team.communeCode.equals(communeCode)).map(team -> team.teamId)
                .findFirst();
    }

    /** The id of the commune's team that has not been dissolved; empty if none. */
    public Optional<String> undissolvedTeamIdOf(String communeCode) {
        requireNonNull(communeCode, "communeCode");
        return teams.values().stream().filter(team -> team.communeCode.equals(communeCode) && team.dissolvedOn == null)
                .map(team -> team.teamId).findFirst();
    }

    /** The latest day on which a team of the commune was dissolved; empty if none was. */
    public Optional<LocalDate> lastDissolvedOn(String communeCode) {
        requireNonNull(communeCode, "communeCode");
        return teams.values().stream().filter(team -> team.communeCode.equals(communeCode) && team.dissolvedOn != null)
                .map(team -> team.dissolvedOn).max(LocalDate::compareTo);
    }

    /** The latest day a member of the team joined or left (its founding members joined the day it was formed). */
    public Optional<LocalDate> lastMembershipChange(String teamId) {
        TeamHistory team = teams.get(requireNonNull(teamId, "teamId"));
        return team == null ? Optional.empty() : team.memberships.stream()
                .map(m -> m.leftOn == null ? m.joinedOn : m.leftOn).max(LocalDate::compareTo);
    }

    /** The first day the team no longer exists, if it was dissolved; empty otherwise or if unknown. */
    public Optional<LocalDate> dissolvedOn(String teamId) {
        TeamHistory team = teams.get(requireNonNull(teamId, "teamId"));
        return team == null ? Optional.empty() : Optional.ofNullable(team.dissolvedOn);
    }

    /** The commune the team belongs to; empty if unknown. */
    public Optional<String> communeOf(String teamId) {
        TeamHistory team = teams.get(requireNonNull(teamId, "teamId"));
        return team == null ? Optional.empty() : Optional.of(team.communeCode);
    }

    /** The day the team was formed; empty if unknown. */
    public Optional<LocalDate> formedOn(String teamId) {
        TeamHistory team = teams.get(requireNonNull(teamId, "teamId"));
        return team == null ? Optional.empty() : Optional.of(team.formedOn);
    }

    /** The day a current member (one who has not left) joined the team; empty if the person is no current member. */
    public Optional<LocalDate> currentMemberSince(String teamId, String personId) {
        TeamHistory team = teams.get(requireNonNull(teamId, "teamId"));
        return team == null ? Optional.empty() : team.current(requireNonNull(personId, "personId")).map(m -> m.joinedOn);
    }

    /** The current leader of the team, if any. */
    public Optional<String> currentLeader(String teamId) {
        TeamHistory team = teams.get(requireNonNull(teamId, "teamId"));
        return team == null ? Optional.empty() : team.memberships.stream()
                .filter(m -> m.leftOn == null && m.member.role() == TaskTeamRole.LEADER)
                .map(m -> m.member.personId()).findFirst();
    }

    private static final class Membership {
        private final TaskTeamMember member;
        private final LocalDate joinedOn;
        private LocalDate leftOn;

        Membership(TaskTeamMember member, LocalDate joinedOn) {
            this.member = member;
            this.joinedOn = joinedOn;
        }

        boolean activeOn(LocalDate date) {
            return !joinedOn.isAfter(date) && (leftOn == null || date.isBefore(leftOn));
        }
    }

    private static final class TeamHistory {
        private final String teamId;
        private final String communeCode;
        private final LocalDate formedOn;
        private final String decision;
        private final List<Membership> memberships = new ArrayList<>();
        private LocalDate dissolvedOn;

        TeamHistory(String teamId, String communeCode, LocalDate formedOn, String decision) {
            this.teamId = teamId;
            this.communeCode = communeCode;
            this.formedOn = formedOn;
            this.decision = decision;
        }

        boolean existsOn(LocalDate date) {
            return !formedOn.isAfter(date) && (dissolvedOn == null || date.isBefore(dissolvedOn));
        }

        Optional<Membership> current(String personId) {
            return memberships.stream().filter(m -> m.leftOn == null && m.member.personId().equals(personId)).findFirst();
        }

        TaskTeam asOf(LocalDate date) {
            return TaskTeam.builder().teamId(teamId).communeCode(communeCode).formedOn(formedOn).decision(decision)
                    .members(memberships.stream().filter(m -> m.activeOn(date)).map(m -> m.member).toList()).build();
        }
    }

    /**
     * The registry's whole state in a snapshot.
     *
     * @param teams every team formed, in the order formed
     */
    public record State(List<SavedTeam> teams) {

        /** Copies the list. */
        public State {
            teams = List.copyOf(teams);
        }
    }

    /**
     * A team and every membership it had, in a snapshot.
     *
     * @param teamId the team
     * @param communeCode its commune
     * @param formedOn the day it was formed
     * @param decision the decision forming it
     * @param memberships every membership, in the order recorded
     * @param dissolvedOn the first day it no longer existed, if it was dissolved (absent in snapshots saved before
     *     teams could be dissolved: none was)
     */
    public record SavedTeam(String teamId, String communeCode, LocalDate formedOn, String decision,
            List<SavedMembership> memberships, Optional<LocalDate> dissolvedOn) {

        /** Copies the list. */
        public SavedTeam {
            memberships = List.copyOf(memberships);
            dissolvedOn = dissolvedOn == null ? Optional.empty() : dissolvedOn;
        }
    }

    /**
     * One membership of a team, in a snapshot.
     *
     * @param member the member as recorded
     * @param joinedOn the day they joined
     * @param leftOn the day they left, if they did
     */
    public record SavedMembership(TaskTeamMember member, LocalDate joinedOn, Optional<LocalDate> leftOn) {
    }
}
