package org.ketnghia.livestock.scenarios;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.livestock.simulation.Shock;

/**
 * A named set of shocks (<i>cú sốc</i>): none, epidemic year(s), drought year(s) or both. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class ShockLevel {

    /** Name of the level without shocks. */
    public static final String NONE = "none";
    /** Name of the epidemic level. */
    public static final String EPIDEMIC = "epidemic";
    /** Name of the drought level. */
    public static final String DROUGHT = "drought";
    /** Name of the level with both. */
    public static final String BOTH = "epidemic+drought";

    /** The level's name: unique in its grid. */
    public abstract String name();

    /** The shocks. */
    public abstract List<Shock> shocks();

    /** The label in Vietnamese, e.g. {@code "dịch bệnh năm 3"}. */
    @Value.Default
    public String labelVi() {
        return name();
    }

    /** No shock (<i>không có cú sốc</i>). */
    public static ShockLevel none() {
        return builder().name(NONE).labelVi("không có cú sốc").build();
    }

    /**
     * The four standard levels: none, an epidemic adding {@code epidemicMortality} annual mortality in
     * every district in each of {@code epidemicYears}, a drought multiplying fertility by {@code
     * droughtFertility} in each of {@code droughtYears}, and both.
     *
     * @throws IllegalArgumentException if a year is below 1 or a rate out of range (see {@link Shock})
     */
    public static List<ShockLevel> standardSet(List<Integer> epidemicYears, double epidemicMortality,
            List<Integer> droughtYears, double droughtFertility) {
        requireNonNull(epidemicYears, "epidemicYears");
        requireNonNull(droughtYears, "droughtYears");
        List<Shock> epidemics = new ArrayList<>();
        for (int year : epidemicYears) {
            epidemics.add(new Shock(Shock.Kind.EPIDEMIC, year, Optional.empty(), epidemicMortality, 1.0));
        }
        List<Shock> droughts = new ArrayList<>();
        for (int year : droughtYears) {
            droughts.add(Shock.drought(year, droughtFertility));
        }
        List<Shock> both = new ArrayList<>(epidemics);
        both.addAll(droughts);
        String epidemicLabel = "dịch bệnh năm " + years(epidemicYears);
        String droughtLabel = "hạn hán năm " + years(droughtYears);
        return List.of(none(),
                builder().name(EPIDEMIC).shocks(epidemics).labelVi(epidemicLabel).build(),
                builder().name(DROUGHT).shocks(droughts).labelVi(droughtLabel).build(),
                builder().name(BOTH).shocks(both).labelVi(epidemicLabel + " + " + droughtLabel).build());
    }

    private static String years(List<Integer> years) {
        return String.join(", ", years.stream().map(String::valueOf).toList());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ShockLevel}. */
    public static final class Builder extends ImmutableShockLevel.Builder {
    }
}
