package org.ketnghia.livestock.scenarios;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.passon.PassOnPolicy;

/**
 * A grid of scenarios (<i>lưới kịch bản</i>): named levels per {@link ScenarioDimension} and a
 * baseline level per dimension (the first level unless named). The baseline scenario takes the
 * baseline level of every dimension; {@link #scenarios()} is every combination, {@link #oneAtATime()}
 * the baseline and each other level alone.
 *
 * <p>{@code build()} refuses, listing every problem at once with its field: a dimension without
 * levels ({@code policies}, {@code priceLevels}, {@code demographies}, {@code shockLevels}), a blank
 * or repeated level name ({@code priceLevels[1].name}), a price multiplier outside (0, 100] ({@code
 * priceLevels[0].multiplier}), a baseline that is not a level ({@code baselinePolicy} …). Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class ScenarioGrid {

    private static final BigDecimal MAX_MULTIPLIER = BigDecimal.valueOf(100);

    /** The pass-on policies compared; a policy's id is its level name. */
    public abstract List<PassOnPolicy> policies();

    /** The price levels. */
    public abstract List<PriceLevel> priceLevels();

    /** The demographies, e.g. assumed and calibrated. */
    public abstract List<DemographyLevel> demographies();

    /** The shock levels. */
    public abstract List<ShockLevel> shockLevels();

    /** The baseline policy's id; empty = the first policy. */
    public abstract Optional<String> baselinePolicy();

    /** The baseline price level's name; empty = the first. */
    public abstract Optional<String> baselinePrice();

    /** The baseline demography's name; empty = the first. */
    public abstract Optional<String> baselineDemography();

    /** The baseline shock level's name; empty = the first. */
    public abstract Optional<String> baselineShocks();

    /**
     * The policies of {@code catalogue} named by {@code ids}, in that order.
     *
     * @throws KetnghiaException {@link ScenarioErrorCode#SCENARIO_POLICY_UNKNOWN} for each unknown id
     *     (field {@code policies[i]}), {@link ScenarioErrorCode#SCENARIO_DIMENSION_EMPTY} if none is named
     */
    public static List<PassOnPolicy> policiesNamed(PassOnPolicies catalogue, List<String> ids) {
        requireNonNull(catalogue, "catalogue");
        requireNonNull(ids, "ids");
        Problems problems = new Problems();
        problems.check(ids.isEmpty(), ScenarioErrorCode.SCENARIO_DIMENSION_EMPTY, "policies",
                ScenarioDimension.PASS_ON_POLICY.id());
        List<PassOnPolicy> policies = new ArrayList<>();
        String known = String.join(", ", catalogue.policies().stream().map(PassOnPolicy::id).toList());
        for (int i = 0; i < ids.size(); i++) {
            Optional<PassOnPolicy> policy = catalogue.policy(ids.get(i));
            if (policy.isPresent()) {
                policies.add(policy.get());
            } else {
                problems.add(ScenarioErrorCode.SCENARIO_POLICY_UNKNOWN, "policies[" + i + "]", ids.get(i), known);
            }
        }
        problems.throwIfAny();
        return List.copyOf(policies);
    }

    /** The level names of {@code dimension}, in order; immutable. */
    public List<String> levelNames(ScenarioDimension dimension) {
        return switch (requireNonNull(dimension, "dimension")) {
            case PASS_ON_POLICY -> policies().stream().map(PassOnPolicy::id).toList();
            case PRICE_LEVEL -> priceLevels().stream().map(PriceLevel::name).toList();
            case DEMOGRAPHY -> demographies().stream().map(DemographyLevel::name).toList();
            case SHOCKS -> shockLevels().stream().map(ShockLevel::name).toList();
        };
    }

    /** The baseline level's name of {@code dimension}. */
    public String baselineLevel(ScenarioDimension dimension) {
        Optional<String> named = switch (requireNonNull(dimension, "dimension")) {
            case PASS_ON_POLICY -> baselinePolicy();
            case PRICE_LEVEL -> baselinePrice();
            case DEMOGRAPHY -> baselineDemography();
            case SHOCKS -> baselineShocks();
        };
        return named.orElseGet(() -> levelNames(dimension).get(0));
    }

    /** The baseline scenario: the baseline level of every dimension. */
    public Scenario baseline() {
        return Scenario.builder()
                .policy(find(policies(), PassOnPolicy::id, baselineLevel(ScenarioDimension.PASS_ON_POLICY)))
                .priceLevel(find(priceLevels(), PriceLevel::name, baselineLevel(ScenarioDimension.PRICE_LEVEL)))
                .demography(find(demographies(), DemographyLevel::name, baselineLevel(ScenarioDimension.DEMOGRAPHY)))
                .shocks(find(shockLevels(), ShockLevel::name, baselineLevel(ScenarioDimension.SHOCKS)))
                .build();
    }

    /**
     * Every combination of levels, policies outermost and shocks innermost, each dimension in its
     * level order; immutable.
     */
    public List<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>();
        for (PassOnPolicy policy : policies()) {
            for (PriceLevel price : priceLevels()) {
                for (DemographyLevel demography : demographies()) {
                    for (ShockLevel shocks : shockLevels()) {
                        all.add(Scenario.builder().policy(policy).priceLevel(price).demography(demography)
                                .shocks(shocks).build());
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * The baseline, then for each dimension in order each non-baseline level with every other
     * dimension at its baseline: the scenarios a one-at-a-time sensitivity needs; immutable.
     */
    public List<Scenario> oneAtATime() {
        Scenario baseline = baseline();
        List<Scenario> list = new ArrayList<>();
        list.add(baseline);
        for (PassOnPolicy policy : policies()) {
            if (!policy.id().equals(baseline.policy().id())) {
                list.add(Scenario.builder().from(baseline).policy(policy).build());
            }
        }
        for (PriceLevel price : priceLevels()) {
            if (!price.name().equals(baseline.priceLevel().name())) {
                list.add(Scenario.builder().from(baseline).priceLevel(price).build());
            }
        }
        for (DemographyLevel demography : demographies()) {
            if (!demography.name().equals(baseline.demography().name())) {
                list.add(Scenario.builder().from(baseline).demography(demography).build());
            }
        }
        for (ShockLevel shocks : shockLevels()) {
            if (!shocks.name().equals(baseline.shocks().name())) {
                list.add(Scenario.builder().from(baseline).shocks(shocks).build());
            }
        }
        return List.copyOf(list);
    }

    /** Whether {@code scenario} takes a level of this grid in every dimension. */
    public boolean contains(Scenario scenario) {
        requireNonNull(scenario, "scenario");
        return policies().contains(scenario.policy()) && priceLevels().contains(scenario.priceLevel())
                && demographies().contains(scenario.demography()) && shockLevels().contains(scenario.shocks());
    }

    private static <T> T find(List<T> levels, Function<T, String> name, String wanted) {
        return levels.stream().filter(level -> name.apply(level).equals(wanted)).findFirst().orElseThrow();
    }

    @Value.Check
    void validate() {
        Problems problems = new Problems();
        check(problems, "policies", ScenarioDimension.PASS_ON_POLICY, levelNames(ScenarioDimension.PASS_ON_POLICY),
                "baselinePolicy", baselinePolicy());
        check(problems, "priceLevels", ScenarioDimension.PRICE_LEVEL, levelNames(ScenarioDimension.PRICE_LEVEL),
                "baselinePrice", baselinePrice());
        check(problems, "demographies", ScenarioDimension.DEMOGRAPHY, levelNames(ScenarioDimension.DEMOGRAPHY),
                "baselineDemography", baselineDemography());
        check(problems, "shockLevels", ScenarioDimension.SHOCKS, levelNames(ScenarioDimension.SHOCKS),
                "baselineShocks", baselineShocks());
        for (int i = 0; i < priceLevels().size(); i++) {
            BigDecimal multiplier = priceLevels().get(i).multiplier();
            problems.check(multiplier.signum() <= 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0,
                    ScenarioErrorCode.SCENARIO_PRICE_MULTIPLIER_INVALID, "priceLevels[" + i + "].multiplier",
                    multiplier.toPlainString());
        }
        problems.throwIfAny();
    }

    private static void check(Problems problems, String field, ScenarioDimension dimension, List<String> names,
            String baselineField, Optional<String> baseline) {
        if (names.isEmpty()) {
            problems.add(ScenarioErrorCode.SCENARIO_DIMENSION_EMPTY, field, dimension.id());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isBlank()) {
                problems.add(ScenarioErrorCode.SCENARIO_LEVEL_NAME_BLANK, field + "[" + i + "]"
                        + (dimension == ScenarioDimension.PASS_ON_POLICY ? ".id" : ".name"), dimension.id());
            } else if (!seen.add(name)) {
                problems.add(ScenarioErrorCode.SCENARIO_LEVEL_DUPLICATE, field + "[" + i + "]"
                        + (dimension == ScenarioDimension.PASS_ON_POLICY ? ".id" : ".name"), name, dimension.id());
            }
        }
        baseline.filter(name -> !names.contains(name)).ifPresent(name -> problems.add(
                ScenarioErrorCode.SCENARIO_BASELINE_UNKNOWN, baselineField, name, dimension.id(), String.join(", ", names)));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScenarioGrid}; {@code build()} throws {@link KetnghiaException} with every problem. */
    public static final class Builder extends ImmutableScenarioGrid.Builder {
    }
}
