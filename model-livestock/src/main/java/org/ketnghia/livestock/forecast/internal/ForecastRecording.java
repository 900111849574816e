package org.ketnghia.livestock.forecast.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.forecast.ForecastStart;
import org.ketnghia.livestock.forecast.ForecastStart.GroupStart;
import org.ketnghia.livestock.forecast.ForecastStart.HouseholdStart;

/**
 * A forecast simulator seen through what the report needs: per replicate, the head of every species and sex
 * summed ({@link ForecastIds#HEAD}), the households waiting at the start that still wait ({@link
 * ForecastIds#WAITING}, per group, district and in total) and each household's obligation overdue at this or
 * an earlier year end ({@link ForecastIds#EVER_OVERDUE_PREFIX}); of the simulator's own values it passes on
 * herd value, households reached, pass-ons overdue and each waiting household's receipt, and drops the rest
 * (fewer statistics to keep). Sums over a replicate, so the p5–p95 bands are those of the totals, not sums
 * of bands. Draws nothing: the replicate's random stream is the simulator's alone. Thread-safe: the state of
 * a replicate is local to its call.
 */
public final class ForecastRecording implements ModelSimulator {

    private final ModelSimulator simulator;
    /** Per waiting household, the suffixes of its areas: total, district, group. */
    private final Map<String, String[]> areasOfWaiting;
    /** Households waiting at the start per area suffix, in a fixed order. */
    private final Map<String, Integer> waitingAtStart;

    /**
     * Wraps {@code simulator}, a forecast from {@code start}.
     *
     * @param districtOfPlanGroup the district code of each plan group (pilot commune, or district code)
     */
    public ForecastRecording(ModelSimulator simulator, ForecastStart start, Map<String, String> districtOfPlanGroup) {
        this.simulator = requireNonNull(simulator, "simulator");
        requireNonNull(start, "start");
        requireNonNull(districtOfPlanGroup, "districtOfPlanGroup");
        Map<String, String[]> areas = new HashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GroupStart group : start.groups()) {
            String district = districtOfPlanGroup.getOrDefault(group.communeCode(), group.communeCode());
            String[] suffixes = {"", "/" + district, ForecastIds.GROUP_SUFFIX + group.communeCode()};
            for (HouseholdStart household : group.households()) {
                if (household.waiting() && areas.putIfAbsent(household.householdId(), suffixes) == null) {
                    for (String suffix : suffixes) {
                        counts.merge(suffix, 1, Integer::sum);
                    }
                }
            }
        }
        this.areasOfWaiting = Map.copyOf(areas);
        this.waitingAtStart = java.util.Collections.unmodifiableMap(counts);
    }

    @Override
    public String modelId() {
        return simulator.modelId();
    }

    @Override
    public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
        Collector collector = new Collector(recorder, scenario.years());
        simulator.simulateReplicate(scenario, random, collector);
        collector.finish();
    }

    /** One replicate's values on their way to the runner's recorder. */
    private final class Collector implements ReplicateRecorder {
        private final ReplicateRecorder recorder;
        private final int years;
        private final boolean[] yearSeen;
        private final Map<String, double[]> head = new LinkedHashMap<>();
        private final Map<String, int[]> received = new HashMap<>();
        private final Map<String, double[]> overdue = new LinkedHashMap<>();

        Collector(ReplicateRecorder recorder, int years) {
            this.recorder = recorder;
            this.years = years;
            this.yearSeen = new boolean[years + 1];
        }

        @Override
        public void record(String indicatorId, int year, double value) {
            if (year < 1 || year > years) {
                recorder.record(indicatorId, year, value); // the runner refuses it with its own error
                return;
            }
            yearSeen[year] = true;
            if (indicatorId.startsWith(ForecastIds.RECEIVED_PREFIX)) {
                recorder.record(indicatorId, year, value);
                String[] areas = value >= 0.5
                        ? areasOfWaiting.get(indicatorId.substring(ForecastIds.RECEIVED_PREFIX.length())) : null;
                if (areas != null) {
                    for (String suffix : areas) {
                        received.computeIfAbsent(suffix, key -> new int[years + 1])[year]++;
                    }
                }
                return;
            }
            if (indicatorId.startsWith(ForecastIds.OVERDUE_PREFIX)) {
                overdue.computeIfAbsent(indicatorId.substring(ForecastIds.OVERDUE_PREFIX.length()),
                        key -> new double[years + 1])[year] = value >= 0.5 ? 1 : 0;
                return;
            }
            for (String part : ForecastIds.HEAD_PARTS) {
                if (indicatorId.startsWith(part) && isSuffix(indicatorId, part.length())) {
                    head.computeIfAbsent(indicatorId.substring(part.length()), key -> new double[years + 1])[year] += value;
                    return;
                }
            }
            for (String kept : ForecastIds.KEPT) {
                if (indicatorId.startsWith(kept) && isSuffix(indicatorId, kept.length())) {
                    recorder.record(indicatorId, year, value);
                    return;
                }
            }
        }

        /** Whether the id goes on after its base with nothing or a suffix ({@code /…}), not a longer name. */
        private boolean isSuffix(String indicatorId, int baseLength) {
            return indicatorId.length() == baseLength || indicatorId.charAt(baseLength) == '/';
        }

        void finish() {
            List<Integer> seen = new ArrayList<>();
            for (int year = 1; year <= years; year++) {
                if (yearSeen[year]) {
                    seen.add(year);
                }
            }
            head.forEach((suffix, byYear) -> {
                for (int year : seen) {
                    recorder.record(ForecastIds.HEAD + suffix, year, byYear[year]);
                }
            });
            waitingAtStart.forEach((suffix, count) -> {
                int[] done = received.get(suffix);
                for (int year : seen) {
                    recorder.record(ForecastIds.WAITING + suffix, year, count - (done == null ? 0 : done[year]));
                }
            });
            overdue.forEach((household, byYear) -> {
                double soFar = 0;
                for (int year : seen) {
                    soFar = Math.max(soFar, byYear[year]);
                    recorder.record(ForecastIds.EVER_OVERDUE_PREFIX + household, year, soFar);
                }
            });
        }
    }
}
