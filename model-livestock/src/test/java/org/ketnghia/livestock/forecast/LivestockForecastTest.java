package org.ketnghia.livestock.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.forecast.ForecastReport.AreaForecast;
import org.ketnghia.livestock.forecast.ForecastReport.HouseholdForecast;
import org.ketnghia.livestock.forecast.ForecastReport.ObligationForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearProbability;
import org.ketnghia.livestock.simulation.SimulationIndicators;
import org.ketnghia.testing.Participants;

/** The report built from a forecast's replicates (a hand-written simulator stands in for the livestock one). */
class LivestockForecastTest {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final SimulationScenario SCENARIO = ForecastLedger.scenario(ForecastLedger.A_XAN_GOATS);
    private static final LocalDate AS_OF = LocalDate.of(2023, 3, 1);
    private static final FakeForecastEngine ENGINE = new FakeForecastEngine(Participants.TAY_GIANG_DISTRICT,
            List.of("HN-2"));

    private final ForecastStart start = ForecastStarts.asOf(new ForecastLedger().recorded().ledger, SCENARIO, AS_OF,
            ForecastLedger.TODAY);

    private ForecastReport run(int threads) {
        return LivestockForecast.builder().engine(ENGINE).replicates(400).seed(2021).threads(threads).build()
                .run(SCENARIO, start, AS_OF, Optional.of(Participants.units()));
    }

    @Test
    void theYearsForecast_areThoseEndingAfterTheStart() {
        ForecastReport report = run(1);

        assertThat(report.monthsElapsed()).isEqualTo(18);
        assertThat(report.years()).extracting(ForecastReport.YearEnd::year).containsExactly(2, 3, 4, 5);
        assertThat(report.years().get(0).yearEnd()).isEqualTo(LocalDate.of(2023, 8, 31));
        assertThat(report.programmeEnd()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(report.areas()).extracting(AreaForecast::level).containsExactly(ForecastReport.PROGRAMME,
                ForecastReport.DISTRICT, ForecastReport.GROUP);
        assertThat(report.areas(ForecastReport.GROUP).get(0).nameVi()).isEqualTo("Tổ nhóm hộ xã A Xan (Tây Giang)");
        assertThat(report.areas(ForecastReport.DISTRICT).get(0).nameVi()).isEqualTo("Huyện Tây Giang");
    }

    @Test
    void everyWaitingHousehold_hasProbabilitiesInRange_thatNeverDecrease() {
        ForecastReport report = run(1);

        assertThat(report.households()).extracting(HouseholdForecast::householdId).containsExactly("HN-4", "HN-5");
        for (HouseholdForecast household : report.households()) {
            assertThat(household.received()).hasSize(4);
            double before = 0;
            for (YearProbability year : household.received()) {
                assertThat(year.probability()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(before);
                before = year.probability();
            }
            // 1 - 0.7^4 = 0.76 by the end, 0.3 after the first year
            assertThat(household.receivedByEnd()).isCloseTo(1 - Math.pow(0.7, 4), within(0.08));
            assertThat(household.probabilityReceivedBy(LocalDate.of(2023, 8, 30))).isZero();
            assertThat(household.probabilityReceivedBy(LocalDate.of(2024, 1, 1)))
                    .isEqualTo(household.received().get(0).probability());
        }
    }

    @Test
    void theExpectedWaitingAtTheEnd_isTheSumOverWaitingHouseholds() {
        ForecastReport report = run(1);
        double expected = report.households().stream().mapToDouble(h -> 1 - h.receivedByEnd()).sum();

        for (AreaForecast area : report.areas()) {
            assertThat(area.waitingAtStart()).isEqualTo(2);
            assertThat(area.openAtStart()).isEqualTo(2);
            assertThat(area.headAtStart()).isEqualTo(14);
            assertThat(area.expectedWaitingAtEnd()).isCloseTo(expected, within(0.011));
            for (YearForecast year : area.years()) {
                assertThat(year.waiting().p5()).isLessThanOrEqualTo(year.waiting().mean());
                assertThat(year.waiting().mean()).isLessThanOrEqualTo(year.waiting().p95()).isBetween(0.0, 2.0);
            }
        }
    }

    @Test
    void herdSize_sumsEverySpeciesAndSexWithinEachReplicate() {
        ForecastReport report = run(1);

        for (AreaForecast area : report.areas()) {
            for (YearForecast year : area.years()) {
                double head = FakeForecastEngine.FEMALES + FakeForecastEngine.MALES;
                assertThat(year.herdSize()).isEqualTo(new ForecastReport.Band(head, head, head));
                assertThat(year.herdValue().p5()).isLessThanOrEqualTo(year.herdValue().mean());
                assertThat(year.herdValue().mean()).isBetween(1_000_000.0, 2_000_000.0)
                        .isLessThanOrEqualTo(year.herdValue().p95());
            }
        }
    }

    @Test
    void obligations_listTheOpenOnes_andTheLikelyOverdue() {
        ForecastReport report = run(1);

        assertThat(report.obligations()).extracting(ObligationForecast::householdId, ObligationForecast::probability,
                ObligationForecast::likely).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HN-2", 1.0, true),
                        org.assertj.core.groups.Tuple.tuple("HN-3", 0.0, false));
        assertThat(report.likelyOverdue()).extracting(ObligationForecast::householdId).containsExactly("HN-2");
        assertThat(report.programme().likelyOverdue()).isEqualTo(1);
    }

    @Test
    void theReport_isTheSameWithAnyThreadCount_byteForByte() {
        ForecastReport one = run(1);
        ForecastReport two = run(2);

        assertThat(two).isEqualTo(one);
        assertThat(two.toJson(MAPPER)).isEqualTo(one.toJson(MAPPER));
        assertThat(two.toCsv()).isEqualTo(one.toCsv());
        assertThat(two.householdsCsv()).isEqualTo(one.householdsCsv());
    }

    @Test
    void json_roundTrips() {
        ForecastReport report = run(1);
        String json = report.toJson(MAPPER);

        ForecastReport read = ForecastReport.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                MAPPER);
        assertThat(read).isEqualTo(report);
        assertThat(read.toJson(MAPPER)).isEqualTo(json);
    }

