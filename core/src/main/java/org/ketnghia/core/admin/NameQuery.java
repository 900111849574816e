package org.ketnghia.core.admin;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A search for units by name or alias, optionally restricted to the units that exist on a date
 * and/or to one level:
 *
 * <pre>{@code
 * registry.findByName(NameQuery.of("tay giang").asOf(LocalDate.of(2026, 1, 1)).atLevel("commune"));
 * }</pre>
 *
 * <p>The name is matched after {@link org.ketnghia.core.value.VietnameseText#fold folding}, so case,
 * diacritics, {@code đ/d} and apostrophes do not matter. Immutable and thread-safe.
 */
public final class NameQuery {

    private final String name;
    private final LocalDate date;
    private final String levelId;

    private NameQuery(String name, LocalDate date, String levelId) {
        this.name = name;
        this.date = date;
        this.levelId = levelId;
    }

    /** A query for {@code name} at any date and level. */
    public static NameQuery of(String name) {
        return new NameQuery(requireNonNull(name, "name"), null, null);
    }

    /** The same query, keeping only units that exist on {@code date}. */
    public NameQuery asOf(LocalDate date) {
        return new NameQuery(name, requireNonNull(date, "date"), levelId);
    }

    /** The same query, keeping only units of the level {@code levelId}. */
    public NameQuery atLevel(String levelId) {
        return new NameQuery(name, date, requireNonNull(levelId, "levelId"));
    }

    /** The name or alias sought, as given. */
    public String name() {
        return name;
    }

    /** The date the units must exist on; empty for any date. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** The level the units must have; empty for any level. */
    public Optional<String> levelId() {
        return Optional.ofNullable(levelId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameQuery query && name.equals(query.name)
                && Objects.equals(date, query.date) && Objects.equals(levelId, query.levelId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, date, levelId);
    }

    @Override
    public String toString() {
        return "NameQuery[" + name + (date == null ? "" : ", asOf " + date) + (levelId == null ? "" : ", level " + levelId) + "]";
    }
}
