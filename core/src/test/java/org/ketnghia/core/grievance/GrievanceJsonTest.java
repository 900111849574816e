package org.ketnghia.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.grievance.GrievanceFixtures.COMPLAINT_ID;
import static org.ketnghia.core.grievance.GrievanceFixtures.RECEIVED_ON;
import static org.ketnghia.core.grievance.GrievanceFixtures.SYSTEM;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.grievance.internal.GrievanceFeature;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.testing.Fixtures;

/** Every grievance type round-trips through JSON to an equal value and to the very same bytes. */
class GrievanceJsonTest {

    private static final ObjectMapper MAPPER = GrievanceFixtures.runtime().objectMapper();
    private static final LocalDate ON = RECEIVED_ON.plusDays(2);

    static Stream<LedgerEvent> events() {
        return Stream.of(GrievanceRulesSet.builder().programmeId("quang-nam-2021").daysToAnswer(7).daysToClose(20)
                        .decision("Quyết định số 5/QĐ-BDT").build(),
                ListPosted.builder().from((PostingFacts) GrievanceFixtures.posting(SYSTEM).noteVi("Thông báo số 12/TB-UBND")
                        .build()).build(),
                ComplaintReceived.builder().from((ComplaintFacts) GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build())
                        .rulesProgrammeId("quang-nam-2021").answerDueOn(RECEIVED_ON.plusDays(7))
                        .closeDueOn(RECEIVED_ON.plusDays(20)).build(),
                ComplaintReceived.builder().complaintId("don-an-danh").postingId(GrievanceFixtures.POSTING_ID)
                        .kind(ComplaintKind.FEEDBACK).channel(ComplaintChannel.SUGGESTION_BOX).summaryVi("Danh sách thiếu hộ")
                        .answerDueOn(RECEIVED_ON.plusDays(10)).closeDueOn(RECEIVED_ON.plusDays(45)).build(),
                ComplaintAssigned.builder().complaintId(COMPLAINT_ID).assignee("Phòng Dân tộc huyện")
                        .assigneeUnitCode(org.ketnghia.testing.Participants.TAY_GIANG_DISTRICT).build(),
                ComplaintAnswered.builder().from((AnswerFacts) GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, ON).build()).build(),
                CorrectionRequested.builder().from((CorrectionRequestFacts) GrievanceFixtures.requestCorrection(SYSTEM,
                        COMPLAINT_ID, "yc-1", ON).build()).build(),
                ComplaintClosed.builder().complaintId(COMPLAINT_ID).result(ComplaintResult.UPHELD).reasonVi("Đúng")
                        .decision("Quyết định số 3/QĐ-UBND").correctionSequence(42L).correctionRequestId("yc-1").build(),
                ComplaintClosed.builder().complaintId(COMPLAINT_ID).result(ComplaintResult.WITHDRAWN).reasonVi("Rút đơn").build());
    }

    static Stream<Command> commands() {
        return Stream.of(GrievanceFixtures.rules(SYSTEM, 7, 20).build(),
                GrievanceFixtures.posting(SYSTEM).build(),
                GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build(),
                GrievanceFixtures.complaint(Fixtures.actor(org.ketnghia.core.ledger.ActorRole.COMMUNE_COMMITTEE,
                        GrievanceFixtures.A_XAN), "don-an-danh").kind(ComplaintKind.PETITION).complainant(Optional.empty())
                        .householdId(Optional.empty()).build(),
                GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, ON).build(),
                GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, ON).build(),
                GrievanceFixtures.requestCorrection(SYSTEM, COMPLAINT_ID, "yc-1", ON).build(),
                GrievanceFixtures.close(SYSTEM, COMPLAINT_ID, ON, ComplaintResult.PARTLY_UPHELD).correctionSequence(42L).build());
    }

    @ParameterizedTest
    @MethodSource("events")
    void event_roundTripsToAnEqualValue_andTheSameBytes(LedgerEvent event) throws Exception {
        String json = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event);
        assertThat(json).startsWith("{\"type\":\"grievance.");
        LedgerEvent read = MAPPER.readValue(json, LedgerEvent.class);
        assertThat(read).isEqualTo(event);
        assertThat(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void command_roundTripsToAnEqualValue_andTheSameBytes(Command command) throws Exception {
        String json = MAPPER.writerFor(Command.class).writeValueAsString(command);
        assertThat(json).startsWith("{\"type\":\"grievance.");
        Command read = MAPPER.readValue(json, Command.class);
        assertThat(read).isEqualTo(command);
        assertThat(MAPPER.writerFor(Command.class).writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void everyDeclaredType_isCoveredByTheseRoundTrips() {
        GrievanceFeature feature = new GrievanceFeature();
        List<Class<?>> eventClasses = events().<Class<?>>map(e -> e.getClass().getSuperclass()).distinct().toList();
        List<Class<?>> commandClasses = commands().<Class<?>>map(c -> c.getClass().getSuperclass()).distinct().toList();
        assertThat(eventClasses).containsExactlyInAnyOrderElementsOf(feature.eventTypes());
        assertThat(commandClasses).containsExactlyInAnyOrderElementsOf(Fixtures.commandTypes(feature));
    }

    @Test
    void typeIds_areTheStableOnesDocumented() throws Exception {
        assertThat(Stream.concat(events(), commands()).map(value -> {
            try {
                return MAPPER.readTree(MAPPER.writerFor(value instanceof Command ? Command.class : LedgerEvent.class)
                        .writeValueAsString(value)).get("type").asText();
            } catch (Exception unreadable) {
                throw new AssertionError(unreadable);
            }
        }).distinct()).containsExactlyInAnyOrder("grievance.rules-set", "grievance.list-posted",
                "grievance.complaint-received", "grievance.complaint-assigned", "grievance.complaint-answered",
                "grievance.correction-requested", "grievance.complaint-closed", "grievance.set-rules",
                "grievance.record-posting", "grievance.receive-complaint", "grievance.assign-complaint",
                "grievance.answer-complaint", "grievance.request-correction", "grievance.close-complaint");
    }
}