    @Test
    void csv_hasAHeaderAndOneRowPerAreaAndYear() {
        ForecastReport report = run(1);

        List<String> rows = report.toCsv().lines().toList();
        assertThat(rows).hasSize(1 + 3 * 4);
        assertThat(rows.get(0)).startsWith("cap,ma,huyen,ten,nam,ngay_cuoi_nam,ho_cho_luc_dau");
        assertThat(rows.get(1)).startsWith("programme,,,Toàn chương trình,2,2023-08-31,2,");
        List<String> households = report.householdsCsv().lines().toList();
        assertThat(households).hasSize(3);
        assertThat(households.get(0)).endsWith("nhan_truoc_2023-08-31,nhan_truoc_2024-08-31,nhan_truoc_2025-08-31,"
                + "nhan_truoc_2026-08-31");
        assertThat(households.get(1)).startsWith("HN-4,to-de-a-ur,QNA.TAY-GIANG.A-XAN,QNA.TAY-GIANG,");
        assertThat(report.householdsByCsv(LocalDate.of(2025, 1, 1)).lines().toList()).containsExactly(
                "ho,to,xa,huyen,nhan_truoc_2025-01-01",
                "HN-4,to-de-a-ur,QNA.TAY-GIANG.A-XAN,QNA.TAY-GIANG," + String.format(java.util.Locale.ROOT, "%.4f",
                        report.households().get(0).received().get(1).probability()),
                "HN-5,to-de-a-ur,QNA.TAY-GIANG.A-XAN,QNA.TAY-GIANG," + String.format(java.util.Locale.ROOT, "%.4f",
                        report.households().get(1).received().get(1).probability()));
        assertThat(report.obligationsCsv().lines().toList()).hasSize(3).element(1).asString()
                .isEqualTo("HN-2,to-de-a-ur,QNA.TAY-GIANG.A-XAN,QNA.TAY-GIANG,1,OPEN,1,1.0000,có");
    }

    @Test
    void aForecastWithoutReplicatesOrThreads_isRefused_namingEach() {
        assertThatThrownBy(() -> LivestockForecast.builder().replicates(0).threads(0).build())
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("replicates", "threads"));
    }

    @Test
    void theDemographyGiven_replacesTheSettingsOne() {
        var demography = org.ketnghia.livestock.simulation.Demography.standard();
        LivestockForecast forecast = LivestockForecast.builder().engine(ENGINE).demography(demography, "calibrated")
                .build();

        assertThat(forecast.settings().demography()).isSameAs(demography);
        assertThat(LivestockForecast.builder().engine(ENGINE).replicates(10).demography(demography, "calibrated")
                .build().run(SCENARIO, start, AS_OF, Optional.empty()).demography()).isEqualTo("calibrated");
    }

    @Test
    void onlyTheIndicatorsTheReportUses_areKept() {
        var summary = LivestockForecast.builder().engine(ENGINE).replicates(5).build().summary(SCENARIO, start);

        assertThat(summary.indicators().keySet()).noneMatch(id -> id.startsWith(SimulationIndicators.BIRTHS_ID))
                .contains("livestock.forecast.head/group/" + ForecastLedger.A_XAN, "livestock.forecast.waiting",
                        "livestock.forecast.overdue-so-far/HN-2", "livestock.forecast.received/HN-4");
    }
}
