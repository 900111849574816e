package org.ketnghia.core.admin.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeData;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.Succession;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.value.VietnameseText;

/** Builds the immutable look-up maps of an {@link AdministrativeRegistry} from checked data. */
public final class RegistryIndex {

    /** A unit record under a parent, during {@code period} (its link cut to its own validity). */
    public record ChildLink(AdministrativeUnit child, Validity period) {
    }

    private RegistryIndex() {
    }

    public static Map<String, AdminLevel> levelsById(AdministrativeData data) {
        Map<String, AdminLevel> levels = new LinkedHashMap<>();
        data.levels().forEach(level -> levels.put(level.id(), level));
        return Collections.unmodifiableMap(levels);
    }

    /** The records of each code, oldest first. */
    public static Map<String, List<AdministrativeUnit>> versionsByCode(AdministrativeData data) {
        Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
        for (AdministrativeUnit unit : data.units()) {
            byCode.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit);
        }
        return freeze(byCode, Comparator.comparing((AdministrativeUnit unit) -> unit.validFrom().orElse(LocalDate.MIN)));
    }

    /** The timeline of each code's records ({@link UnitTimeline}), from {@link #versionsByCode}. */
    public static Map<String, UnitTimeline> timelines(Map<String, List<AdministrativeUnit>> versionsByCode) {
        Map<String, UnitTimeline> timelines = new HashMap<>();
        versionsByCode.forEach((code, versions) -> timelines.put(code, UnitTimeline.of(versions)));
        return Collections.unmodifiableMap(timelines);
    }

    /** The records linked under each parent code, sorted by {@code order}. */
    public static Map<String, List<ChildLink>> childLinksByParent(AdministrativeData data, Comparator<AdministrativeUnit> order) {
        Map<String, List<ChildLink>> byParent = new HashMap<>();
        for (AdministrativeUnit unit : data.units()) {
            for (ParentLink link : unit.parents()) {
                byParent.computeIfAbsent(link.code(), code -> new ArrayList<>())
                        .add(new ChildLink(unit, link.validity().intersection(unit.validity())));
            }
        }
        return freeze(byParent, Comparator.comparing(ChildLink::child, order));
    }

    /** The succession links grouped by {@code key} (predecessor or successor code), by effective date. */
    public static Map<String, List<Succession>> successionsBy(AdministrativeData data, Function<Succession, String> key) {
        Map<String, List<Succession>> grouped = new HashMap<>();
        for (Succession succession : data.successions()) {
            grouped.computeIfAbsent(key.apply(succession), code -> new ArrayList<>()).add(succession);
        }
        return freeze(grouped, Comparator.comparing(Succession::effectiveDate));
    }

    /** The records whose name or an alias folds to each key, sorted by {@code order}. */
    public static Map<String, List<AdministrativeUnit>> unitsByFoldedName(AdministrativeData data, Comparator<AdministrativeUnit> order) {
        Map<String, Set<AdministrativeUnit>> byName = new HashMap<>();
        for (AdministrativeUnit unit : data.units()) {
            byName.computeIfAbsent(VietnameseText.fold(unit.name()), name -> new LinkedHashSet<>()).add(unit);
            for (String alias : unit.aliases()) {
                byName.computeIfAbsent(VietnameseText.fold(alias), name -> new LinkedHashSet<>()).add(unit);
            }
        }
        Map<String, List<AdministrativeUnit>> lists = new HashMap<>();
        byName.forEach((name, units) -> lists.put(name, new ArrayList<>(units)));
        return freeze(lists, order);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> grouped, Comparator<? super T> order) {
        Map<String, List<T>> frozen = new HashMap<>();
        grouped.forEach((key, values) -> {
            values.sort(order);
            frozen.put(key, List.copyOf(values));
        });
        return Collections.unmodifiableMap(frozen); // a hash map: Map.copyOf's probing was slower on look-ups of codes
    }
}
