package org.ketnghia.livestock.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.forecast.ForecastStart.AnimalStart;
import org.ketnghia.livestock.forecast.ForecastStart.GroupStart;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;
import org.ketnghia.livestock.forecast.ForecastStart.ObligationState;
import org.ketnghia.testing.Participants;

/** The state read from a hand-built ledger: exact ages, flags, queues and obligations as of a date. */
class ForecastStartsTest {

    private static final SimulationScenario SCENARIO = ForecastLedger.scenario(ForecastLedger.A_XAN_GOATS);
    private static final LocalDate MARCH_2023 = LocalDate.of(2023, 3, 1);

    private final ForecastLedger recorded = new ForecastLedger().recorded();

    private ForecastStart asOf(LocalDate date) {
        return ForecastStarts.asOf(recorded.ledger, SCENARIO, date, ForecastLedger.TODAY);
    }

    private static Map<String, AnimalStart> byTag(ForecastStart start) {
        return start.animals().stream().collect(Collectors.toMap(AnimalStart::earTag, Function.identity()));
    }

    @Test
    void monthsElapsed_countsWholeProgrammeMonths() {
        assertThat(asOf(MARCH_2023).monthsElapsed()).isEqualTo(18);
        assertThat(asOf(LocalDate.of(2023, 3, 31)).monthsElapsed()).isEqualTo(18);
        assertThat(asOf(ForecastLedger.START).monthsElapsed()).isZero();
        assertThat(ForecastStarts.monthIndex(ForecastLedger.START, LocalDate.of(2021, 8, 31))).isEqualTo(-1);
    }

    @Test
    void animals_haveTheirCensusAge_sexKeeperAndFlags() {
        Map<String, AnimalStart> animals = byTag(asOf(MARCH_2023));

        assertThat(animals).doesNotContainKey("G07").hasSize(14);
        // bought ten months old on 10 September 2021: 27 whole months on 1 March 2023
        assertThat(animals.get("G01")).isEqualTo(new AnimalStart("G01", "HN-1", true, 27, true, false, 1));
        assertThat(animals.get("G02")).isEqualTo(new AnimalStart("G02", "HN-1", true, 27, true, false, 0));
        assertThat(animals.get("G03")).isEqualTo(new AnimalStart("G03", "HN-1", true, 27, true, false, 1));
        assertThat(animals.get("G05")).isEqualTo(new AnimalStart("G05", "HN-1", false, 27, true, false, 0));
        assertThat(animals.get("G06")).isEqualTo(new AnimalStart("G06", "HN-2", true, 27, true, false, 1));
        // born in month 6 (March 2022): class 18 - 6 - 1 at the census of month 18; passed on, so received
        assertThat(animals.get("K1")).isEqualTo(new AnimalStart("K1", "HN-3", true, 11, true, false, 0));
        assertThat(animals.get("K2")).isEqualTo(new AnimalStart("K2", "HN-1", false, 11, false, false, 0));
        assertThat(animals.get("K3")).isEqualTo(new AnimalStart("K3", "HN-1", false, 10, false, false, 0));
        // HN-2 still owes: its first female kid is earmarked
        assertThat(animals.get("K4")).isEqualTo(new AnimalStart("K4", "HN-2", true, 9, false, true, 0));
        // born in month 16 to HN-1, whose obligation is done: class 1, not earmarked
        assertThat(animals.get("K5")).isEqualTo(new AnimalStart("K5", "HN-1", true, 1, false, false, 0));
    }

    @Test
    void theQueue_listsReceivedHouseholdsInOrderThenTheWaitingOnes() {
        ForecastStart start = asOf(MARCH_2023);

        assertThat(start.groups()).hasSize(1);
        GroupStart group = start.groups().get(0);
        assertThat(group.communeCode()).isEqualTo(ForecastLedger.A_XAN);
        assertThat(group.groupId()).isEqualTo(ForecastLedger.GROUP);
        assertThat(group.households()).extracting(HouseholdStart::householdId, HouseholdStart::round,
                HouseholdStart::receivedMonth, HouseholdStart::obligation, HouseholdStart::owed).containsExactly(
                        tuple("HN-1", 1, 0, ObligationState.DONE, 0),
                        tuple("HN-2", 1, 0, ObligationState.OPEN, 1),
                        tuple("HN-3", 2, 14, ObligationState.OPEN, 1),
                        tuple("HN-4", 0, -1, ObligationState.NONE, 0),
                        tuple("HN-5", 0, -1, ObligationState.NONE, 0));
    }

