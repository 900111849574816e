package org.ketnghia.core.admin;

import static java.util.Objects.requireNonNull;

import java.util.function.IntFunction;

/**
 * How the problems found in {@link AdministrativeData} name the element at an index of each of its lists: the
 * field path of a problem starts with the element's name, such as {@code "units[12]"} in {@code
 * "units[12].parents[0].code"}. Data read from one file uses {@link #PLAIN}; data made of several parts names each
 * element by its place in its own part (a registry's additions as {@code "added.units[i]"}, a province pack's files
 * as the file and the element's place in it).
 *
 * <p>Immutable and thread-safe when its functions are.
 *
 * @param level the name of the level at an index of {@link AdministrativeData#levels()}
 * @param unit the name of the unit at an index of {@link AdministrativeData#units()}
 * @param succession the name of the succession link at an index of {@link AdministrativeData#successions()}
 * @see AdministrativeRegistry#check(AdministrativeData, DataPaths)
 */
public record DataPaths(IntFunction<String> level, IntFunction<String> unit, IntFunction<String> succession) {

    /** The names of the data's own JSON form: {@code "levels[i]"}, {@code "units[i]"}, {@code "successions[i]"}. */
    public static final DataPaths PLAIN = new DataPaths(i -> "levels[" + i + "]", i -> "units[" + i + "]",
            i -> "successions[" + i + "]");

    /**
     * Paths naming every function.
     *
     * @throws NullPointerException if a function is null
     */
    public DataPaths {
        requireNonNull(level, "level");
        requireNonNull(unit, "unit");
        requireNonNull(succession, "succession");
    }

    /**
     * Paths for data made of {@code base} followed by additions: an element of {@code base} is named as in {@link
     * #PLAIN}, an added one {@code "added.…"} by its index among the additions ({@code "added.units[0]"}).
     *
     * @throws NullPointerException if {@code base} is null
     */
    static DataPaths appended(AdministrativeData base) {
        requireNonNull(base, "base");
        int levels = base.levels().size();
        int units = base.units().size();
        int successions = base.successions().size();
        return new DataPaths(
                i -> i < levels ? "levels[" + i + "]" : "added.levels[" + (i - levels) + "]",
                i -> i < units ? "units[" + i + "]" : "added.units[" + (i - units) + "]",
                i -> i < successions ? "successions[" + i + "]" : "added.successions[" + (i - successions) + "]");
    }
}
