package org.ketnghia.livestock.simulation.internal;

import static org.ketnghia.livestock.simulation.internal.HerdState.DONE;
import static org.ketnghia.livestock.simulation.internal.HerdState.FEMALE;
import static org.ketnghia.livestock.simulation.internal.HerdState.OPEN;
import static org.ketnghia.livestock.simulation.internal.HerdState.WRITTEN_OFF;

import java.util.List;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.simulation.DemographyParameters;
import org.ketnghia.livestock.simulation.SimulationIndicators;

/**
 * The indicators of a programme year's end (<i>chỉ tiêu cuối năm</i>), per district and for the total,
 * as {@link SimulationIndicators} defines them; the year's flows are cleared afterwards. Stateless.
 */
public final class YearlyReport {

    private static final int HOUSEHOLDS_REACHED = 0;
    private static final int HOUSEHOLDS_ROUND_1 = 1;
    private static final int HOUSEHOLDS_ROUND_2 = 2;
    private static final int HOUSEHOLDS_ROUND_3_PLUS = 3;
    private static final int CATTLE_FEMALE = 4;
    private static final int CATTLE_MALE = 5;
    private static final int GOAT_FEMALE = 6;
    private static final int GOAT_MALE = 7;
    private static final int BIRTHS = 8;
    private static final int DEATHS = 9;
    private static final int SALES = 10;
    private static final int CULLS = 11;
    private static final int REPLACEMENTS = 12;
    private static final int PASS_ONS_DUE = 13;
    private static final int PASS_ONS_DONE = 14;
    private static final int PASS_ONS_OVERDUE = 15;
    private static final int OBLIGATIONS_WRITTEN_OFF = 16;
    private static final int HERD_VALUE = 17;
    private static final int ANIMAL_MONTHS = 18;
    private static final int COUNT = 19;

    /** The ids by index above. */
    private static final String[] ID = {SimulationIndicators.HOUSEHOLDS, SimulationIndicators.HOUSEHOLDS_ROUND_1,
        SimulationIndicators.HOUSEHOLDS_ROUND_2, SimulationIndicators.HOUSEHOLDS_ROUND_3_PLUS,
        SimulationIndicators.CATTLE_FEMALES, SimulationIndicators.CATTLE_MALES, SimulationIndicators.GOAT_FEMALES,
        SimulationIndicators.GOAT_MALES, SimulationIndicators.BIRTHS_ID, SimulationIndicators.DEATHS_ID,
        SimulationIndicators.SALES_ID, SimulationIndicators.CULLS_ID, SimulationIndicators.REPLACEMENTS_ID,
        SimulationIndicators.PASS_ONS_DUE_ID, SimulationIndicators.PASS_ONS_DONE_ID,
        SimulationIndicators.PASS_ONS_OVERDUE_ID, SimulationIndicators.OBLIGATIONS_WRITTEN_OFF_ID,
        SimulationIndicators.HERD_VALUE_ID, SimulationIndicators.ANIMAL_MONTHS_ID};

    private YearlyReport() {
    }

    /** The ids of the total indicators, in the order recorded; immutable. */
    public static List<String> indicatorIds() {
        return List.of(ID);
    }

