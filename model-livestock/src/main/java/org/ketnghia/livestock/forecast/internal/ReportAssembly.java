package org.ketnghia.livestock.forecast.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.simulation.IndicatorStatistics;
import org.ketnghia.core.simulation.SimulationSummary;
import org.ketnghia.livestock.forecast.ForecastReport;
import org.ketnghia.livestock.forecast.ForecastReport.AreaForecast;
import org.ketnghia.livestock.forecast.ForecastReport.Band;
import org.ketnghia.livestock.forecast.ForecastReport.HouseholdForecast;
import org.ketnghia.livestock.forecast.ForecastReport.ObligationForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearEnd;
import org.ketnghia.livestock.forecast.ForecastReport.YearForecast;
import org.ketnghia.livestock.forecast.ForecastReport.YearProbability;
import org.ketnghia.livestock.forecast.ForecastStart;
import org.ketnghia.livestock.forecast.ForecastStart.GroupStart;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;
import org.ketnghia.livestock.forecast.ForecastStart.ObligationState;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.SimulationIndicators;

/**
 * Builds a {@link ForecastReport} from the Monte Carlo summary of a forecast recorded through {@link
 * ForecastRecording}: every figure is read from the summary (means are probabilities for the 0/1 values),
 * nothing is drawn or guessed. Stateless.
 */
public final class ReportAssembly {

    private ReportAssembly() {
    }

    /**
     * The district code of each plan group: each pilot commune's district, and each district without pilot
     * communes for itself.
     */
    public static Map<String, String> districtOfPlanGroup(LivestockProgramme programme) {
        Map<String, String> districts = new LinkedHashMap<>();
        for (DistrictPlan district : programme.districts()) {
            if (district.pilotCommunes().isEmpty()) {
                districts.put(district.districtCode(), district.districtCode());
            }
            district.pilotCommunes().forEach(commune -> districts.put(commune, district.districtCode()));
        }
        return districts;
    }

    /**
     * The report.
     *
     * @param units names the districts and communes (codes are shown where it has none)
     */
    public static ForecastReport assemble(SimulationSummary summary, ForecastStart start, LivestockProgramme programme,
            LocalDate programmeStart, int years, LocalDate asOf, String demography, AdministrativeRegistry units) {
        requireNonNull(summary, "summary");
        requireNonNull(start, "start");
        List<YearEnd> yearEnds = new ArrayList<>();
        for (int year = start.monthsElapsed() / 12 + 1; year <= years; year++) {
            yearEnds.add(new YearEnd(year, programmeStart.plusYears(year).minusDays(1)));
        }
        Map<String, String> districtOf = districtOfPlanGroup(programme);
        Map<String, Integer> headOfHousehold = new LinkedHashMap<>();
        start.animals().forEach(animal -> headOfHousehold.merge(animal.householdId(), 1, Integer::sum));

        List<HouseholdForecast> households = new ArrayList<>();
        List<ObligationForecast> obligations = new ArrayList<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Tally total = tallies.computeIfAbsent("", key -> new Tally());
        for (DistrictPlan district : programme.districts()) {
            tallies.computeIfAbsent("/" + district.districtCode(), key -> new Tally());
        }
        for (GroupStart group : start.groups()) {
            String district = districtOf.getOrDefault(group.communeCode(), group.communeCode());
            Tally[] areas = {total, tallies.computeIfAbsent("/" + district, key -> new Tally()),
                tallies.computeIfAbsent(ForecastIds.GROUP_SUFFIX + group.communeCode(), key -> new Tally())};
            for (Tally area : areas) {
                area.groupIds.add(group.groupId());
            }
            for (HouseholdStart household : group.households()) {
                int head = headOfHousehold.getOrDefault(household.householdId(), 0);
                for (Tally area : areas) {
                    area.head += head;
                    area.waiting += household.waiting() ? 1 : 0;
                    area.open += household.obligation() == ObligationState.OPEN ? 1 : 0;
                }
                if (household.waiting()) {
                    List<YearProbability> received = probabilities(summary,
                            ForecastIds.RECEIVED_PREFIX + household.householdId(), yearEnds);
                    households.add(new HouseholdForecast(household.householdId(), group.groupId(), group.communeCode(),
                            district, received, received.isEmpty() ? 0 : received.get(received.size() - 1).probability()));
                }
                List<YearProbability> overdue = probabilities(summary,
                        ForecastIds.EVER_OVERDUE_PREFIX + household.householdId(), yearEnds);
                double probability = overdue.isEmpty() ? 0 : overdue.get(overdue.size() - 1).probability();
                if (probability > 0 || household.obligation() == ObligationState.OPEN) {
                    boolean likely = probability >= ForecastReport.LIKELY;
                    obligations.add(new ObligationForecast(household.householdId(), group.groupId(),
                            group.communeCode(), district, household.round(), household.obligation(), household.owed(),
                            overdue, probability, likely));
                    if (likely) {
                        for (Tally area : areas) {
                            area.likelyOverdue++;
                        }
                    }
                }
            }
        }

        List<AreaForecast> areas = new ArrayList<>();
        areas.add(area(summary, ForecastReport.PROGRAMME, "", "", "", "Toàn chương trình", total, yearEnds));
        for (DistrictPlan district : programme.districts()) {
            String code = district.districtCode();
            areas.add(area(summary, ForecastReport.DISTRICT, code, code, "/" + code,
                    "Huyện " + name(units, code, programme.planDate()), tallies.get("/" + code), yearEnds));
        }
        for (DistrictPlan district : programme.districts()) {
            List<String> planGroups = district.pilotCommunes().isEmpty() ? List.of(district.districtCode())
                    : district.pilotCommunes();
            for (String planGroup : planGroups) {
                Tally tally = tallies.get(ForecastIds.GROUP_SUFFIX + planGroup);
                if (tally == null) {
                    continue; // no group recorded there yet
                }
                String label = planGroup.equals(district.districtCode())
                        ? "Tổ nhóm hộ huyện " + name(units, planGroup, programme.planDate())
                        : "Tổ nhóm hộ xã " + name(units, planGroup, programme.planDate()) + " ("
                                + name(units, district.districtCode(), programme.planDate()) + ")";
                areas.add(area(summary, ForecastReport.GROUP, planGroup, district.districtCode(),
                        ForecastIds.GROUP_SUFFIX + planGroup, label, tally, yearEnds));
            }
        }
        LocalDate programmeEnd = programmeStart.plusYears(years).minusDays(1);
        return new ForecastReport("Dự báo chăn nuôi bò, dê quay vòng từ sổ cái đến ngày " + asOf, asOf, programmeStart,
                programmeEnd, start.monthsElapsed(), summary.replicates(), summary.masterSeed(), demography, yearEnds,
                areas, households, obligations);
    }