    @Test
    void eventsOnOrAfterTheDate_areLeftToTheForecast() {
        // 1 April 2022 (month 7): K3 (20 April) and everything later not yet recorded
        ForecastStart start = asOf(LocalDate.of(2022, 4, 1));
        Map<String, AnimalStart> animals = byTag(start);

        assertThat(start.monthsElapsed()).isEqualTo(7);
        assertThat(animals.keySet()).containsExactlyInAnyOrder("G01", "G02", "G03", "G04", "G05", "G06", "G07", "G08",
                "G09", "G10", "K1", "K2");
        assertThat(animals.get("K1")).isEqualTo(new AnimalStart("K1", "HN-1", true, 0, false, true, 0));
        assertThat(start.groups().get(0).households()).extracting(HouseholdStart::householdId,
                HouseholdStart::obligation).containsExactly(tuple("HN-1", ObligationState.OPEN),
                        tuple("HN-2", ObligationState.OPEN), tuple("HN-3", ObligationState.NONE),
                        tuple("HN-4", ObligationState.NONE), tuple("HN-5", ObligationState.NONE));
        // on the birth date itself the birth is not yet in the census
        assertThat(byTag(asOf(LocalDate.of(2022, 3, 5)))).doesNotContainKey("K1");
        assertThat(byTag(asOf(LocalDate.of(2022, 3, 6)))).containsKey("K1");
    }

    @Test
    void aReceivedHousehold_isNeverWaiting_andEveryKeeperIsInAQueue() {
        ForecastStart start = asOf(MARCH_2023);
        List<String> queued = start.groups().stream().flatMap(g -> g.households().stream())
                .map(HouseholdStart::householdId).toList();
        List<String> waiting = start.groups().stream().flatMap(g -> g.households().stream())
                .filter(HouseholdStart::waiting).map(HouseholdStart::householdId).toList();

        assertThat(queued).doesNotHaveDuplicates().doesNotContain("HN-L");
        assertThat(start.animals()).allSatisfy(animal -> {
            assertThat(queued).contains(animal.householdId());
            assertThat(waiting).doesNotContain(animal.householdId());
        });
    }

    @Test
    void aDateBeforeTheStart_orAfterToday_isRefused() {
        assertThatThrownBy(() -> asOf(LocalDate.of(2021, 8, 31))).isInstanceOfSatisfying(KetnghiaException.class,
                e -> {
                    assertThat(e.has(ForecastErrorCode.FORECAST_BEFORE_PROGRAMME_START)).isTrue();
                    assertThat(e.field()).isEqualTo("asOf");
                });
        assertThatThrownBy(() -> asOf(ForecastLedger.TODAY.plusDays(1))).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(p -> p.code(), p -> p.field())
                        .containsExactly(tuple(ForecastErrorCode.FORECAST_AFTER_TODAY, "asOf")));
        assertThatThrownBy(() -> ForecastStarts.asOf(recorded.ledger, SCENARIO, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 1, 1))).isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(ForecastErrorCode.FORECAST_AFTER_PROGRAMME_END)).isTrue());
    }

    @Test
    void aScenarioWithoutLivestockPlan_isRefused() {
        SimulationScenario other = new SimulationScenario(ForecastLedger.START, 5, new PlanSection("training",
                "models.training", org.ketnghia.core.json.KetnghiaJson.newObjectMapper().createObjectNode()
                        .put("classes", 3)));

        assertThatThrownBy(() -> ForecastStarts.asOf(recorded.ledger, other, MARCH_2023, ForecastLedger.TODAY))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.has(ForecastErrorCode.FORECAST_NO_LIVESTOCK_PROGRAMME)).isTrue();
                    assertThat(e.field()).isEqualTo("scenario.section");
                });
    }

    @Test
    void aGroupInNoPilotCommune_isRefused_namingTheGroup() {
        SimulationScenario elsewhere = ForecastLedger.scenario(
                ForecastLedger.programme("QNA.NAM-GIANG", "QNA.NAM-GIANG.TA-BHING"));

        assertThatThrownBy(() -> ForecastStarts.asOf(recorded.ledger, elsewhere, MARCH_2023, ForecastLedger.TODAY))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code(), p -> p.field()).containsExactly(tuple(
                                ForecastErrorCode.FORECAST_GROUP_OUTSIDE_PLAN, "groups.to-de-a-ur.communeCode")));
    }

    @Test
    void theEventStream_givesTheSameStateAsTheLedger() {
        ForecastStart fromLedger = asOf(MARCH_2023);
        List<org.ketnghia.core.ledger.EventEnvelope> events = new java.util.ArrayList<>();
        recorded.ledger.store().forEach(1, events::add);

        assertThat(ForecastStarts.fromEvents(events, Participants.units(), SCENARIO, MARCH_2023, ForecastLedger.TODAY))
                .isEqualTo(fromLedger);
        assertThat(ForecastStarts.asOf(recorded.ledger, "quang-nam-2021", SCENARIO, MARCH_2023, ForecastLedger.TODAY))
                .isEqualTo(fromLedger);
    }
}
