package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The values one replicate reported: per indicator id and programme year, the value at the end of
 * that year (the last one recorded if a simulator recorded a key twice).
 *
 * <p>Immutable and thread-safe.
 *
 * @param replicateIndex the replicate's 0-based index
 * @param values per indicator id, per programme year, sorted
 */
public record ReplicateValues(long replicateIndex, Map<String, Map<Integer, Double>> values) {

    /** Copies the maps, sorted. */
    public ReplicateValues {
        TreeMap<String, Map<Integer, Double>> sorted = new TreeMap<>();
        requireNonNull(values, "values").forEach(
                (id, byYear) -> sorted.put(id, Collections.unmodifiableSortedMap(new TreeMap<>(byYear))));
        values = Collections.unmodifiableSortedMap(sorted);
    }

    /** The value of {@code indicatorId} at the end of {@code year}, if recorded. */
    public Optional<Double> value(String indicatorId, int year) {
        return Optional.ofNullable(values.getOrDefault(requireNonNull(indicatorId, "indicatorId"), Map.of()).get(year));
    }
}
