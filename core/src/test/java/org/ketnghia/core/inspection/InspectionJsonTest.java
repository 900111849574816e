package org.ketnghia.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.inspection.InspectionFixtures.A_XAN;
import static org.ketnghia.core.inspection.InspectionFixtures.FINANCE;
import static org.ketnghia.core.inspection.InspectionFixtures.FINANCE_BODY;
import static org.ketnghia.core.inspection.InspectionFixtures.VISIT;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.inspection.internal.InspectionFeature;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/** Every inspection type round-trips through JSON to an equal value and to the very same bytes. */
class InspectionJsonTest {

    private static final ObjectMapper MAPPER = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
            .clock(Fixtures.CLOCK).build().objectMapper();
    private static final LocalDate LATER = LocalDate.of(2024, 7, 1);

    static Stream<LedgerEvent> events() {
        return Stream.of(
                InspectionRecorded.builder().inspectionId("KT-1").kind(InspectionKind.CHECK).body(FINANCE_BODY)
                        .reference("Biên bản số 5").addFindings(InspectionFixtures.goatGroupFinding())
                        .addActions(InspectionFixtures.vaccinate()).build(),
                InspectionRecorded.builder().inspectionId("PT-1").kind(InspectionKind.RE_CHECK)
                        .body(InspectionFixtures.DISTRICT_BODY).recheckOf("KT-1").build(),
                ActionClosed.builder().inspectionId("KT-1").actionId("A1").evidenceReference("Báo cáo 12").noteVi("Đã tiêm").build(),
                ActionClosed.builder().inspectionId("KT-1").actionId("A1").evidenceReference("Báo cáo 12").build(),
                ClosureReviewed.builder().inspectionId("KT-1").actionId("A1").recheckInspectionId("PT-1")
                        .outcome(RecheckOutcome.REOPENED).newDeadline(LATER).reasonVi("Còn thiếu").build(),
                ClosureReviewed.builder().inspectionId("KT-1").actionId("A1").recheckInspectionId("PT-1")
                        .outcome(RecheckOutcome.CONFIRMED).build());
    }

    static Stream<Command> commands() {
        Actor sponsor = Actor.forSponsor("can-bo", "Sở Tài chính", FINANCE);
        return Stream.of(
                InspectionFixtures.check(PROVINCE, "KT-1").build(),
                InspectionFixtures.check(sponsor, "KT-2").body(FINANCE_BODY).kind(InspectionKind.MONITORING_VISIT).build(),
                InspectionFixtures.recheck(PROVINCE, "PT-1", "KT-1", LATER),
                InspectionFixtures.close(PROVINCE, "KT-1", "A1", LATER).noteVi("Đủ hồ sơ").build(),
                InspectionFixtures.close(sponsor, "KT-2", "A1", LATER).sponsorId(FINANCE).build(),
                InspectionFixtures.confirm(PROVINCE, "PT-1", LATER).build(),
                InspectionFixtures.confirm(sponsor, "PT-1", LATER).sponsorId(FINANCE).outcome(RecheckOutcome.REOPENED)
                        .newDeadline(LATER.plusMonths(2)).reasonVi("Chưa đủ").build());
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_roundTripsToAnEqualValue_andTheSameBytes(LedgerEvent event) throws Exception {
        String json = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event);
        assertThat(json).startsWith("{\"type\":\"inspection.");
        LedgerEvent read = MAPPER.readValue(json, LedgerEvent.class);
        assertThat(read).isEqualTo(event);
        assertThat(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_roundTripsToAnEqualValue_andTheSameBytes(Command command) throws Exception {
        String json = MAPPER.writerFor(Command.class).writeValueAsString(command);
        assertThat(json).startsWith("{\"type\":\"inspection.");
        Command read = MAPPER.readValue(json, Command.class);
        assertThat(read).isEqualTo(command);
        assertThat(MAPPER.writerFor(Command.class).writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void everyDeclaredType_isCovered_andEnumsUseStableIds() throws Exception {
        InspectionFeature feature = new InspectionFeature();
        assertThat(events().<Class<?>>map(e -> e.getClass().getSuperclass()).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(feature.eventTypes());
        assertThat(commands().<Class<?>>map(c -> c.getClass().getSuperclass()).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(Fixtures.commandTypes(feature));
        String json = MAPPER.writerFor(Command.class).writeValueAsString(commands().toList().get(1));
        assertThat(json).contains("\"kind\":\"monitoring-visit\"").contains("\"kind\":\"sponsor\"")
                .contains("\"severity\":\"major\"").doesNotContain("sponsorId");
        assertThat(List.of(A_XAN, VISIT)).hasSize(2);
    }
}
