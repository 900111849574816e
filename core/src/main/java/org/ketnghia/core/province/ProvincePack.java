package org.ketnghia.core.province;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.poverty.PovertyStandards;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.value.BilingualText;

/**
 * One province's data, loaded and checked as a whole by {@link ProvincePacks}: its id and name, its
 * administrative units with their reorganisations ({@link #units()}), the poverty standards in force
 * there, its norms and reference prices, and the data sections of its pilot models.
 *
 * <p>Every pack is independent: two packs loaded in one JVM share no mutable state. Immutable and
 * thread-safe; collections returned are unmodifiable.
 */
public final class ProvincePack {

    private final String id;
    private final BilingualText name;
    private final String origin;
    private final AdministrativeRegistry units;
    private final PovertyStandards povertyStandards;
    private final Map<String, Norm> norms;
    private final Map<String, PlanSection> modelData;

    /**
     * A pack from its parts; {@link ProvincePacks} is the usual way to obtain one.
     *
     * @param origin where the pack was read from (a folder or a class-path folder), for messages
     * @param norms the norms by {@link Norm#key()}; each entry's key must equal its norm's key
     * @param modelData the model data sections by model id
     */
    public ProvincePack(String id, BilingualText name, String origin, AdministrativeRegistry units,
            PovertyStandards povertyStandards, Map<String, Norm> norms, Map<String, PlanSection> modelData) {
        this.id = requireNonNull(id, "id");
        this.name = requireNonNull(name, "name");
        this.origin = requireNonNull(origin, "origin");
        this.units = requireNonNull(units, "units");
        this.povertyStandards = requireNonNull(povertyStandards, "povertyStandards");
        this.norms = Map.copyOf(requireNonNull(norms, "norms"));
        this.modelData = Map.copyOf(requireNonNull(modelData, "modelData"));
        this.norms.forEach((key, norm) -> {
            if (!key.equals(norm.key())) {
                throw new IllegalArgumentException("norm under key " + key + " has key " + norm.key());
            }
        });
    }

    /** The pack's stable id, e.g. {@code "quang-nam"}. */
    public String id() {
        return id;
    }

    /** The province's name in Vietnamese and English. */
    public BilingualText name() {
        return name;
    }

    /** Where the pack was read from, e.g. {@code "/data/packs/quang-nam"} or {@code "classpath:…"}. */
    public String origin() {
        return origin;
    }

    /** The administrative units, their parents over time and their successions. */
    public AdministrativeRegistry units() {
        return units;
    }

    /**
     * The poverty standards in force in the province: the pack's own if it names a file, otherwise
     * the national ones ({@link PovertyStandards#official()}).
     */
    public PovertyStandards povertyStandards() {
        return povertyStandards;
    }

    /** Every norm and reference price, by key. */
    public Map<String, Norm> norms() {
        return norms;
    }

    /** The norm with this key, e.g. {@code "livestock.cattle.price-per-head"}. */
    public Optional<Norm> norm(String key) {
        return Optional.ofNullable(norms.get(requireNonNull(key, "key")));
    }

    /** The amounts of every norm, by key (for a model that needs only the figures). */
    public Map<String, Money> referencePrices() {
        Map<String, Money> prices = new LinkedHashMap<>();
        norms.forEach((key, norm) -> prices.put(key, norm.amount()));
        return Map.copyOf(prices);
    }

    /**
     * The data section of the model {@code modelId}, which the model binds to its own configuration
     * ({@link PlanSection#bind}); the core never interprets it. Its location names the pack file.
     */
    public Optional<PlanSection> modelData(String modelId) {
        return Optional.ofNullable(modelData.get(requireNonNull(modelId, "modelId")));
    }

    /** The ids of the models with a data section. */
    public java.util.Set<String> modelIds() {
        return modelData.keySet();
    }

    @Override
    public String toString() {
        return "ProvincePack[" + id + ", " + origin + ", " + units + ", " + norms.size() + " norms, models "
                + new java.util.TreeSet<>(modelData.keySet()) + "]";
    }
}
