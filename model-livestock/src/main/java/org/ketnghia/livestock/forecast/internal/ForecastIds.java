package org.ketnghia.livestock.forecast.internal;

import java.util.List;
import org.ketnghia.livestock.simulation.SimulationIndicators;

/**
 * The indicator ids a forecast reads from the simulator ({@link SimulationIndicators}) and those it derives per
 * replicate.
 */
public final class ForecastIds {

    /** Per waiting household: 1 if it has received by the end of the year, else 0 (the simulator's). */
    public static final String RECEIVED_PREFIX = SimulationIndicators.FORECAST_RECEIVED_PREFIX;
    /** Per household: 1 if its obligation is open past its deadline at the year end (the simulator's). */
    public static final String OVERDUE_PREFIX = SimulationIndicators.FORECAST_OVERDUE_PREFIX;
    /** The suffix of a group's indicators, followed by the group's pilot commune code (the simulator's). */
    public static final String GROUP_SUFFIX = SimulationIndicators.GROUP_SUFFIX;

    /** Derived per household: 1 if its obligation was overdue at the end of this or an earlier forecast year. */
    public static final String EVER_OVERDUE_PREFIX = "livestock.forecast.overdue-so-far/";
    /** Derived: head alive at the year end, every species and sex (total, {@code /<district>}, group suffix). */
    public static final String HEAD = "livestock.forecast.head";
    /** Derived: households waiting at the start that have still not received at the year end. */
    public static final String WAITING = "livestock.forecast.waiting";

    /** The simulator's head counts, summed into {@link #HEAD}. */
    static final List<String> HEAD_PARTS = List.of(SimulationIndicators.CATTLE_FEMALES,
            SimulationIndicators.CATTLE_MALES, SimulationIndicators.GOAT_FEMALES, SimulationIndicators.GOAT_MALES);

    /** The simulator's indicators a forecast keeps as they are (with every suffix). */
    static final List<String> KEPT = List.of(SimulationIndicators.HERD_VALUE_ID, SimulationIndicators.HOUSEHOLDS,
            SimulationIndicators.PASS_ONS_OVERDUE_ID);

    private ForecastIds() {
    }
}
