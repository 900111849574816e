package org.ketnghia.livestock.simulation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.Species;

/**
 * Herd demography for a programme: one {@link DemographyParameters} per species, and per district
 * the species it calibrates differently (<i>hiệu chỉnh theo huyện</i>). JSON: {@code {"defaults":
 * [ {…cattle…}, {…goats…} ], "districts": {"QNA.TAY-GIANG": [ {…goats…} ]}}}. The defaults that ship
 * ({@link #defaults()}) are DOMAIN.md's table; herd cap, male offtake, founder ages and prices are
 * planning assumptions to calibrate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param defaults one parameter set per species
 * @param districts overriding parameter sets by district code
 */
public record Demography(List<DemographyParameters> defaults, Map<String, List<DemographyParameters>> districts) {

    private static final String RESOURCE = "/org/ketnghia/livestock/demography-defaults.json";

    /**
     * Validates: every problem of every parameter set, with its path; one default per species; no
     * species twice in a district.
     *
     * @throws KetnghiaException with every problem
     */
    public Demography {
        defaults = defaults == null ? List.of() : List.copyOf(defaults);
        Map<String, List<DemographyParameters>> copy = new LinkedHashMap<>();
        if (districts != null) {
            districts.forEach((code, list) -> copy.put(code, list == null ? List.of() : List.copyOf(list)));
        }
        districts = java.util.Collections.unmodifiableMap(copy);
        Problems problems = new Problems();
        check(defaults, "defaults", problems);
        districts.forEach((code, list) -> check(list, "districts." + code, problems));
        problems.throwIfAny();
    }

    private static void check(List<DemographyParameters> list, String field, Problems problems) {
        Set<Species> seen = EnumSet.noneOf(Species.class);
        for (int i = 0; i < list.size(); i++) {
            DemographyParameters parameters = list.get(i);
            String prefix = field + "[" + i + "].";
            if (parameters == null) {
                problems.add(LivestockErrorCode.LIVESTOCK_PLAN_INVALID, prefix, "parameter set is required");
                continue;
            }
            problems.addAll(parameters.problems(prefix));
            if (parameters.species() != null && !seen.add(parameters.species())) {
                problems.add(CoreErrorCode.VALUE_DUPLICATE, prefix + "species", parameters.species());
            }
        }
    }

    /** DOMAIN.md's defaults for cattle and goats, no district overrides. */
    public static Demography standard() {
        return Holder.DEFAULTS;
    }

    /**
     * Reads demography from JSON, listing every problem.
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} if it does not fit, or every
     *     validation problem
     */
    public static Demography fromJson(InputStream json, ObjectMapper mapper) {
        try {
            return requireNonNull(mapper, "mapper").readValue(requireNonNull(json, "json"), Demography.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            if (e.getCause() instanceof KetnghiaException invalid) {
                throw invalid;
            }
            throw KetnghiaException.of(CoreErrorCode.JSON_UNREADABLE, "", e.getOriginalMessage());
        } catch (IOException e) {
            throw KetnghiaException.of(CoreErrorCode.JSON_UNREADABLE, "", e.getMessage());
        }
    }

    /**
     * The parameters of {@code species} in {@code districtCode}: the district's own if it has them,
     * else the default.
     *
     * @throws KetnghiaException {@link LivestockErrorCode#LIVESTOCK_PLAN_INVALID} if there is no set
     */
    public DemographyParameters parameters(String districtCode, Species species) {
        requireNonNull(species, "species");
        for (DemographyParameters p : districts.getOrDefault(requireNonNull(districtCode, "districtCode"), List.of())) {
            if (p.species() == species) {
                return p;
            }
        }
        return defaultFor(species);
    }

    /** The default parameters of {@code species}. */
    public DemographyParameters defaultFor(Species species) {
        return defaults.stream().filter(p -> p.species() == species).findFirst()
                .orElseThrow(() -> KetnghiaException.of(LivestockErrorCode.LIVESTOCK_PLAN_INVALID, "defaults",
                        "no demography parameters for " + species));
    }

    /** A copy with {@code parameters} overriding its species in {@code districtCode}. */
    public Demography withDistrict(String districtCode, DemographyParameters parameters) {
        Map<String, List<DemographyParameters>> copy = new LinkedHashMap<>(districts);
        List<DemographyParameters> list = new java.util.ArrayList<>(copy.getOrDefault(districtCode, List.of()));
        list.removeIf(p -> p.species() == parameters.species());
        list.add(parameters);
        copy.put(districtCode, list);
        return new Demography(defaults, copy);
    }

    private static final class Holder {
        static final Demography DEFAULTS = load();

        private static Demography load() {
            try (InputStream in = Demography.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return fromJson(in, KetnghiaJson.newObjectMapper());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
