package org.ketnghia.examples.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.calibration.CalibrationParameter;
import org.ketnghia.livestock.calibration.CalibrationReport;
import org.ketnghia.livestock.calibration.CalibrationSelection;
import org.ketnghia.livestock.calibration.ParameterEstimate;
import org.ketnghia.livestock.forecast.ForecastReport.AreaForecast;
import org.ketnghia.livestock.forecast.ForecastReport.Band;
import org.ketnghia.livestock.forecast.ForecastReport.HouseholdForecast;
import org.ketnghia.livestock.forecast.ForecastReport.ObligationForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearEnd;
import org.ketnghia.livestock.forecast.ForecastReport.YearForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearProbability;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.forecast.ForecastStart.ObligationState;
import org.ketnghia.livestock.scenarios.DimensionLevels;
import org.ketnghia.livestock.scenarios.IndicatorResult;
import org.ketnghia.livestock.scenarios.ScenarioComparison;
import org.ketnghia.livestock.scenarios.ScenarioDimension;
import org.ketnghia.livestock.scenarios.ScenarioIndicator;
import org.ketnghia.livestock.scenarios.ScenarioRow;
import org.ketnghia.livestock.scenarios.SensitivityEntry;
import org.ketnghia.livestock.simulation.SimulationIndicators;

/**
 * Small hand-made inputs of the planners' pages, with round numbers whose formatted forms the tests can state: a
 * forecast of two programme years for one district and one group, a comparison of two scenarios, a calibration of one
 * parameter, and the run's site content with nothing in it.
 */
final class PlanningFixtures {

    static final LocalDate PROGRAMME_START = LocalDate.of(2022, 1, 1);
    static final LocalDate YEAR_4_END = LocalDate.of(2025, 12, 31);
    static final LocalDate YEAR_5_END = LocalDate.of(2026, 12, 31);
    static final String DISTRICT = "QNA.TAY-GIANG";
    static final String COMMUNE = "QNA.TAY-GIANG.A-XAN";
    static final LedgerPosition LEDGER = new LedgerPosition(24_956, "b7e15c560e70b4baf2e817f60503e65ba5b3a818");

    private PlanningFixtures() {
    }

    /** The facts of a page of the Quảng Nam programme, from {@code ledger}, produced at {@code producedAt}. */
    static SiteContext context(Optional<LedgerPosition> ledger, Instant producedAt, boolean simulated) {
        return new SiteContext("quang-nam-2021", "Thí điểm các mô hình", "quang-nam-2021.json", "Quảng Nam (quang-nam)",
                ledger, producedAt, simulated);
    }

