package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.training.TrainingFixtures.A_XAN;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.training.course.ReassignOfficial;
import org.ketnghia.training.course.RecordOfficialDeparture;
import org.ketnghia.training.course.ScoreScale;
import org.ketnghia.training.course.ScoreTest;
import org.junit.jupiter.api.Test;

/** Every training event and command type survives a JSON round trip through its base type. */
class JsonRoundTripTest {

    private final KetnghiaRuntime runtime = TrainingFixtures.runtime();
    private final ObjectMapper mapper = runtime.objectMapper();

    /** The year of {@link TrainingYear}, then a reassignment and a departure: every training event type. */
    static void playEveryEvent(Ledger ledger) {
        TrainingYear.play(ledger);
        ledger.submit(ReassignOfficial.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(2023, 1, 2))
                .personId("AX-2").position("Chủ tịch UBND xã").workUnitCode(A_XAN).reason("QĐ 12/QĐ-UBND").build());
        ledger.submit(RecordOfficialDeparture.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2023, 1, 3)).personId("AX-3").reason("Nghỉ hưu").build());
    }

    private List<LedgerEvent> everyEvent() {
        Ledger ledger = runtime.ledger();
        playEveryEvent(ledger);
        ClassCorrectionsTest.playCorrections(ledger::submit);
        HouseholdTrainingTest.playHouseholdTraining(ledger::submit);
        HouseholdClassCorrectionsTest.playHouseholdCorrections(ledger::submit);
        return ledger.store().readAll().stream().map(EventEnvelope::payload)
                .filter(payload -> payload.getClass().getPackageName().startsWith("org.ketnghia.training"))
                .toList();
    }

    @Test
    void everyEventTypeOfAPlayedYear_roundTripsThroughLedgerEvent() throws Exception {
        List<LedgerEvent> events = everyEvent();
        Set<String> types = events.stream().map(event -> event.getClass().getSuperclass().getSimpleName())
                .collect(Collectors.toSet());

        assertThat(types).containsExactlyInAnyOrderElementsOf(
                runtime.model(TrainingModel.ID).eventTypes().stream().map(Class::getSimpleName).toList());
        for (LedgerEvent event : events) {
            String json = mapper.writeValueAsString(event);
            LedgerEvent back = mapper.readValue(json, LedgerEvent.class);
            assertThat(back).as(json).isEqualTo(event);
            assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
            assertThat(json).contains("\"type\":\"training.");
        }
    }

    @Test
    void everyCommandType_roundTripsThroughCommand() throws Exception {
        LocalDate day = LocalDate.of(2022, 5, 10);
        List<Command> commands = List.of(
                TrainingFixtures.openClass("X", A_XAN, org.ketnghia.training.catalogue.OfficialLevel.COMMUNE, day,
                        List.of(day, day.plusDays(1)), 30, "finance", "planning").sponsorId("s").plannedBudget(Money.ofMillions(9))
                        .scoreScale(ScoreScale.of(0, 10)).completionThresholdPercent(75).levelExceptionReason("lý do").build(),
                TrainingFixtures.enrol("X", A_XAN, day, "AX-1", "AX-2"),
                TrainingFixtures.attendance("X", A_XAN, day, "AX-1"),
                TrainingFixtures.scores("X", A_XAN, day, ScoreTest.PRE, Map.of("AX-1", 7, "AX-2", 9)),
                TrainingFixtures.certificates("X", A_XAN, day, Map.of("AX-1", "CN-1")),
                TrainingFixtures.cost("X", A_XAN, day, "chi-x", Money.ofDong(1_234_567)),
                ReassignOfficial.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(day).personId("AX-1")
                        .position("Chủ tịch").workUnitCode(A_XAN).reason("QĐ 12").build(),
                RecordOfficialDeparture.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(day)
                        .personId("AX-1").reason("Nghỉ hưu").build(),
                ClassCorrectionsTest.withdraw("X", A_XAN, day, "AX-1"),
                ClassCorrectionsTest.reschedule("X", A_XAN, day, List.of(day, day.plusDays(3))),
                ClassCorrectionsTest.cancel("X", A_XAN, day),
                ClassCorrectionsTest.correct("X", A_XAN, day, ScoreTest.POST, "AX-1", 9),
                HouseholdTrainingTest.open(Fixtures.PROVINCE, "H"),
                HouseholdTrainingTest.attendance(Fixtures.PROVINCE, day, HouseholdTrainingTest.HOA),
                HouseholdClassCorrectionsTest.reschedule(Fixtures.PROVINCE, "H", day, List.of(day, day.plusDays(3))),
                HouseholdClassCorrectionsTest.cancel(Fixtures.PROVINCE, "H", day));

        List<Class<?>> commandClasses = commands.stream().<Class<?>>map(command -> command.getClass().getSuperclass()).toList();
        assertThat(commandClasses).containsExactlyInAnyOrderElementsOf(List.<Class<?>>copyOf(Fixtures.commandTypes(runtime.model(TrainingModel.ID))));
        for (Command command : commands) {
            String json = mapper.writeValueAsString(command);
            Command back = mapper.readValue(json, Command.class);
            assertThat(back).as(json).isEqualTo(command);
            assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
        }
    }
}
