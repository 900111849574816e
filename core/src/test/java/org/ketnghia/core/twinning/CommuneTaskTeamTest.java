package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/** The commune's twinning task team (Tổ công tác kết nghĩa): forming it, members joining and leaving, who may record. */
class CommuneTaskTeamTest {

    static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    static final String DANG = "QNA.TAY-GIANG.DANG";
    static final LocalDate FORMED = LocalDate.of(2022, 2, 1);

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final Ledger ledger = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).eventStore(store)
            .clock(Fixtures.CLOCK).build().ledger();

    @BeforeEach
    void registerPersons() {
        for (String id : List.of("P1", "P2", "P3", "P4")) {
            ledger.submit(RegisterPerson.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(FORMED.minusDays(10)).personId(id)
                    .fullName("Người " + id).sex(Sex.MALE).birthYear(1980).addRoles(PersonRole.OTHER).build());
        }
    }

    static FormTaskTeam.Builder form(org.ketnghia.core.ledger.Actor actor) {
        FormTaskTeam.Builder builder = FormTaskTeam.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(FORMED).teamId("TCT-A-XAN")
                .decision("Quyết định số 15/QĐ-UBND của UBND xã A Xan")
                .addMembers(TaskTeamMember.of("P1", TaskTeamRole.LEADER), TaskTeamMember.of("P2", TaskTeamRole.MEMBER));
        return builder;
    }

    private Optional<TaskTeam> team(LocalDate on) {
        return ledger.read(TaskTeamRegistry.class, (TaskTeamRegistry r) -> r.teamOf(A_XAN, on));
    }

    private void assertRefused(Command command, ErrorCode... expected) {
        long before = store.size();
        Optional<TaskTeam> teamBefore = team(LocalDate.of(2030, 1, 1));
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).as(e.getMessage()).extracting(p -> p.code()).containsExactly(expected));
        assertThat(store.size()).isEqualTo(before);
        assertThat(team(LocalDate.of(2030, 1, 1))).isEqualTo(teamBefore);
    }

    @Test
    void membersJoinAndLeave_overTime_historyKept() {
        ledger.submit(form(PROVINCE).build());
        LocalDate joined = LocalDate.of(2023, 1, 1);
        LocalDate left = LocalDate.of(2024, 1, 1);
        ledger.submit(AddTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(joined).teamId("TCT-A-XAN")
                .member(TaskTeamMember.of("P3", TaskTeamRole.DEPUTY)).decision("QĐ 3/QĐ-UBND").build());
        ledger.submit(RemoveTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(left).teamId("TCT-A-XAN")
                .personId("P1").reasonVi("Chuyển công tác").build());

        assertThat(team(FORMED.minusDays(1))).isEmpty();
        assertThat(team(FORMED)).hasValueSatisfying(t -> assertThat(t.members()).extracting(TaskTeamMember::personId)
                .containsExactly("P1", "P2"));
        assertThat(team(joined)).hasValueSatisfying(t -> assertThat(t.members()).extracting(TaskTeamMember::personId)
                .containsExactly("P1", "P2", "P3"));
        assertThat(team(left)).hasValueSatisfying(t -> assertThat(t.members()).extracting(TaskTeamMember::personId)
                .containsExactly("P2", "P3"));
        // the leader left: a new leader may now be named
        ledger.submit(AddTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(left).teamId("TCT-A-XAN")
                .member(TaskTeamMember.of("P4", TaskTeamRole.LEADER)).build());
        Optional<TaskTeam> before = team(left);
        ledger.rebuildProjections();
        assertThat(team(left)).isEqualTo(before).hasValueSatisfying(t -> assertThat(t.members()).hasSize(3));
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(ledger)).isPositive();
    }

    @Test
    void aDissolvedTeam_existsUntilTheDayBefore_takesNoMoreChange_andTheCommuneMayFormANewOne() {
        ledger.submit(form(PROVINCE).build());
        LocalDate dissolved = LocalDate.of(2024, 12, 31);
        DissolveTaskTeam dissolve = DissolveTaskTeam.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(dissolved)
                .teamId("TCT-A-XAN").decision("Quyết định số 40/QĐ-UBND").reasonVi("Kết thúc chương trình").build();
        assertRefused(DissolveTaskTeam.builder().from(dissolve).occurredOn(FORMED.minusDays(1)).decision(" ").build(),
                CommuneTwinningErrorCode.TWINNING_TEAM_DATE_BEFORE, CoreErrorCode.VALUE_BLANK);
        assertRefused(DissolveTaskTeam.builder().from(dissolve).unitCode(DANG).build(), CommuneTwinningErrorCode.TWINNING_TEAM_UNKNOWN);
        ledger.submit(dissolve);

        assertThat(team(dissolved.minusDays(1))).hasValueSatisfying(t -> assertThat(t.members()).hasSize(2));
        assertThat(team(dissolved)).isEmpty();
        assertThat(ledger.read(TaskTeamRegistry.class, (TaskTeamRegistry r) -> r.team("TCT-A-XAN", dissolved))).isEmpty();
        assertThat(ledger.read(TaskTeamRegistry.class, (TaskTeamRegistry r) -> r.dissolvedOn("TCT-A-XAN"))).hasValue(dissolved);
        assertRefused(dissolve, CommuneTwinningErrorCode.TWINNING_TEAM_DISSOLVED);
        assertRefused(AddTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(dissolved).teamId("TCT-A-XAN")
                .member(TaskTeamMember.of("P3", TaskTeamRole.MEMBER)).build(), CommuneTwinningErrorCode.TWINNING_TEAM_DISSOLVED);
        assertRefused(RemoveTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(dissolved.plusDays(3))
                .teamId("TCT-A-XAN").personId("P2").build(), CommuneTwinningErrorCode.TWINNING_TEAM_DISSOLVED);
        // a late record of a change made before the dissolution is still taken
        ledger.submit(RemoveTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(dissolved.minusDays(10))
                .teamId("TCT-A-XAN").personId("P2").build());

        LocalDate newTeam = LocalDate.of(2025, 3, 1);
        ledger.submit(form(PROVINCE).teamId("TCT-A-XAN-2").occurredOn(newTeam)
                .members(List.of(TaskTeamMember.of("P3", TaskTeamRole.LEADER))).build());
        assertThat(team(newTeam)).hasValueSatisfying(t -> assertThat(t.teamId()).isEqualTo("TCT-A-XAN-2"));
        assertThat(team(dissolved.minusDays(1))).hasValueSatisfying(t -> {
            assertThat(t.teamId()).isEqualTo("TCT-A-XAN");
            assertThat(t.members()).extracting(TaskTeamMember::personId).containsExactly("P1");
        });
        assertThat(team(newTeam.minusDays(1))).isEmpty();
        assertRefused(form(PROVINCE).teamId("TCT-A-XAN-3").occurredOn(newTeam.plusDays(1)).build(),
                CommuneTwinningErrorCode.TWINNING_TEAM_EXISTS);
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(ledger)).isPositive();
    }

    @Test
    void aDissolution_comesAfterEveryMemberChange_andANewTeamOnlyFromTheDayItTakesEffect() {
        ledger.submit(form(PROVINCE).build());
        LocalDate joined = LocalDate.of(2024, 3, 1);
        ledger.submit(AddTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(joined).teamId("TCT-A-XAN")
                .member(TaskTeamMember.of("P3", TaskTeamRole.MEMBER)).build());
        DissolveTaskTeam dissolve = DissolveTaskTeam.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(joined)
                .teamId("TCT-A-XAN").decision("Quyết định số 40/QĐ-UBND").build();

        assertRefused(dissolve, CommuneTwinningErrorCode.TWINNING_TEAM_CHANGED_AFTER);
        assertRefused(DissolveTaskTeam.builder().from(dissolve).occurredOn(joined.minusDays(5)).build(),
                CommuneTwinningErrorCode.TWINNING_TEAM_CHANGED_AFTER);
        ledger.submit(DissolveTaskTeam.builder().from(dissolve).occurredOn(joined.plusDays(1)).build());

        assertRefused(form(PROVINCE).teamId("TCT-A-XAN-2").occurredOn(joined).build(),
                CommuneTwinningErrorCode.TWINNING_TEAM_DATE_BEFORE);
        ledger.submit(form(PROVINCE).teamId("TCT-A-XAN-2").occurredOn(joined.plusDays(1)).build());
        assertThat(team(joined)).hasValueSatisfying(t -> assertThat(t.teamId()).isEqualTo("TCT-A-XAN"));
        assertThat(team(joined.plusDays(1))).hasValueSatisfying(t -> assertThat(t.teamId()).isEqualTo("TCT-A-XAN-2"));
    }

    @Test
    void brokenTeams_areRefusedWithEveryReason() {
        assertRefused(FormTaskTeam.builder().from(form(PROVINCE).build()).teamId(" ").unitCode("QNA.TAY-GIANG").decision("")
                        .members(List.of(TaskTeamMember.of("P1", TaskTeamRole.LEADER), TaskTeamMember.of("P9", TaskTeamRole.LEADER),
                                TaskTeamMember.of("P1", TaskTeamRole.MEMBER))).build(),
                CoreErrorCode.VALUE_BLANK, CommuneTwinningErrorCode.TWINNING_NOT_A_COMMUNE, CoreErrorCode.VALUE_BLANK,
                CommuneTwinningErrorCode.TWINNING_TEAM_UNKNOWN_PERSON, CommuneTwinningErrorCode.TWINNING_TEAM_SECOND_LEADER,
                CoreErrorCode.VALUE_DUPLICATE);
        assertRefused(FormTaskTeam.builder().from(form(PROVINCE).build()).members(List.of()).build(),
                CommuneTwinningErrorCode.TWINNING_TEAM_NO_MEMBER);

        ledger.submit(form(PROVINCE).build());
        assertRefused(form(PROVINCE).teamId("TCT-2").build(), CommuneTwinningErrorCode.TWINNING_TEAM_EXISTS);
        assertRefused(form(PROVINCE).unitCode(DANG).build(), CommuneTwinningErrorCode.TWINNING_TEAM_DUPLICATE);
        AddTaskTeamMember add = AddTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(FORMED.minusDays(1))
                .teamId("TCT-A-XAN").member(TaskTeamMember.of("P2", TaskTeamRole.LEADER)).build();
        assertRefused(add, CommuneTwinningErrorCode.TWINNING_TEAM_DATE_BEFORE, CommuneTwinningErrorCode.TWINNING_TEAM_ALREADY_MEMBER,
                CommuneTwinningErrorCode.TWINNING_TEAM_SECOND_LEADER);
        assertRefused(AddTaskTeamMember.builder().from(add).unitCode(DANG).occurredOn(FORMED).member(TaskTeamMember.of("P9",
                TaskTeamRole.MEMBER)).build(), CommuneTwinningErrorCode.TWINNING_TEAM_UNKNOWN_PERSON,
                CommuneTwinningErrorCode.TWINNING_TEAM_UNKNOWN);
        RemoveTaskTeamMember remove = RemoveTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(FORMED.plusDays(5))
                .teamId("TCT-A-XAN").personId("P3").build();
        assertRefused(remove, CommuneTwinningErrorCode.TWINNING_TEAM_NOT_MEMBER);
        assertRefused(RemoveTaskTeamMember.builder().from(remove).personId("P2").occurredOn(FORMED.minusDays(1)).build(),
                CommuneTwinningErrorCode.TWINNING_TEAM_DATE_BEFORE);
        ledger.submit(RemoveTaskTeamMember.builder().from(remove).personId("P2").build());
        assertRefused(RemoveTaskTeamMember.builder().from(remove).personId("P2").build(),
                CommuneTwinningErrorCode.TWINNING_TEAM_NOT_MEMBER);
    }

    @Test
    void everyCommand_byTheCommuneTheDistrictTheProvinceAndTheSystem_notByOthers() {
        org.ketnghia.core.ledger.Actor commune = actor(ActorRole.COMMUNE_COMMITTEE, A_XAN);
        assertRefused(form(actor(ActorRole.COMMUNE_COMMITTEE, DANG)).build(), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused(form(actor(ActorRole.SPONSOR, A_XAN)).build(), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                LedgerErrorCode.LEDGER_SCOPE_MISSING);
        assertRefused(form(actor(ActorRole.GROUP_LEADER, A_XAN)).build(), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(form(actor(ActorRole.AUDITOR, A_XAN)).build(), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(form(actor(ActorRole.PUBLIC, A_XAN)).build(), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertThat(ledger.submit(form(commune).build())).hasSize(1);

        AddTaskTeamMember.Builder add = AddTaskTeamMember.builder();
        add.unitCode(A_XAN).occurredOn(LocalDate.of(2023, 1, 1)).teamId("TCT-A-XAN");
        assertRefused(add.actor(actor(ActorRole.GROUP_LEADER, A_XAN)).member(TaskTeamMember.of("P3", TaskTeamRole.MEMBER)).build(),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertRefused(add.actor(actor(ActorRole.AUDITOR, A_XAN)).build(), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertThat(ledger.submit(add.actor(actor(ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG")).build())).hasSize(1);
        assertThat(ledger.submit(add.actor(actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA")).member(TaskTeamMember.of("P4",
                TaskTeamRole.MEMBER)).build())).hasSize(1);

        RemoveTaskTeamMember.Builder remove = RemoveTaskTeamMember.builder();
        remove.unitCode(A_XAN).occurredOn(LocalDate.of(2024, 1, 1)).teamId("TCT-A-XAN").personId("P3");
        assertRefused(remove.actor(actor(ActorRole.DISTRICT_OFFICE, "QNA.NAM-GIANG")).build(), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused(remove.actor(actor(ActorRole.PUBLIC, A_XAN)).build(), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(remove.actor(actor(ActorRole.GROUP_LEADER, A_XAN)).build(), LedgerErrorCode.LEDGER_PERMISSION_ROLE);
        assertThat(ledger.submit(remove.actor(commune).build())).hasSize(1);
        assertThat(ledger.submit(remove.actor(PROVINCE).personId("P4").build())).hasSize(1);
    }
}
