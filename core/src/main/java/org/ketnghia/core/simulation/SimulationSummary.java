package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of a Monte Carlo run: for each indicator and programme year, the distribution of its
 * values over the replicates. The same master seed, scenario and replicate count give an equal
 * summary, bit for bit, whatever the number of threads.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"modelId": "livestock", "masterSeed": 42,
 * "replicates": 1000, "years": 10, "indicators": {"livestock.households-reached": {"1": {…}}}}}.
 *
 * @param modelId the simulated model
 * @param masterSeed the master seed the replicates' streams were derived from
 * @param replicates number of replicates run
 * @param years number of programme years simulated
 * @param indicators statistics per indicator id and programme year, both sorted
 */
public record SimulationSummary(String modelId, long masterSeed, long replicates, int years,
        Map<String, Map<Integer, IndicatorStatistics>> indicators) {

    /** Copies the maps, sorted by indicator id and year. */
    public SimulationSummary {
        requireNonNull(modelId, "modelId");
        TreeMap<String, Map<Integer, IndicatorStatistics>> sorted = new TreeMap<>();
        requireNonNull(indicators, "indicators").forEach(
                (id, byYear) -> sorted.put(id, java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byYear))));
        indicators = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    /** The statistics of {@code indicatorId} in programme year {@code year}, if any replicate reported it. */
    public Optional<IndicatorStatistics> statistics(String indicatorId, int year) {
        requireNonNull(indicatorId, "indicatorId");
        return Optional.ofNullable(indicators.getOrDefault(indicatorId, Map.of()).get(year));
    }
}
