package org.ketnghia.core.admin;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ketnghia.core.admin.internal.DataValidator;
import org.ketnghia.core.admin.internal.RegistryIndex;
import org.ketnghia.core.admin.internal.UnitTimeline;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.value.VietnameseText;

/**
 * All administrative units of a programme, checked once and indexed for fast date-aware look-ups:
 * a unit, its parent, children, descendants and ancestors on a date; whether one unit lies within
 * another; what a historical unit became; units by name or alias.
 *
 * <p><b>Dates.</b> Every query that takes a date answers for that day. A unit that does not exist
 * on the day is not returned (an empty {@link Optional}, an empty list, {@code false}); codes that
 * are not in the registry are treated the same way. Use {@link #requireUnitAsOf} where an unknown
 * or expired code is an error.
 *
 * <p><b>History.</b> The district level was abolished on 1 July 2025: a 2021 twinning with
 * "Tây Giang district" resolves with {@link #successorsAsOf} to the communes that exist on a later
 * date (Tây Giang, Hùng Sơn, Avương), following succession links through any chain of mergers, and
 * through the children of a unit that ended without one.
 *
 * <p><b>Building.</b> {@link #of(AdministrativeData)} checks the data as a whole and rejects it with
 * one {@link KetnghiaException} listing every problem ({@link AdminErrorCode}), each naming the
 * offending field. {@link #quangNamReference()} is the shipped Quảng Nam reference data;
 * {@link #withUnits} and {@link #with} add a host's own units (villages) on top, re-checked.
 *
 * <p>Immutable and thread-safe; look-ups use maps built once and do not lock.
 */
public final class AdministrativeRegistry {

    private static final Comparator<AdministrativeUnit> BY_NAME =
            Comparator.comparing((AdministrativeUnit unit) -> VietnameseText.fold(unit.name()))
                    .thenComparing(AdministrativeUnit::code)
                    .thenComparing(unit -> unit.validFrom().orElse(LocalDate.MIN));

    private final AdministrativeData data;
    private final Map<String, AdminLevel> levelsById;
    private final Map<String, List<AdministrativeUnit>> versionsByCode;
    /** The records of each code with their periods as epoch days, for the look-ups by date. */
    private final Map<String, UnitTimeline> timelines;
    private final Map<String, List<RegistryIndex.ChildLink>> childLinksByParent;
    private final Map<String, List<Succession>> successionsFrom;
    private final Map<String, List<Succession>> successionsTo;
    private final Map<String, List<AdministrativeUnit>> unitsByFoldedName;

    private AdministrativeRegistry(AdministrativeData data) {
        this.data = data;
        this.levelsById = RegistryIndex.levelsById(data);
        this.versionsByCode = RegistryIndex.versionsByCode(data);
        this.timelines = RegistryIndex.timelines(versionsByCode);
        this.childLinksByParent = RegistryIndex.childLinksByParent(data, BY_NAME);
        this.successionsFrom = RegistryIndex.successionsBy(data, Succession::predecessorCode);
        this.successionsTo = RegistryIndex.successionsBy(data, Succession::successorCode);
        this.unitsByFoldedName = RegistryIndex.unitsByFoldedName(data, BY_NAME);
    }

    // ---------------------------------------------------------------- building

    /**
     * Checks {@code data} and builds a registry from it.
     *
     * @throws KetnghiaException listing every problem found (cycles, unknown parents or levels,
     *     overlapping periods, duplicate codes, children outside their parent's life, links to
     *     unknown units, blank names, …), each with its field path such as {@code "units[12].parents[0].code"}
     */
    public static AdministrativeRegistry of(AdministrativeData data) {
        requireNonNull(data, "data");
        DataValidator.validate(data, DataPaths.PLAIN);
        return new AdministrativeRegistry(data);
    }

    /**
     * Checks {@code data} as {@link #of(AdministrativeData)} does, without building a registry, and names each
     * problem's element by {@code paths}: for data combined from several parts, whose problems are best reported
     * where each element came from (a province pack names the file and the element's place in it).
     *
     * @throws KetnghiaException listing every problem found, each with its field path, such as {@code
     *     "units[12].parents[0].code"} where {@code paths} names the unit {@code "units[12]"}
     * @throws NullPointerException if {@code data} or {@code paths} is null
     */
    public static void check(AdministrativeData data, DataPaths paths) {
        DataValidator.validate(requireNonNull(data, "data"), requireNonNull(paths, "paths"));
    }

