package org.ketnghia.livestock.simulation;

import java.util.List;
import org.ketnghia.livestock.simulation.internal.YearlyReport;

/**
 * Ids of the indicators the {@link LivestockSimulator} records at the end of each programme year,
 * for the programme total; the same id followed by {@code /<districtCode>} is the district's value
 * (animals of the other species are not recorded for a district).
 *
 * <ul>
 *   <li>{@code livestock.sim.households-reached} — households that have received animals (hộ được hưởng
 *       lợi), cumulative; by round: {@code …-round-1}, {@code …-round-2}, {@code …-round-3-plus};</li>
 *   <li>{@code livestock.sim.cattle-female}, {@code cattle-male}, {@code goat-female}, {@code goat-male}
 *       — head alive at the year end;</li>
 *   <li>{@code births}, {@code deaths}, {@code sales} (offtake and herd-cap surplus), {@code culls},
 *       {@code replacements} (dead received animals replaced) — during the year;</li>
 *   <li>{@code pass-ons-due} (open obligations whose deadline has not passed, the ledger's "đến hạn"),
 *       {@code pass-ons-overdue} (open and past the deadline: received in month {@code t}, overdue from
 *       month {@code t + deadline}), at the year end; {@code pass-ons-done} (fulfilled), {@code
 *       obligations-written-off} — households, cumulative;</li>
 *   <li>{@code herd-value} — đồng, head valued by age and sex at the parameters' prices;</li>
 *   <li>{@code animal-months} (total only) — animals alive at the start of each month of the year,
 *       summed: the work done, for benchmarks.</li>
 * </ul>
 */
public final class SimulationIndicators {

    private static final String P = "livestock.sim.";

    /** Households reached, cumulative. */
    public static final String HOUSEHOLDS = P + "households-reached";
    /** Households reached in round 1, cumulative. */
    public static final String HOUSEHOLDS_ROUND_1 = P + "households-reached-round-1";
    /** Households reached in round 2, cumulative. */
    public static final String HOUSEHOLDS_ROUND_2 = P + "households-reached-round-2";
    /** Households reached in round 3 or later, cumulative. */
    public static final String HOUSEHOLDS_ROUND_3_PLUS = P + "households-reached-round-3-plus";
    /** Cattle females alive. */
    public static final String CATTLE_FEMALES = P + "cattle-female";
    /** Cattle males alive. */
    public static final String CATTLE_MALES = P + "cattle-male";
    /** Goat females alive. */
    public static final String GOAT_FEMALES = P + "goat-female";
    /** Goat males alive. */
    public static final String GOAT_MALES = P + "goat-male";
    /** Births in the year. */
    public static final String BIRTHS_ID = P + "births";
    /** Deaths in the year. */
    public static final String DEATHS_ID = P + "deaths";
    /** Sales in the year (offtake and herd-cap surplus). */
    public static final String SALES_ID = P + "sales";
    /** Culls at the cull age in the year. */
    public static final String CULLS_ID = P + "culls";
    /** Dead received animals replaced in the year. */
    public static final String REPLACEMENTS_ID = P + "replacements";
    /** Open obligations not past their deadline (households), at the year end. */
    public static final String PASS_ONS_DUE_ID = P + "pass-ons-due";
    /** Pass-ons done (households), cumulative. */
    public static final String PASS_ONS_DONE_ID = P + "pass-ons-done";
    /** Open obligations past their deadline (households), at the year end. */
    public static final String PASS_ONS_OVERDUE_ID = P + "pass-ons-overdue";
    /** Obligations written off (households), cumulative. */
    public static final String OBLIGATIONS_WRITTEN_OFF_ID = P + "obligations-written-off";
    /** Herd value in đồng. */
    public static final String HERD_VALUE_ID = P + "herd-value";
    /** Animal-months simulated in the year (total only). */
    public static final String ANIMAL_MONTHS_ID = P + "animal-months";

    /**
     * Forecasts ({@link LivestockSimulator#forecast}): the suffix, followed by the group's commune code, of a
     * group's value of {@link #HOUSEHOLDS}, {@link #HERD_VALUE_ID}, {@link #CATTLE_FEMALES}, {@link
     * #CATTLE_MALES}, {@link #GOAT_FEMALES}, {@link #GOAT_MALES} (its species only) and {@link
     * #PASS_ONS_OVERDUE_ID}, e.g. {@code livestock.sim.households-reached/group/QNA.TAY-GIANG.A-XAN}.
     */
    public static final String GROUP_SUFFIX = "/group/";
    /**
     * Forecasts: followed by a household id, 1 if the household, waiting at the start, has received
     * animals by the year's end, else 0 (<i>hộ đã nhận</i>); its mean over replicates is the probability.
     */
    public static final String FORECAST_RECEIVED_PREFIX = "livestock.forecast.received/";
    /**
     * Forecasts: followed by a household id, 1 if the household's obligation is open past its deadline
     * (received month + the policy's deadline, as {@link #PASS_ONS_OVERDUE_ID} counts) at the year's end,
     * else 0; recorded for the households with an open obligation at the start or waiting then.
     */
    public static final String FORECAST_OVERDUE_PREFIX = "livestock.forecast.overdue/";

    private SimulationIndicators() {
    }

    /** The ids of the total indicators, in a fixed order; immutable. */
    public static List<String> ids() {
        return YearlyReport.indicatorIds();
    }
}
