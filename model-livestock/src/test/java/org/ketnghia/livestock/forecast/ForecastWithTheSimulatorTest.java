package org.ketnghia.livestock.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.forecast.ForecastReport.AreaForecast;
import org.ketnghia.livestock.forecast.ForecastReport.HouseholdForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearProbability;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;
import org.ketnghia.testing.Participants;

/**
 * The forecast run by the livestock simulator itself ({@code LivestockSimulator.forecast}) from the hand-built
 * ledger: structure, ranges and determinism only — the simulator's figures are its own business.
 */
class ForecastWithTheSimulatorTest {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final SimulationScenario SCENARIO = ForecastLedger.scenario(ForecastLedger.A_XAN_GOATS);
    private static final LocalDate AS_OF = LocalDate.of(2023, 3, 1);

    private final ForecastStart start = ForecastStarts.asOf(new ForecastLedger().recorded().ledger, SCENARIO, AS_OF,
            ForecastLedger.TODAY);

    private ForecastReport run(int threads) {
        return LivestockForecast.builder().replicates(300).seed(2021).threads(threads).build()
                .run(SCENARIO, start, AS_OF, Optional.of(Participants.units()));
    }

    @Test
    void theWaitingHouseholds_getProbabilitiesInRange_thatNeverDecrease() {
        ForecastReport report = run(2);
        List<String> received = start.groups().stream().flatMap(g -> g.households().stream())
                .filter(h -> !h.waiting()).map(HouseholdStart::householdId).toList();

        assertThat(report.households()).extracting(HouseholdForecast::householdId).containsExactly("HN-4", "HN-5")
                .doesNotContainAnyElementsOf(received);
        for (HouseholdForecast household : report.households()) {
            assertThat(household.received()).extracting(YearProbability::year).containsExactly(2, 3, 4, 5);
            double before = 0;
            for (YearProbability year : household.received()) {
                assertThat(year.probability()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(before);
                before = year.probability();
            }
        }
        // HN-4 is ahead of HN-5 in the queue: it is never less likely to have received
        assertThat(report.households().get(0).receivedByEnd()).isGreaterThanOrEqualTo(
                report.households().get(1).receivedByEnd());
        assertThat(report.obligations()).extracting(ForecastReport.ObligationForecast::householdId)
                .contains("HN-2", "HN-3");
        assertThat(report.obligations()).allSatisfy(o -> assertThat(o.probability()).isBetween(0.0, 1.0));
    }

    @Test
    void herdBands_areOrdered_andTheHerdIsThere() {
        ForecastReport report = run(2);

        for (AreaForecast area : report.areas()) {
            assertThat(area.headAtStart()).isEqualTo(14);
            assertThat(area.expectedWaitingAtEnd()).isBetween(0.0, 2.0);
            for (YearForecast year : area.years()) {
                assertThat(year.herdSize().p5()).isLessThanOrEqualTo(year.herdSize().mean());
                assertThat(year.herdSize().mean()).isLessThanOrEqualTo(year.herdSize().p95()).isPositive();
                assertThat(year.herdValue().mean()).isPositive();
                assertThat(year.householdsReached().mean()).isBetween(3.0, 5.0);
                assertThat(year.waiting().mean()).isBetween(0.0, 2.0);
            }
        }
    }

    @Test
    void theSameInputs_giveTheSameBytes_withOneOrTwoThreads() {
        ForecastReport one = run(1);
        ForecastReport two = run(2);

        assertThat(two.toJson(MAPPER)).isEqualTo(one.toJson(MAPPER));
        assertThat(two.toCsv()).isEqualTo(one.toCsv());
        assertThat(two.householdsCsv()).isEqualTo(one.householdsCsv());
        assertThat(two.obligationsCsv()).isEqualTo(one.obligationsCsv());
    }
}