    /** What a run with nothing to show would give the site. */
    static SiteContent emptyRun(SiteContext context) {
        return new SiteContent(context, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), "", Map.of(), List.of(),
                IndicatorLabels.of(Map.of()));
    }

    /**
     * A forecast as of {@code asOf} of programme years 4 and 5: 10 households waiting at the start, 6 (p5 4, p95 8) still
     * waiting at the end of year 4 and 2.5 (1, 4) at the end; herd 44.5 then 50.4 head, worth 880 million then 1,005
     * million đồng; the same for the programme, the district and the group; two waiting households; two obligations,
     * one likely overdue (62 %).
     */
    static ForecastReport forecast(LocalDate asOf) {
        List<YearForecast> years = List.of(
                new YearForecast(4, YEAR_4_END, new Band(6, 4, 8), new Band(4, 2, 6), new Band(44.5, 40, 49),
                        new Band(880_000_000, 800_000_000, 960_000_000), new Band(1.5, 0, 3)),
                new YearForecast(5, YEAR_5_END, new Band(2.5, 1, 4), new Band(7.5, 6, 9), new Band(50.4, 45, 55),
                        new Band(1_005_000_000, 900_000_000, 1_100_000_000), new Band(2, 1, 3)));
        List<AreaForecast> areas = List.of(
                new AreaForecast(ForecastReport.PROGRAMME, "", "", List.of("to-1"), "Toàn chương trình", 10, 6, 40, 2.5, 1,
                        years),
                new AreaForecast(ForecastReport.DISTRICT, DISTRICT, DISTRICT, List.of("to-1"), "Huyện Tây Giang", 10, 6, 40,
                        2.5, 1, years),
                new AreaForecast(ForecastReport.GROUP, COMMUNE, DISTRICT, List.of("to-1"), "Tổ nhóm hộ xã A Xan (Tây Giang)",
                        10, 6, 40, 2.5, 1, years));
        List<HouseholdForecast> households = List.of(
                new HouseholdForecast("ho-1", "to-1", COMMUNE, DISTRICT, List.of(new YearProbability(4, YEAR_4_END, 0.4),
                        new YearProbability(5, YEAR_5_END, 0.75)), 0.75),
                new HouseholdForecast("ho-2", "to-1", COMMUNE, DISTRICT, List.of(new YearProbability(4, YEAR_4_END, 0.1),
                        new YearProbability(5, YEAR_5_END, 0.5)), 0.5));
        List<ObligationForecast> obligations = List.of(
                new ObligationForecast("ho-9", "to-1", COMMUNE, DISTRICT, 1, ObligationState.OPEN, 1,
                        List.of(new YearProbability(4, YEAR_4_END, 0.3), new YearProbability(5, YEAR_5_END, 0.62)), 0.62, true),
                new ObligationForecast("ho-8", "to-1", COMMUNE, DISTRICT, 1, ObligationState.OPEN, 1,
                        List.of(new YearProbability(4, YEAR_4_END, 0.05), new YearProbability(5, YEAR_5_END, 0.1)), 0.1,
                        false));
        return new ForecastReport("Dự báo quay vòng giống vật nuôi", asOf, PROGRAMME_START, YEAR_5_END, 36, 200, 2021,
                "default", List.of(new YearEnd(4, YEAR_4_END), new YearEnd(5, YEAR_5_END)), areas, households, obligations);
    }

    /** A forecast as of {@code asOf} with no programme year left to forecast: nothing but its page's frame. */
    static ForecastReport noYearLeft(LocalDate asOf) {
        return new ForecastReport("Dự báo quay vòng giống vật nuôi", asOf, PROGRAMME_START, YEAR_5_END, 60, 200, 2021,
                "calibrated", List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Two scenarios differing by their shocks: none (the baseline, 600 households reached [580 – 620], herd worth 25
     * billion đồng) and a drought in year 2 (560.5 [540 – 575], −39.5 ± 3.3; 23 billion, −2 billion ± 100 million).
     */
    static ScenarioComparison comparison() {
        ScenarioIndicator households = ScenarioIndicator.householdsReached(5);
        ScenarioIndicator herdValue = ScenarioIndicator.of(SimulationIndicators.HERD_VALUE_ID, 5,
                "Giá trị đàn cuối năm 5 (đồng)", "Herd value at the end of year 5 (đồng)");
        return ScenarioComparison.builder().masterSeed(7).replicates(50).years(5).addIndicators(households, herdValue)
                .rankingIndicator(households.key())
                .addDimensions(levels(ScenarioDimension.PASS_ON_POLICY, List.of("first-female-offspring"),
                        List.of("Chuyển giao con cái đầu tiên")))
                .addDimensions(levels(ScenarioDimension.PRICE_LEVEL, List.of("1"), List.of("giá × 1")))
                .addDimensions(levels(ScenarioDimension.DEMOGRAPHY, List.of("assumed"), List.of("giả định")))
                .addDimensions(levels(ScenarioDimension.SHOCKS, List.of("none", "drought"),
                        List.of("không có cú sốc", "hạn hán năm 2")))
                .baselineScenario("first-female-offspring | 1 | assumed | none")
                .addRows(row("none", "không có cú sốc", true, result(households, 600, 580, 620, 0, 0),
                        result(herdValue, 25e9, 24e9, 26e9, 0, 0)))
                .addRows(row("drought", "hạn hán năm 2", false, result(households, 560.5, 540, 575, -39.5, 3.3),
                        result(herdValue, 23e9, 22e9, 24e9, -2e9, 1e8)))
                .addSensitivity(SensitivityEntry.builder().rank(1).dimension(ScenarioDimension.SHOCKS).labelVi("Cú sốc")
                        .labelEn("Shocks").swing(39.5).lowestLevel("drought").lowestDifference(-39.5)
                        .lowestStandardError(3.3).highestLevel("none").highestDifference(0).highestStandardError(0)
                        .mainEffectSwing(39.5).build())
                .build();
    }

    /** A calibration to 31 December 2025 whose one estimate, cattle mortality under 12 months, departs from 0.05. */
    static CalibrationReport calibration() {
        ParameterEstimate mortality = new ParameterEstimate(Species.CATTLE, CalibrationParameter.values()[0],
                "Tỷ lệ chết/năm, dưới 12 tháng", "animal-months", 1234.5, 12, OptionalDouble.of(0.1166666),
                OptionalDouble.of(0.0612), OptionalDouble.of(0.2034), 0.05, "", true, true);
        return new CalibrationReport(LocalDate.of(2025, 12, 31), CalibrationSelection.all(), YearMonth.of(2025, 12), Map.of(),
                List.of(), List.of(mortality));
    }

    private static DimensionLevels levels(ScenarioDimension dimension, List<String> levels, List<String> labelsVi) {
        return DimensionLevels.builder().dimension(dimension).levels(levels).labelsVi(labelsVi).baseline(levels.get(0))
                .build();
    }

    private static ScenarioRow row(String shock, String shockVi, boolean baseline, IndicatorResult... results) {
        return ScenarioRow.builder().scenarioId("first-female-offspring | 1 | assumed | " + shock)
                .levels(List.of("first-female-offspring", "1", "assumed", shock))
                .levelLabelsVi(List.of("Chuyển giao con cái đầu tiên", "giá × 1", "giả định", shockVi)).baseline(baseline)
                .addResults(results).build();
    }

    private static IndicatorResult result(ScenarioIndicator indicator, double mean, double p5, double p95,
            double difference, double standardError) {
        return IndicatorResult.builder().indicator(indicator.key()).mean(mean).standardDeviation(1).p5(p5).p50(mean)
                .p95(p95).difference(difference).differenceStandardError(standardError).build();
    }

    /** The files of a forecast as of {@code asOf}, as the command links them. */
    static List<SiteLink> forecastFiles(LocalDate asOf) {
        return List.of(new SiteLink("Bảng tính Excel", "forecast-" + asOf + "/forecast.xlsx"),
                new SiteLink("JSON", "forecast-" + asOf + "/forecast.json"));
    }

    /** Writes the page of {@code report} into {@code site} as {@code forecast} does: with its charts, drawn once. */
    static String writeForecast(SiteContext context, ForecastReport report, Optional<LocalDate> by, List<SiteLink> files,
            Path site) {
        return PlanningPages.writeForecast(context, report, ForecastCharts.draw(report), by, files, site);
    }

    /** Writes the page of {@code comparison} into {@code site} as {@code compare} does: with its charts, drawn once. */
    static String writeComparison(SiteContext context, ScenarioComparison comparison,
            Optional<CalibrationReport> calibration, List<SiteLink> files, Path site) {
        return PlanningPages.writeComparison(context, comparison, ComparisonCharts.draw(comparison), calibration, files,
                site);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
