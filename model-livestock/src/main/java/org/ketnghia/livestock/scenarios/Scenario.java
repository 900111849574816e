package org.ketnghia.livestock.scenarios;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.simulation.SimulationSettings;

/**
 * One scenario of a grid (<i>kịch bản</i>): one level of each {@link ScenarioDimension}. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Scenario {

    /** The pass-on policy; its id is the level's name. */
    public abstract PassOnPolicy policy();

    /** The price level. */
    public abstract PriceLevel priceLevel();

    /** The demography. */
    public abstract DemographyLevel demography();

    /** The shocks. */
    public abstract ShockLevel shocks();

    /** The level names joined by {@code " | "} in dimension order, e.g. {@code "first-female-offspring | 1 | assumed | none"}. */
    public String id() {
        return String.join(" | ", levels().values());
    }

    /** The level name of each dimension, in dimension order; immutable. */
    public Map<ScenarioDimension, String> levels() {
        Map<ScenarioDimension, String> levels = new LinkedHashMap<>();
        for (ScenarioDimension dimension : ScenarioDimension.values()) {
            levels.put(dimension, level(dimension));
        }
        return java.util.Collections.unmodifiableMap(levels);
    }

    /** The name of this scenario's level of {@code dimension}. */
    public String level(ScenarioDimension dimension) {
        return switch (requireNonNull(dimension, "dimension")) {
            case PASS_ON_POLICY -> policy().id();
            case PRICE_LEVEL -> priceLevel().name();
            case DEMOGRAPHY -> demography().name();
            case SHOCKS -> shocks().name();
        };
    }

    /** The Vietnamese label of this scenario's level of {@code dimension}. */
    public String levelLabelVi(ScenarioDimension dimension) {
        return switch (requireNonNull(dimension, "dimension")) {
            case PASS_ON_POLICY -> policy().nameVi();
            case PRICE_LEVEL -> priceLevel().labelVi();
            case DEMOGRAPHY -> demography().labelVi();
            case SHOCKS -> shocks().labelVi();
        };
    }

    /**
     * The simulator settings of this scenario: {@code base} (pass-on and sales switches, queue length)
     * with this scenario's policy, its demography with prices at its level, and its shocks.
     */
    public SimulationSettings settings(SimulationSettings base) {
        return requireNonNull(base, "base").withPolicy(policy())
                .withDemography(priceLevel().apply(demography().demography()))
                .withShocks(shocks().shocks());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Scenario}. */
    public static final class Builder extends ImmutableScenario.Builder {
    }
}