    /**
     * The reference data shipped with ketnghia: Quảng Nam province and Đà Nẵng city, the 6 mountain
     * districts with all their communes before 1 July 2025 and the communes that succeeded them,
     * and the 6 lowland localities of the 2021 plan. Loaded once, on first use.
     *
     * @throws KetnghiaException if the shipped resource cannot be read (a packaging error)
     */
    public static AdministrativeRegistry quangNamReference() {
        return Reference.REGISTRY;
    }

    /**
     * A new registry with this one's content plus {@code units} (e.g. the villages of a commune),
     * checked together; problems in the added units are reported as {@code "added.units[i]…"}.
     *
     * @throws KetnghiaException listing every problem found
     */
    public AdministrativeRegistry withUnits(Collection<AdministrativeUnit> units) {
        return with(AdministrativeData.builder().addAllUnits(requireNonNull(units, "units")).build());
    }

    /**
     * A new registry with this one's content plus everything in {@code additions} (levels, units,
     * succession links, sources), checked together; problems in the additions are reported as
     * {@code "added.levels[i]…"}, {@code "added.units[i]…"}, {@code "added.successions[i]…"}.
     *
     * @throws KetnghiaException listing every problem found
     */
    public AdministrativeRegistry with(AdministrativeData additions) {
        requireNonNull(additions, "additions");
        AdministrativeData combined = AdministrativeData.builder()
                .from(data)
                .addAllSources(additions.sources())
                .addAllLevels(additions.levels())
                .addAllUnits(additions.units())
                .addAllSuccessions(additions.successions())
                .build();
        DataValidator.validate(combined, DataPaths.appended(data));
        return new AdministrativeRegistry(combined);
    }

    /** The data this registry was built from (for export or to build another registry). */
    public AdministrativeData data() {
        return data;
    }

    // ---------------------------------------------------------------- levels and units

    /** Every level, in the order declared. */
    public List<AdminLevel> levels() {
        return data.levels();
    }

    /** The level with the given id. */
    public Optional<AdminLevel> level(String levelId) {
        return Optional.ofNullable(levelsById.get(requireNonNull(levelId, "levelId")));
    }

    /** Every unit record, in the order of the data (a code with several periods has several records). */
    public List<AdministrativeUnit> units() {
        return data.units();
    }

    /** Every unit that exists on {@code date}, sorted by name. */
    public List<AdministrativeUnit> unitsAsOf(LocalDate date) {
        requireNonNull(date, "date");
        List<AdministrativeUnit> result = new ArrayList<>();
        for (AdministrativeUnit unit : data.units()) {
            if (unit.isValidOn(date)) {
                result.add(unit);
            }
        }
        result.sort(BY_NAME);
        return List.copyOf(result);
    }

    /** The latest record of the unit with this code, whatever the date. */
    public Optional<AdministrativeUnit> unit(String code) {
        List<AdministrativeUnit> versions = versionsByCode.get(requireNonNull(code, "code"));
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** Every record of the unit with this code, oldest first; empty for an unknown code. */
    public List<AdministrativeUnit> versions(String code) {
        return versionsByCode.getOrDefault(requireNonNull(code, "code"), List.of());
    }

    /** The unit with this code as it was on {@code date}; empty if it did not exist then. */
    public Optional<AdministrativeUnit> unitAsOf(String code, LocalDate date) {
        requireNonNull(code, "code");
        requireNonNull(date, "date");
        return Optional.ofNullable(versionOn(code, date));
    }

    /**
     * The unit with this code as it was on {@code date}.
     *
     * @throws KetnghiaException {@link AdminErrorCode#ADMIN_UNKNOWN_UNIT} for an unknown code,
     *     {@link AdminErrorCode#ADMIN_UNIT_NOT_VALID} if the unit did not exist on {@code date}
     */
    public AdministrativeUnit requireUnitAsOf(String code, LocalDate date) {
        requireNonNull(code, "code");
        requireNonNull(date, "date");
        if (!versionsByCode.containsKey(code)) {
            throw KetnghiaException.of(AdminErrorCode.ADMIN_UNKNOWN_UNIT, "unitCode", code);
        }
        AdministrativeUnit unit = versionOn(code, date);
        if (unit == null) {
            throw KetnghiaException.of(AdminErrorCode.ADMIN_UNIT_NOT_VALID, "unitCode", code, date);
        }
        return unit;
    }

    // ---------------------------------------------------------------- hierarchy

    /** The parent of the unit on {@code date}; empty for a top-level unit or a unit that did not exist. */
    public Optional<AdministrativeUnit> parentAsOf(String code, LocalDate date) {
        requireNonNull(code, "code");
        requireNonNull(date, "date");
        return Optional.ofNullable(parentOn(code, date));
    }

    /** The units directly under the unit on {@code date}, sorted by name. */
    public List<AdministrativeUnit> childrenAsOf(String code, LocalDate date) {
        requireNonNull(code, "code");
        requireNonNull(date, "date");
        if (versionOn(code, date) == null) {
            return List.of();
        }
        List<AdministrativeUnit> children = new ArrayList<>();
        for (RegistryIndex.ChildLink link : childLinksByParent.getOrDefault(code, List.of())) {
            if (link.period().contains(date)) {
                children.add(link.child());
            }
        }
        return List.copyOf(children);
    }

    /** All units under the unit on {@code date}, at any depth, each parent before its children. */
    public List<AdministrativeUnit> descendantsAsOf(String code, LocalDate date) {
        requireNonNull(code, "code");
        requireNonNull(date, "date");
        List<AdministrativeUnit> result = new ArrayList<>();
        collectDescendants(code, date, result);
        return List.copyOf(result);
    }

    /**
     * Whether the unit {@code unitCode} lies within {@code ancestorCode} on {@code date}: it is that
     * unit or one of its descendants, and both exist on that day.
     */
    public boolean isWithin(String unitCode, String ancestorCode, LocalDate date) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(ancestorCode, "ancestorCode");
        requireNonNull(date, "date");
        long day = date.toEpochDay();
        String code = unitCode;
        UnitTimeline timeline = timelines.get(code);
        int version = timeline == null ? -1 : timeline.versionIndexOn(day);
        while (version >= 0) {
            if (code.equals(ancestorCode)) {
                return true;
            }
            code = timeline.parentCodeOn(version, day);
            timeline = code == null ? null : timelines.get(code);
            version = timeline == null ? -1 : timeline.versionIndexOn(day);
        }
        return false;
    }

