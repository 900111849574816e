package org.ketnghia.core.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.duty.DutyFixtures.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.duty.internal.DutyFeature;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/** Every reporting-duty type round-trips through JSON to an equal value and to the very same bytes. */
class DutyJsonTest {

    private static final ObjectMapper MAPPER = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).clock(Fixtures.CLOCK).build()
            .objectMapper();
    private static final LocalDate ON = LocalDate.of(2024, 6, 3);

    private static ReportRequest request() {
        return ReportRequest.builder().requestId("han-han-2024").titleVi("Báo cáo thiệt hại do hạn hán").periodFrom(LocalDate.of(2024, 1, 1))
                .periodTo(LocalDate.of(2024, 5, 31)).deadline(LocalDate.of(2024, 6, 15)).addAddresseeUnitCodes(A_XAN)
                .addAddresseeSponsorIds(SPONSOR).build();
    }

    private static SubmitReport toRequest() {
        return SubmitReport.builder().actor(A_XAN_COMMITTEE).unitCode(A_XAN).occurredOn(ON).submissionId("axan-han-han").programmeId(PROGRAMME)
                .requestId("han-han-2024").submissionKind(SubmissionKind.SUPPORTED_HOUSEHOLD_LIST).contentSha256(hash("ds"))
                .dispatchNumber("30/BC-UBND").dispatchDate(ON).build();
    }

    static Stream<LedgerEvent> events() {
        return Stream.of(ReportingDutiesDeclared.builder().programmeId(PROGRAMME).addAllDuties(calendar()).build(),
                ReportRequested.builder().programmeId(PROGRAMME).request(request()).build(),
                ReportSubmitted.builder().from((SubmissionFacts) submit(A_XAN_COMMITTEE, A_XAN, "axan-2023", COMMUNE_ANNUAL, "2023", ON, "v1"))
                        .build(),
                ReportSubmitted.builder().from((SubmissionFacts) sponsorReport(SPONSOR_ACCOUNTANT, SPONSOR, QNA, "stc-2023", "2023", ON)).build(),
                ReportSubmitted.builder().from((SubmissionFacts) toRequest()).build(),
                ReportApproved.builder().submissionId("axan-2023").build(),
                ReportReturned.builder().submissionId("axan-2023").reasonVi("Thiếu số liệu thôn A Ur").build(),
                ReportReopened.builder().submissionId("axan-2023").reasonVi("Sai số hộ").build());
    }

    static Stream<Command> commands() {
        return Stream.of(declareCalendar(BAN_DAN_TOC),
                RequestReport.builder().actor(BAN_DAN_TOC).unitCode(QNA).occurredOn(ON).programmeId(PROGRAMME).request(request()).build(),
                submit(A_XAN_COMMITTEE, A_XAN, "axan-2023", COMMUNE_ANNUAL, "2023", ON, "v1"),
                sponsorReport(SPONSOR_ACCOUNTANT, SPONSOR, QNA, "stc-2023", "2023", ON), toRequest(),
                approve(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON), returnForCorrection(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON),
                reopen(TAY_GIANG_OFFICE, TAY_GIANG, "axan-2023", ON));
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_roundTripsToAnEqualValue_andTheSameBytes(LedgerEvent event) throws Exception {
        String json = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event);
        assertThat(json).startsWith("{\"type\":\"duty.");
        LedgerEvent read = MAPPER.readValue(json, LedgerEvent.class);
        assertThat(read).isEqualTo(event);
        assertThat(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_roundTripsToAnEqualValue_andTheSameBytes(Command command) throws Exception {
        String json = MAPPER.writerFor(Command.class).writeValueAsString(command);
        assertThat(json).startsWith("{\"type\":\"duty.");
        Command read = MAPPER.readValue(json, Command.class);
        assertThat(read).isEqualTo(command);
        assertThat(MAPPER.writerFor(Command.class).writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void everyDeclaredType_isCoveredByTheseRoundTrips_andAbsentOptionalsAreLeftOut() throws Exception {
        DutyFeature feature = new DutyFeature();
        List<Class<?>> eventClasses = events().<Class<?>>map(e -> e.getClass().getSuperclass()).distinct().toList();
        List<Class<?>> commandClasses = commands().<Class<?>>map(c -> c.getClass().getSuperclass()).distinct().toList();
        assertThat(eventClasses).containsExactlyInAnyOrderElementsOf(feature.eventTypes());
        assertThat(commandClasses).containsExactlyInAnyOrderElementsOf(Fixtures.commandTypes(feature));
        String answer = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(events().toList().get(4));
        assertThat(answer).contains("\"requestId\":\"han-han-2024\"").doesNotContain("dutyId").doesNotContain("periodKey")
                .doesNotContain("sponsorId").contains("\"submissionKind\":\"SUPPORTED_HOUSEHOLD_LIST\"");
    }
}
