package org.ketnghia.livestock.simulation;

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

    static final int HOUSEHOLDS_REACHED = 0;
    static final int HOUSEHOLDS_ROUND_1 = 1;
    static final int HOUSEHOLDS_ROUND_2 = 2;
    static final int HOUSEHOLDS_ROUND_3_PLUS = 3;
    static final int CATTLE_FEMALE = 4;
    static final int CATTLE_MALE = 5;
    static final int GOAT_FEMALE = 6;
    static final int GOAT_MALE = 7;
    static final int BIRTHS = 8;
    static final int DEATHS = 9;
    static final int SALES = 10;
    static final int CULLS = 11;
    static final int REPLACEMENTS = 12;
    static final int PASS_ONS_DUE = 13;
    static final int PASS_ONS_DONE = 14;
    static final int PASS_ONS_OVERDUE = 15;
    static final int OBLIGATIONS_WRITTEN_OFF = 16;
    static final int HERD_VALUE = 17;
    static final int ANIMAL_MONTHS = 18;
    static final int COUNT = 19;

    private static final String P = "livestock.sim.";

    /** Households reached, cumulative. */
    public static final String HOUSEHOLDS = P + "households-reached";
    /** Cattle females alive. */
    public static final String CATTLE_FEMALES = P + "cattle-female";
    /** Goat females alive. */
    public static final String GOAT_FEMALES = P + "goat-female";
    /** Pass-ons done (households), cumulative. */
    public static final String PASS_ONS_DONE_ID = P + "pass-ons-done";
    /** Herd value in đồng. */
    public static final String HERD_VALUE_ID = P + "herd-value";
    /** Deaths in the year. */
    public static final String DEATHS_ID = P + "deaths";
    /** Births in the year. */
    public static final String BIRTHS_ID = P + "births";
    /** Animal-months simulated in the year (total only). */
    public static final String ANIMAL_MONTHS_ID = P + "animal-months";

    static final String[] ID = {HOUSEHOLDS, P + "households-reached-round-1", P + "households-reached-round-2",
        P + "households-reached-round-3-plus", CATTLE_FEMALES, P + "cattle-male", GOAT_FEMALES, P + "goat-male",
        BIRTHS_ID, DEATHS_ID, P + "sales", P + "culls", P + "replacements", P + "pass-ons-due", PASS_ONS_DONE_ID,
        P + "pass-ons-overdue", P + "obligations-written-off", HERD_VALUE_ID, ANIMAL_MONTHS_ID};

    private SimulationIndicators() {
    }

    /** The ids of the total indicators, in a fixed order. */
    public static java.util.List<String> ids() {
        return java.util.List.of(ID);
    }
}