    /**
     * The unit at level {@code levelId} that contains the unit on {@code date} — the unit itself if it
     * is at that level; empty if there is none (e.g. the district of a commune after 1 July 2025).
     */
    public Optional<AdministrativeUnit> ancestorAtLevel(String code, String levelId, LocalDate date) {
        requireNonNull(code, "code");
        requireNonNull(levelId, "levelId");
        requireNonNull(date, "date");
        AdministrativeUnit current = versionOn(code, date);
        while (current != null) {
            if (current.levelId().equals(levelId)) {
                return Optional.of(current);
            }
            current = parentOn(current.code(), date);
        }
        return Optional.empty();
    }

    /**
     * The model-village zone (1–3) that applies to the unit on {@code date}: its own if set,
     * otherwise the nearest ancestor's — a village inherits its commune's zone. Empty if no unit on
     * the way up sets one, or if the unit did not exist then.
     */
    public OptionalInt modelVillageZoneAsOf(String code, LocalDate date) {
        requireNonNull(code, "code");
        requireNonNull(date, "date");
        AdministrativeUnit current = versionOn(code, date);
        while (current != null) {
            OptionalInt zone = current.flags().modelVillageZone();
            if (zone.isPresent()) {
                return zone;
            }
            current = parentOn(current.code(), date);
        }
        return OptionalInt.empty();
    }

    // ---------------------------------------------------------------- history

    /** The succession links in which the unit is the predecessor (what it became), by effective date. */
    public List<Succession> successionsFrom(String code) {
        return successionsFrom.getOrDefault(requireNonNull(code, "code"), List.of());
    }

    /** The succession links in which the unit is the successor (what it came from), by effective date. */
    public List<Succession> successionsTo(String code) {
        return successionsTo.getOrDefault(requireNonNull(code, "code"), List.of());
    }

    /**
     * The units that carry on the unit on {@code date}, sorted by name: the unit itself if it still
     * exists then; otherwise the successors named by its succession links in effect by that date,
     * resolved in turn (so chains of mergers are followed); otherwise, for a unit that ended without
     * such links (an abolished district), the successors of the children it had on its last day.
     * Empty for an unknown code or a date before the unit existed.
     *
     * <p>Example: Tây Giang district on 2026-01-01 → communes Avương, Hùng Sơn, Tây Giang;
     * Ch'ơm commune → Hùng Sơn; Quảng Nam province → Đà Nẵng city.
     */
    public List<AdministrativeUnit> successorsAsOf(String code, LocalDate date) {
        requireNonNull(code, "code");
        requireNonNull(date, "date");
        Set<AdministrativeUnit> result = new LinkedHashSet<>();
        resolveSuccessors(code, date, new LinkedHashSet<>(), result);
        List<AdministrativeUnit> sorted = new ArrayList<>(result);
        sorted.sort(BY_NAME);
        return List.copyOf(sorted);
    }

