package org.ketnghia.core.reporting;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An indicator with its baseline (<i>giá trị cơ sở</i>, the situation before the programme) and its
 * target (<i>mục tiêu kế hoạch</i>), each given per administrative unit.
 *
 * <p>In a report, a unit shows its own baseline or target when one is given for it; otherwise the
 * values given for the units below it, combined with the indicator's aggregation (a province's
 * target for households reached is the sum of its communes' targets unless the plan sets it).
 * Baselines and targets are the same for every period of a report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param definition the indicator
 * @param baselines baseline per unit code
 * @param targets target per unit code
 */
public record IndicatorPlan(IndicatorDefinition definition, Map<String, IndicatorValue> baselines,
        Map<String, IndicatorValue> targets) {

    /** Copies the maps. */
    public IndicatorPlan {
        requireNonNull(definition, "definition");
        baselines = Map.copyOf(requireNonNull(baselines, "baselines"));
        targets = Map.copyOf(requireNonNull(targets, "targets"));
    }

    /** A plan with no baseline and no target yet. */
    public static IndicatorPlan of(IndicatorDefinition definition) {
        return new IndicatorPlan(definition, Map.of(), Map.of());
    }

    /** A copy with the baseline of {@code unitCode} set to {@code value}. */
    public IndicatorPlan withBaseline(String unitCode, IndicatorValue value) {
        return new IndicatorPlan(definition, with(baselines, unitCode, value), targets);
    }

    /** A copy with the target of {@code unitCode} set to {@code value}. */
    public IndicatorPlan withTarget(String unitCode, IndicatorValue value) {
        return new IndicatorPlan(definition, baselines, with(targets, unitCode, value));
    }

    private static Map<String, IndicatorValue> with(Map<String, IndicatorValue> map, String unitCode,
            IndicatorValue value) {
        Map<String, IndicatorValue> copy = new LinkedHashMap<>(map);
        copy.put(requireNonNull(unitCode, "unitCode"), requireNonNull(value, "value"));
        return copy;
    }
}
