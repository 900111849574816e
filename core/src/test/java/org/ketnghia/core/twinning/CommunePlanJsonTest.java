package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/** Every task-team and model-plan type round-trips through JSON to an equal value and to the very same bytes. */
class CommunePlanJsonTest {

    private static final ObjectMapper MAPPER = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
            .clock(Fixtures.CLOCK).build().objectMapper();
    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate ON = LocalDate.of(2022, 3, 1);
    private static final TaskTeamMember LEADER = TaskTeamMember.of("P1", TaskTeamRole.LEADER);
    private static final ModelPlanScope SCOPE = ModelPlanScope.builder().modelId("livestock").addGroupIds("TO-1")
            .addCallIds("DOT-1").addVillageCodes("QNA.TAY-GIANG.A-XAN.A-UR").summaryVi("Tổ nuôi dê").build();

    static Stream<LedgerEvent> events() {
        return Stream.of(
                TaskTeamFormed.builder().teamId("T1").decision("QĐ 15").addMembers(LEADER, TaskTeamMember.of("P2",
                        TaskTeamRole.DEPUTY)).build(),
                TaskTeamMemberAdded.builder().teamId("T1").member(TaskTeamMember.of("P3", TaskTeamRole.MEMBER)).decision("QĐ 3").build(),
                TaskTeamMemberAdded.builder().teamId("T1").member(LEADER).build(),
                TaskTeamMemberRemoved.builder().teamId("T1").personId("P1").reasonVi("Nghỉ hưu").build(),
                TaskTeamMemberRemoved.builder().teamId("T1").personId("P1").build(),
                ModelPlanRecorded.builder().planId("PA-1").scope(SCOPE).documentReference("Tờ trình 7").build(),
                ModelPlanRecorded.builder().planId("PA-1").scope(ModelPlanScope.builder().modelId("training").summaryVi("Lớp").build())
                        .build(),
                ModelPlanAmended.builder().planId("PA-1").scope(SCOPE).reasonVi("Thêm tổ").build(),
                ModelPlanApproved.builder().planId("PA-1").version(2).level(PlanApprovalLevel.DISTRICT_OFFICE).decision("QĐ 21").build(),
                TaskTeamDissolved.builder().teamId("T1").decision("QĐ 40").reasonVi("Kết thúc chương trình").build(),
                TaskTeamDissolved.builder().teamId("T1").decision("QĐ 40").build());
    }

    static Stream<Command> commands() {
        return Stream.of(
                FormTaskTeam.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ON).teamId("T1").decision("QĐ 15").addMembers(LEADER)
                        .build(),
                AddTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ON).teamId("T1").member(LEADER).build(),
                AddTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ON).teamId("T1").member(LEADER).decision("QĐ")
                        .build(),
                RemoveTaskTeamMember.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ON).teamId("T1").personId("P1").build(),
                DissolveTaskTeam.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ON).teamId("T1").decision("QĐ 40").build(),
                RecordModelPlan.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ON).planId("PA-1").scope(SCOPE).build(),
                AmendModelPlan.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ON).planId("PA-1").scope(SCOPE).reasonVi("Thêm")
                        .build(),
                ApproveModelPlan.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(ON).planId("PA-1")
                        .level(PlanApprovalLevel.PROVINCIAL_COMMITTEE).decision("QĐ 21").build());
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_roundTripsToAnEqualValue_andTheSameBytes(LedgerEvent event) throws Exception {
        String json = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event);
        assertThat(json).startsWith("{\"type\":\"twinning.");
        LedgerEvent read = MAPPER.readValue(json, LedgerEvent.class);
        assertThat(read).isEqualTo(event);
        assertThat(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_roundTripsToAnEqualValue_andTheSameBytes(Command command) throws Exception {
        String json = MAPPER.writerFor(Command.class).writeValueAsString(command);
        assertThat(json).startsWith("{\"type\":\"twinning.");
        Command read = MAPPER.readValue(json, Command.class);
        assertThat(read).isEqualTo(command);
        assertThat(MAPPER.writerFor(Command.class).writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void enumsUseStableIds() throws Exception {
        assertThat(MAPPER.writeValueAsString(events().toList().get(0))).contains("\"role\":\"leader\"").contains("\"role\":\"deputy\"");
        assertThat(MAPPER.writeValueAsString(events().toList().get(8))).contains("\"level\":\"district-office\"")
                .contains("\"version\":2");
    }
}
