package org.ketnghia.core.participant.internal;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * Values computed once per (year, poverty category or none): the reasons of the household rules are
 * the same for every household of one year and category, so a screening of a million households
 * builds each only once. Thread-safe; a value may be computed twice in a race, never differently.
 *
 * @param <V> the cached value, immutable
 */
public final class YearCategoryCache<V> {

    /** Computes the value for a year and a category (null: no review result). */
    @FunctionalInterface
    public interface Computation<V> {
        V compute(int year, PovertyCategory categoryOrNull);
    }

    private static final int NO_CATEGORY = PovertyCategory.values().length;

    private final Computation<V> computation;
    private final Map<Integer, AtomicReferenceArray<V>> byYear = new ConcurrentHashMap<>();
    /** The last year asked for: screenings ask for one year a million times. */
    private volatile YearSlots<V> lastYear;

    public YearCategoryCache(Computation<V> computation) {
        this.computation = requireNonNull(computation, "computation");
    }

    public V get(int year, PovertyCategory categoryOrNull) {
        YearSlots<V> slots = lastYear;
        if (slots == null || slots.year() != year) {
            slots = new YearSlots<>(year,
                    byYear.computeIfAbsent(year, ignored -> new AtomicReferenceArray<>(NO_CATEGORY + 1)));
            lastYear = slots;
        }
        int slot = categoryOrNull == null ? NO_CATEGORY : categoryOrNull.ordinal();
        V value = slots.values().get(slot);
        if (value == null) {
            value = requireNonNull(computation.compute(year, categoryOrNull), "cached value");
            slots.values().set(slot, value);
        }
        return value;
    }

    private record YearSlots<V>(int year, AtomicReferenceArray<V> values) {
    }
}
