package org.ketnghia.livestock.scenarios;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One scenario's row of a comparison (<i>dòng kịch bản</i>): its id, its level in each dimension (in
 * {@link ScenarioDimension} order, names and Vietnamese labels), whether it is the baseline, and one
 * result per compared indicator, in the comparison's indicator order. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenarioRow.class)
@JsonDeserialize(as = ImmutableScenarioRow.class)
public abstract class ScenarioRow {

    /** The scenario's id ({@link Scenario#id()}). */
    public abstract String scenarioId();

    /** The level name per dimension, in dimension order. */
    public abstract List<String> levels();

    /** The level's Vietnamese label per dimension, in dimension order. */
    public abstract List<String> levelLabelsVi();

    /** Whether this is the baseline scenario (<i>kịch bản cơ sở</i>). */
    public abstract boolean baseline();

    /** One result per indicator, in the comparison's indicator order. */
    public abstract List<IndicatorResult> results();

    /** This row's level name of {@code dimension}. */
    public String level(ScenarioDimension dimension) {
        return levels().get(requireNonNull(dimension, "dimension").ordinal());
    }

    /** The result for the indicator with {@code key}, if compared. */
    public Optional<IndicatorResult> result(String key) {
        requireNonNull(key, "key");
        return results().stream().filter(result -> result.indicator().equals(key)).findFirst();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScenarioRow}. */
    public static final class Builder extends ImmutableScenarioRow.Builder {
    }
}