    private static AreaForecast area(SimulationSummary summary, String level, String code, String district,
            String suffix, String nameVi, Tally tally, List<YearEnd> yearEnds) {
        List<YearForecast> years = new ArrayList<>();
        for (YearEnd year : yearEnds) {
            int y = year.year();
            Band waiting = tally.waiting == 0 ? Band.NONE : band(summary, ForecastIds.WAITING + suffix, y);
            years.add(new YearForecast(y, year.yearEnd(), waiting,
                    band(summary, SimulationIndicators.HOUSEHOLDS + suffix, y), band(summary, ForecastIds.HEAD + suffix, y),
                    band(summary, SimulationIndicators.HERD_VALUE_ID + suffix, y),
                    band(summary, SimulationIndicators.PASS_ONS_OVERDUE_ID + suffix, y)));
        }
        double expectedWaiting = years.isEmpty() ? tally.waiting : years.get(years.size() - 1).waiting().mean();
        return new AreaForecast(level, code, district, tally.groupIds, nameVi, tally.waiting, tally.open, tally.head,
                expectedWaiting, tally.likelyOverdue, years);
    }

    private static Band band(SimulationSummary summary, String id, int year) {
        Optional<IndicatorStatistics> statistics = summary.statistics(id, year);
        return statistics.map(s -> new Band(round(s.mean(), 100), round(s.p5(), 100), round(s.p95(), 100)))
                .orElse(Band.NONE);
    }

    /** The means of a 0/1 indicator per year: probabilities, never decreasing when the indicator never does. */
    private static List<YearProbability> probabilities(SimulationSummary summary, String id, List<YearEnd> yearEnds) {
        List<YearProbability> probabilities = new ArrayList<>();
        for (YearEnd year : yearEnds) {
            summary.statistics(id, year.year()).ifPresent(s -> probabilities.add(new YearProbability(year.year(),
                    year.yearEnd(), Math.min(1, Math.max(0, round(s.mean(), 10_000))))));
        }
        return probabilities;
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }

    private static String name(AdministrativeRegistry units, String code, LocalDate date) {
        if (units == null) {
            return code;
        }
        return units.unitAsOf(code, date).or(() -> units.unit(code)).map(AdministrativeUnit::name).orElse(code);
    }

    /** What an area holds at the start, and its likely overdue obligations. */
    private static final class Tally {
        final List<String> groupIds = new ArrayList<>();
        int waiting;
        int open;
        int head;
        int likelyOverdue;
    }
}
