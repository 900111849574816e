package org.ketnghia.core.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.approval.internal.ApprovalFeature;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

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
}