    /**
     * The unit that stands for {@code code} on {@code date}: the unit itself while it is in force,
     * otherwise its single successor then (after a merger, the new commune records for the old one).
     * Empty for an unknown code, and for a unit that ended with none or several successors (a district
     * split among communes).
     */
    public Optional<AdministrativeUnit> unitInForce(String code, LocalDate date) {
        Optional<AdministrativeUnit> unit = unitAsOf(code, date);
        if (unit.isPresent()) {
            return unit;
        }
        List<AdministrativeUnit> successors = successorsAsOf(code, date);
        return successors.size() == 1 ? Optional.of(successors.get(0)) : Optional.empty();
    }

    // ---------------------------------------------------------------- names

    /** Every unit record whose name or an alias matches {@code name}, ignoring case, diacritics and apostrophes. */
    public List<AdministrativeUnit> findByName(String name) {
        return findByName(NameQuery.of(name));
    }

    /**
     * Every unit record whose name or an alias matches the query's name (ignoring case, diacritics,
     * {@code đ/d} and apostrophes), that exists on the query's date and is at the query's level
     * when these are given; sorted by name. Names repeat — Tây Giang is a district until 2025 and a
     * commune from 2025 — so all matches are returned.
     */
    public List<AdministrativeUnit> findByName(NameQuery query) {
        requireNonNull(query, "query");
        List<AdministrativeUnit> candidates = unitsByFoldedName.getOrDefault(VietnameseText.fold(query.name()), List.of());
        List<AdministrativeUnit> matches = new ArrayList<>(candidates.size());
        for (AdministrativeUnit unit : candidates) {
            boolean dateMatches = query.date().map(unit::isValidOn).orElse(true);
            boolean levelMatches = query.levelId().map(unit.levelId()::equals).orElse(true);
            if (dateMatches && levelMatches) {
                matches.add(unit);
            }
        }
        return List.copyOf(matches);
    }

    @Override
    public String toString() {
        return "AdministrativeRegistry[" + levelsById.size() + " levels, " + versionsByCode.size() + " units, "
                + data.successions().size() + " successions]";
    }

    // ---------------------------------------------------------------- internals

    private AdministrativeUnit versionOn(String code, LocalDate date) {
        UnitTimeline timeline = timelines.get(code);
        if (timeline == null) {
            return null;
        }
        int version = timeline.versionIndexOn(date.toEpochDay());
        return version < 0 ? null : timeline.version(version);
    }

    private AdministrativeUnit parentOn(String code, LocalDate date) {
        UnitTimeline timeline = timelines.get(code);
        long day = date.toEpochDay();
        int version = timeline == null ? -1 : timeline.versionIndexOn(day);
        String parent = version < 0 ? null : timeline.parentCodeOn(version, day);
        return parent == null ? null : versionOn(parent, date);
    }

    private void collectDescendants(String code, LocalDate date, List<AdministrativeUnit> result) {
        for (AdministrativeUnit child : childrenAsOf(code, date)) {
            result.add(child);
            collectDescendants(child.code(), date, result);
        }
    }

    private void resolveSuccessors(String code, LocalDate date, Set<String> visited, Set<AdministrativeUnit> result) {
        if (!visited.add(code)) {
            return;
        }
        AdministrativeUnit current = versionOn(code, date);
        if (current != null) {
            result.add(current);
            return;
        }
        Optional<AdministrativeUnit> lastBefore = lastVersionEndedBefore(code, date);
        if (lastBefore.isEmpty()) {
            return; // unknown, or not yet created on that date
        }
        boolean followedLink = false;
        for (Succession succession : successionsFrom(code)) {
            if (!succession.effectiveDate().isAfter(date)) {
                resolveSuccessors(succession.successorCode(), date, visited, result);
                followedLink = true;
            }
        }
        if (!followedLink) {
            LocalDate lastDay = lastBefore.get().validTo().orElseThrow();
            for (AdministrativeUnit child : childrenAsOf(code, lastDay)) {
                resolveSuccessors(child.code(), date, visited, result);
            }
        }
    }

    private Optional<AdministrativeUnit> lastVersionEndedBefore(String code, LocalDate date) {
        AdministrativeUnit last = null;
        for (AdministrativeUnit version : versionsByCode.getOrDefault(code, List.of())) {
            if (version.validTo().isPresent() && version.validTo().get().isBefore(date)) {
                last = version;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Loads the reference data on first use (initialization-on-demand holder). */
    private static final class Reference {
        static final AdministrativeRegistry REGISTRY =
                new AdministrativeDataLoader().loadResource(AdministrativeDataLoader.QUANG_NAM_RESOURCE);
    }
}