    /**
     * Records a forecast's indicators of year {@code year} besides the totals and districts': per group of
     * the start (suffix {@link SimulationIndicators#GROUP_SUFFIX} and the commune code) households reached,
     * herd value, head by sex and obligations overdue; per household waiting at the start whether it has
     * received, and per household waiting or with an open obligation at the start whether its obligation
     * is open past its deadline.
     */
    static void recordForecast(ForecastPlan forecast, HerdState herd, ReplicateRecorder recorder, int year,
            int month) {
        CompiledPlan plan = forecast.plan;
        int groups = plan.groups;
        long[] reached = new long[groups];
        long[] overdue = new long[groups];
        long[] females = new long[groups];
        long[] males = new long[groups];
        long[] value = new long[groups];
        int census = month + 1;
        for (int i = 0; i < herd.slots; i++) {
            if (!herd.alive(i)) {
                continue;
            }
            int g = herd.groupOfHousehold[herd.household(i)];
            int d = herd.district(i);
            boolean female = (herd.flags(i) & FEMALE) != 0;
            boolean young = census - herd.born(i) < DemographyParameters.YOUNG_UNTIL_MONTHS;
            if (female) {
                females[g]++;
            } else {
                males[g]++;
            }
            value[g] += plan.price[d][(young ? 0 : 2) + (female ? 0 : 1)];
        }
        for (int h = 0; h < herd.households; h++) {
            int g = herd.groupOfHousehold[h];
            boolean isOverdue = herd.obligation[h] == OPEN && month - herd.receivedMonth[h] >= plan.deadline;
            if (herd.round[h] > 0) {
                reached[g]++;
            }
            if (isOverdue) {
                overdue[g]++;
            }
            if (h < forecast.households) {
                if (forecast.waitingAtStart[h]) {
                    recorder.record(forecast.receivedIds[h], year, herd.round[h] > 0 ? 1 : 0);
                }
                if (forecast.followed[h]) {
                    recorder.record(forecast.overdueIds[h], year, isOverdue ? 1 : 0);
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            String[] ids = forecast.groupIds[g];
            if (ids != null) {
                recorder.record(ids[0], year, reached[g]);
                recorder.record(ids[1], year, value[g]);
                recorder.record(ids[2], year, females[g]);
                recorder.record(ids[3], year, males[g]);
                recorder.record(ids[4], year, overdue[g]);
            }
        }
    }

    /** Records year {@code year}'s indicators (its last month is {@code month}) and clears the year's flows. */
    static void record(CompiledPlan plan, HerdState herd, ReplicateRecorder recorder, int year, int month) {
        report(plan, herd, recorder, year, month);
        herd.clearFlows();
    }

    /**
     * Records year {@code year}'s indicators (its last month is {@code month}) as {@code plan} values them, leaving the
     * herd and the year's flows as they are: of {@code plan}, only its prices and the facts of its scenario (districts,
     * species, the policy's deadline, the indicator ids) are read.
     */
    static void report(CompiledPlan plan, HerdState herd, ReplicateRecorder recorder, int year, int month) {
        int districts = plan.districts;
        long[] females = new long[districts];
        long[] males = new long[districts];
        long[] value = new long[districts];
        int census = month + 1;
        // the census the herd keeps by district, sex and month of birth: no pass over the animals
        for (int d = 0; d < districts; d++) {
            for (int female = 0; female <= 1; female++) {
                long head = herd.alive[2 * d + female];
                long young = herd.young(d, female, census, DemographyParameters.YOUNG_UNTIL_MONTHS);
                value[d] += young * plan.price[d][1 - female] + (head - young) * plan.price[d][3 - female];
                if (female == 1) {
                    females[d] = head;
                } else {
                    males[d] = head;
                }
            }
        }
        // per district, the households by round (0 waiting, 1, 2, 3 or later) and, of those reached, by obligation
        // state, counted by index rather than by branches on the household's round and state
        long[] byRound = new long[4 * districts];
        long[] byState = new long[4 * districts];
        long[] overdue = new long[districts];
        int deadline = plan.deadline;
        for (int h = 0; h < herd.households; h++) {
            int d = herd.districtOfHousehold[h];
            int round = Math.min(herd.round[h], 3);
            byRound[4 * d + round]++;
            if (round == 0) { // waiting (forecasts): neither reached nor owing
                continue;
            }
            byte state = herd.obligation[h];
            byState[4 * d + state]++;
            // received in month t, due on the first day of month t + deadline (the ledger's dueOn)
            overdue[d] += state == OPEN & month - herd.receivedMonth[h] >= deadline ? 1 : 0;
        }
        long[] reached = new long[districts];
        long[] round1 = new long[districts];
        long[] round2 = new long[districts];
        long[] round3 = new long[districts];
        long[] due = new long[districts];
        long[] done = new long[districts];
        long[] writtenOff = new long[districts];
        for (int d = 0; d < districts; d++) {
            round1[d] = byRound[4 * d + 1];
            round2[d] = byRound[4 * d + 2];
            round3[d] = byRound[4 * d + 3];
            reached[d] = round1[d] + round2[d] + round3[d];
            due[d] = byState[4 * d + OPEN] - overdue[d];
            done[d] = byState[4 * d + DONE];
            writtenOff[d] = byState[4 * d + WRITTEN_OFF];
        }
        double[] totals = new double[COUNT];
        for (int d = 0; d < districts; d++) {
            String[] ids = plan.districtIds[d];
            boolean cattle = plan.species[d] == Species.CATTLE;
            double[] v = new double[COUNT];
            v[HOUSEHOLDS_REACHED] = reached[d];
            v[HOUSEHOLDS_ROUND_1] = round1[d];
            v[HOUSEHOLDS_ROUND_2] = round2[d];
            v[HOUSEHOLDS_ROUND_3_PLUS] = round3[d];
            v[cattle ? CATTLE_FEMALE : GOAT_FEMALE] = females[d];
            v[cattle ? CATTLE_MALE : GOAT_MALE] = males[d];
            v[BIRTHS] = herd.births[d];
            v[DEATHS] = herd.deaths[d];
            v[SALES] = herd.sold[d];
            v[CULLS] = herd.culled[d];
            v[REPLACEMENTS] = herd.replacements[d];
            v[PASS_ONS_DUE] = due[d];
            v[PASS_ONS_DONE] = done[d];
            v[PASS_ONS_OVERDUE] = overdue[d];
            v[OBLIGATIONS_WRITTEN_OFF] = writtenOff[d];
            v[HERD_VALUE] = value[d];
            for (int x = 0; x < COUNT; x++) {
                if (x == ANIMAL_MONTHS) {
                    continue;
                }
                boolean otherSpecies = cattle ? x == GOAT_FEMALE || x == GOAT_MALE
                        : x == CATTLE_FEMALE || x == CATTLE_MALE;
                if (!otherSpecies) {
                    recorder.record(ids[x], year, v[x]);
                }
                totals[x] += v[x];
            }
        }
        totals[ANIMAL_MONTHS] = herd.animalMonths;
        for (int x = 0; x < COUNT; x++) {
            recorder.record(ID[x], year, totals[x]);
        }
    }
}
