package org.ketnghia.livestock.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.forecast.ForecastStart.GroupStart;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;
import org.ketnghia.livestock.forecast.ForecastStart.ObligationState;
import org.ketnghia.livestock.simulation.SimulationIndicators;
import org.ketnghia.livestock.simulation.SimulationSettings;

/**
 * A hand-written forecast simulator with the simulator's forecast ids, for testing the report alone: each year
 * every household still waiting receives with probability {@link #RECEIVE}; open obligations of households
 * named in {@link #alwaysOverdue} are overdue at every year end, the others never; {@link #FEMALES} females and
 * {@link #MALES} males per group; herd value and households reached drawn at random.
 */
final class FakeForecastEngine implements LivestockForecast.ForecastEngine {

    static final double RECEIVE = 0.3;
    static final int FEMALES = 10;
    static final int MALES = 5;

    private final String district;
    private final List<String> alwaysOverdue;

    FakeForecastEngine(String district, List<String> alwaysOverdue) {
        this.district = district;
        this.alwaysOverdue = List.copyOf(alwaysOverdue);
    }

    @Override
    public ModelSimulator simulator(SimulationSettings settings, ForecastStart start) {
        return new ModelSimulator() {
            @Override
            public String modelId() {
                return LivestockModel.ID;
            }

            @Override
            public void simulateReplicate(SimulationScenario scenario, SplittableRandom random,
                    ReplicateRecorder recorder) {
                List<String> waiting = new ArrayList<>();
                List<String> open = new ArrayList<>();
                for (GroupStart group : start.groups()) {
                    for (HouseholdStart household : group.households()) {
                        if (household.waiting()) {
                            waiting.add(household.householdId());
                        } else if (household.obligation() == ObligationState.OPEN) {
                            open.add(household.householdId());
                        }
                    }
                }
                List<String> received = new ArrayList<>();
                String[] suffixes = {"", "/" + district, "/group/" + start.groups().get(0).communeCode()};
                for (int year = start.monthsElapsed() / 12 + 1; year <= scenario.years(); year++) {
                    for (String household : waiting) {
                        if (!received.contains(household) && random.nextDouble() < RECEIVE) {
                            received.add(household);
                        }
                        recorder.record("livestock.forecast.received/" + household, year,
                                received.contains(household) ? 1 : 0);
                    }
                    for (String household : open) {
                        recorder.record("livestock.forecast.overdue/" + household, year,
                                alwaysOverdue.contains(household) ? 1 : 0);
                    }
                    double value = 1_000_000 * (1 + random.nextDouble());
                    for (String suffix : suffixes) {
                        recorder.record(SimulationIndicators.GOAT_FEMALES + suffix, year, FEMALES);
                        recorder.record(SimulationIndicators.GOAT_MALES + suffix, year, MALES);
                        recorder.record(SimulationIndicators.HERD_VALUE_ID + suffix, year, value);
                        recorder.record(SimulationIndicators.HOUSEHOLDS + suffix, year, 3 + received.size());
                        recorder.record(SimulationIndicators.BIRTHS_ID + suffix, year, 4);
                    }
                }
            }
        };
    }
}
