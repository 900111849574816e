package org.ketnghia.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.approval.internal.ApprovalFeature;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.RecordedPayload;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.MergeHouseholds;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/** Every approval type round-trips through JSON to an equal value and to the very same bytes. */
class ApprovalJsonTest {

    private static final ObjectMapper MAPPER = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
            .clock(Fixtures.CLOCK).build().objectMapper();
    private static final LocalDate ON = LocalDate.of(2024, 3, 1);

    static Stream<LedgerEvent> events() {
        return Stream.of(
                ApprovalRequested.builder().requestId("approval-7").command(ApprovalFixtures.expenditure("chi-1", 60))
                        .expiresOn(LocalDate.of(2026, 7, 1)).ruleVi("Lệnh RecordExpenditure trên 50 triệu đồng cần phê duyệt")
                        .ruleEn("Command RecordExpenditure above VND 50 million needs approval").build(),
                ApprovalRequested.builder().requestId("approval-8").command(ApprovalFixtures.correction())
                        .expiresOn(LocalDate.of(2026, 6, 11)).ruleVi("Luôn cần phê duyệt").ruleEn("Always").build(),
                ApprovalGranted.builder().requestId("approval-7").note("Đúng dự toán").build(),
                ApprovalGranted.builder().requestId("approval-8").build(),
                ApprovalRejected.builder().requestId("approval-7").reason("Chứng từ chưa đủ").build());
    }

    static Stream<Command> commands() {
        return Stream.of(ApprovalFixtures.approve(ApprovalFixtures.CHAIRMAN, "approval-7"),
                ApproveRequest.builder().from(ApprovalFixtures.approve(sponsor(), "approval-8")).note("Đồng ý").build(),
                ApprovalFixtures.reject(ApprovalFixtures.CHAIRMAN, "approval-7"));
    }

    private static org.ketnghia.core.ledger.Actor sponsor() {
        return org.ketnghia.core.ledger.Actor.forSponsor("vinamilk", "Vinamilk", "vinamilk");
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_roundTripsToAnEqualValue_andTheSameBytes(LedgerEvent event) throws Exception {
        String json = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event);
        assertThat(json).startsWith("{\"type\":\"approval.");
        LedgerEvent read = MAPPER.readValue(json, LedgerEvent.class);
        assertThat(read).isEqualTo(event);
        assertThat(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_roundTripsToAnEqualValue_andTheSameBytes(Command command) throws Exception {
        String json = MAPPER.writerFor(Command.class).writeValueAsString(command);
        assertThat(json).startsWith("{\"type\":\"approval.");
        Command read = MAPPER.readValue(json, Command.class);
        assertThat(read).isEqualTo(command);
        assertThat(MAPPER.writerFor(Command.class).writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void everyDeclaredType_isCovered_andTheHeldCommandKeepsItsOwnTypeId() throws Exception {
        ApprovalFeature feature = new ApprovalFeature();
        List<Class<?>> eventClasses = events().<Class<?>>map(e -> e.getClass().getSuperclass()).distinct().toList();
        List<Class<?>> commandClasses = commands().<Class<?>>map(c -> c.getClass().getSuperclass()).distinct().toList();
        assertThat(eventClasses).containsExactlyInAnyOrderElementsOf(feature.eventTypes());
        assertThat(commandClasses).containsExactlyInAnyOrderElementsOf(Fixtures.commandTypes(feature));
        String requested = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(events().findFirst().orElseThrow());
        assertThat(requested).contains("\"command\":{\"type\":\"funding.record-expenditure\"");
    }

    /**
     * A merge held before 7 December 2026 named its absorbed members as the keys of a map {@code relations}: a request
     * recorded then (version 1) reads it in today's shape, the names in the map's order, and writes back as recorded.
     */
    @Test
    void aRequestOfVersion1_readsItsMergeInTheRetiredShapeInTodays_andKeepsItsBytes_andBothShapesAtOnceAreRefused() {
        EventCodec codec = new EventCodec(MAPPER);
        MergeHouseholds merge = MergeHouseholds.builder().actor(Fixtures.PROVINCE).unitCode(Participants.A_XAN)
                .occurredOn(ON).householdId("HN-001").absorbedHouseholdId("HN-002")
                .addAbsorbedMember("Alăng Thị Nhàn", HouseholdRelation.OTHER)
                .addAbsorbedMember("Alăng Văn Bốn", HouseholdRelation.PARENT).reason("Nhập hộ theo đơn").build();
        String today = codec.write(new EventEnvelope(9, ON, Instant.EPOCH, Fixtures.PROVINCE, Participants.A_XAN,
                ApprovalRequested.builder().requestId("approval-9").command(merge).expiresOn(ON.plusDays(30))
                        .ruleVi("Nhập hộ cần phê duyệt").ruleEn("A merger of households needs approval").build(),
                "x", "y"));
        String recorded = today.replace(",\"payloadVersion\":2", "").replace("\"absorbedMembers\":[{\"fullName\":"
                + "\"Alăng Thị Nhàn\",\"relation\":\"OTHER\"},{\"fullName\":\"Alăng Văn Bốn\",\"relation\":\"PARENT\"}]",
                "\"relations\":{\"Alăng Thị Nhàn\":\"OTHER\",\"Alăng Văn Bốn\":\"PARENT\"}");

        EventEnvelope read = codec.read(recorded);

        assertThat(recorded).doesNotContain("absorbedMembers", "payloadVersion");
        assertThat(read.payloadAs(ApprovalRequested.class).orElseThrow().command()).isEqualTo(merge);
        assertThat(read.recordedPayload()).map(RecordedPayload::version).contains(1);
        assertThat(codec.write(read)).isEqualTo(recorded);
        assertThatThrownBy(() -> codec.read(recorded.replace("\"relations\":", "\"absorbedMembers\":[],\"relations\":")))
                .isInstanceOf(KetnghiaException.class).hasMessageContaining("not both");
    }
}
