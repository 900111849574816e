package org.ketnghia.core.admin.internal;

import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_BLANK;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_DUPLICATE_CODE;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_DUPLICATE_LEVEL;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_MODEL_VILLAGE_ZONE_OUT_OF_RANGE;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_OUTSIDE_LEVEL_VALIDITY;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_OUTSIDE_PARENT_VALIDITY;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_PARENT_CYCLE;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_PARENT_IS_SELF;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_PARENT_LEVEL_NOT_HIGHER;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_PARENT_LINKS_OVERLAP;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_PREDECESSOR_STILL_VALID;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_SUCCESSION_TO_SELF;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_SUCCESSOR_NOT_VALID;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_UNKNOWN_LEVEL;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_UNKNOWN_PARENT;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_UNKNOWN_SUCCESSION_UNIT;
import static org.ketnghia.core.admin.AdminErrorCode.ADMIN_VALIDITY_INVERTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeData;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.DataPaths;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.Succession;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.error.Problems;

/**
 * Checks administrative data as a whole and reports every problem in one pass, each with the path
 * of the offending field. Not thread-safe: one instance per validation.
 */
public final class DataValidator {

    private final AdministrativeData data;
    private final DataPaths paths;
    private final Problems problems = new Problems();
    private final Map<String, AdminLevel> levelsById = new HashMap<>();
    /** Indexes into {@code data.units()} of the records of each code. */
    private final Map<String, List<Integer>> recordsByCode = new LinkedHashMap<>();

    private DataValidator(AdministrativeData data, DataPaths paths) {
        this.data = data;
        this.paths = paths;
    }

    /** @throws org.ketnghia.core.error.KetnghiaException listing every problem of {@code data} */
    public static void validate(AdministrativeData data, DataPaths paths) {
        DataValidator validator = new DataValidator(data, paths);
        validator.checkLevels();
        validator.checkUnits();
        validator.checkParentLinks();
        validator.checkCycles();
        validator.checkSuccessions();
        validator.problems.throwIfAny();
    }

    private void checkLevels() {
        List<AdminLevel> levels = data.levels();
        for (int i = 0; i < levels.size(); i++) {
            AdminLevel level = levels.get(i);
            String path = paths.level().apply(i);
            problems.check(level.id().isBlank(), ADMIN_BLANK, path + ".id");
            problems.check(level.nameVi().isBlank(), ADMIN_BLANK, path + ".nameVi");
            problems.check(level.nameEn().isBlank(), ADMIN_BLANK, path + ".nameEn");
            checkInverted(level.validity(), path);
            if (levelsById.putIfAbsent(level.id(), level) != null) {
                problems.add(ADMIN_DUPLICATE_LEVEL, path + ".id", level.id());
            }
        }
    }

    private void checkUnits() {
        List<AdministrativeUnit> units = data.units();
        for (int i = 0; i < units.size(); i++) {
            AdministrativeUnit unit = units.get(i);
            String path = paths.unit().apply(i);
            problems.check(unit.code().isBlank(), ADMIN_BLANK, path + ".code");
            problems.check(unit.name().isBlank(), ADMIN_BLANK, path + ".name");
            for (int k = 0; k < unit.aliases().size(); k++) {
                problems.check(unit.aliases().get(k).isBlank(), ADMIN_BLANK, path + ".aliases[" + k + "]");
            }
            boolean inverted = checkInverted(unit.validity(), path);
            checkLevelOf(unit, path, inverted);
            unit.flags().modelVillageZone().ifPresent(zone -> problems.check(zone < 1 || zone > 3,
                    ADMIN_MODEL_VILLAGE_ZONE_OUT_OF_RANGE, path + ".flags.modelVillageZone", zone));
            checkDuplicateCode(i, unit, path);
        }
    }

    private void checkLevelOf(AdministrativeUnit unit, String path, boolean inverted) {
        if (unit.levelId().isBlank()) {
            problems.add(ADMIN_BLANK, path + ".levelId");
            return;
        }
        AdminLevel level = levelsById.get(unit.levelId());
        if (level == null) {
            problems.add(ADMIN_UNKNOWN_LEVEL, path + ".levelId", unit.levelId());
        } else if (!inverted && !level.validity().encloses(unit.validity())) {
            boolean endOutside = !Validity.between(null, level.validTo().orElse(null))
                    .encloses(Validity.between(null, unit.validTo().orElse(null)));
            problems.add(ADMIN_OUTSIDE_LEVEL_VALIDITY, path + (endOutside ? ".validTo" : ".validFrom"),
                    level.id(), unit.validity(), level.validity());
        }
    }

    private void checkDuplicateCode(int index, AdministrativeUnit unit, String path) {
        List<Integer> earlier = recordsByCode.computeIfAbsent(unit.code(), code -> new ArrayList<>());
        for (int other : earlier) {
            AdministrativeUnit previous = data.units().get(other);
            if (previous.validity().overlaps(unit.validity())) {
                problems.add(ADMIN_DUPLICATE_CODE, path + ".code", unit.code(), unit.validity(),
                        paths.unit().apply(other), previous.validity());
            }
        }
        earlier.add(index);
    }

    private void checkParentLinks() {
        List<AdministrativeUnit> units = data.units();
        for (int i = 0; i < units.size(); i++) {
            AdministrativeUnit unit = units.get(i);
            List<ParentLink> links = unit.parents();
            for (int j = 0; j < links.size(); j++) {
                String path = paths.unit().apply(i) + ".parents[" + j + "]";
                checkParentLink(unit, links, j, path, i);
            }
        }
    }

    private void checkParentLink(AdministrativeUnit unit, List<ParentLink> links, int j, String path, int unitIndex) {
        ParentLink link = links.get(j);
        if (link.code().isBlank()) {
            problems.add(ADMIN_BLANK, path + ".code");
            return;
        }
        if (link.code().equals(unit.code())) {
            problems.add(ADMIN_PARENT_IS_SELF, path + ".code", unit.code());
            return;
        }
        if (checkInverted(link.validity(), path) || unit.validity().isInverted()) {
            return;
        }
        Validity period = link.validity().intersection(unit.validity());
        for (int k = 0; k < j; k++) {
            ParentLink other = links.get(k);
            if (!other.validity().isInverted() && other.validity().intersection(unit.validity()).overlaps(period)) {
                problems.add(ADMIN_PARENT_LINKS_OVERLAP, path, link.code(), link.validity(),
                        paths.unit().apply(unitIndex) + ".parents[" + k + "]", other.validity());
            }
        }
        List<Integer> parentRecords = recordsByCode.get(link.code());
        if (parentRecords == null) {
            problems.add(ADMIN_UNKNOWN_PARENT, path + ".code", link.code());
            return;
        }
        if (period.isInverted()) {
            return; // the link lies outside the unit's own life: it never takes effect
        }
        List<Validity> parentPeriods = new ArrayList<>();
        for (int record : parentRecords) {
            AdministrativeUnit parent = data.units().get(record);
            parentPeriods.add(parent.validity());
            AdminLevel parentLevel = levelsById.get(parent.levelId());
            AdminLevel childLevel = levelsById.get(unit.levelId());
            if (parentLevel != null && childLevel != null && parent.validity().overlaps(period)
                    && parentLevel.rank() >= childLevel.rank()) {
                problems.add(ADMIN_PARENT_LEVEL_NOT_HIGHER, path + ".code", link.code(), parentLevel.id(), childLevel.id());
            }
        }
        if (!period.isCoveredBy(parentPeriods)) {
            problems.add(ADMIN_OUTSIDE_PARENT_VALIDITY, path, link.code(), period);
        }
    }

    private void checkCycles() {
        Map<String, Set<String>> parentsByCode = new HashMap<>();
        for (AdministrativeUnit unit : data.units()) {
            for (ParentLink link : unit.parents()) {
                if (recordsByCode.containsKey(link.code()) && !link.code().equals(unit.code())) {
                    parentsByCode.computeIfAbsent(unit.code(), code -> new LinkedHashSet<>()).add(link.code());
                }
            }
        }
        Set<String> finished = new HashSet<>();
        Set<Set<String>> reported = new HashSet<>();
        for (String code : recordsByCode.keySet()) {
            visit(code, parentsByCode, new ArrayList<>(), new HashSet<>(), finished, reported);
        }
    }

    private void visit(String code, Map<String, Set<String>> parentsByCode, List<String> stack, Set<String> onStack,
            Set<String> finished, Set<Set<String>> reported) {
        if (finished.contains(code)) {
            return;
        }
        stack.add(code);
        onStack.add(code);
        for (String parent : parentsByCode.getOrDefault(code, Set.of())) {
            if (onStack.contains(parent)) {
                List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(parent), stack.size()));
                if (reported.add(new TreeSet<>(cycle))) {
                    cycle.add(parent);
                    problems.add(ADMIN_PARENT_CYCLE, linkPath(code, parent), String.join(" → ", cycle));
                }
            } else {
                visit(parent, parentsByCode, stack, onStack, finished, reported);
            }
        }
        stack.remove(stack.size() - 1);
        onStack.remove(code);
        finished.add(code);
    }

    /** The path of the first parent link from a record of {@code code} to {@code parent}. */
    private String linkPath(String code, String parent) {
        for (int record : recordsByCode.get(code)) {
            List<ParentLink> links = data.units().get(record).parents();
            for (int j = 0; j < links.size(); j++) {
                if (links.get(j).code().equals(parent)) {
                    return paths.unit().apply(record) + ".parents[" + j + "].code";
                }
            }
        }
        return "";
    }

    private void checkSuccessions() {
        List<Succession> successions = data.successions();
        for (int k = 0; k < successions.size(); k++) {
            Succession succession = successions.get(k);
            String path = paths.succession().apply(k);
            Optional<List<AdministrativeUnit>> predecessor = unitsOf(succession.predecessorCode(), path + ".predecessorCode");
            Optional<List<AdministrativeUnit>> successor = unitsOf(succession.successorCode(), path + ".successorCode");
            if (succession.predecessorCode().equals(succession.successorCode()) && !succession.successorCode().isBlank()) {
                problems.add(ADMIN_SUCCESSION_TO_SELF, path + ".successorCode", succession.successorCode());
                continue;
            }
            LocalDate effective = succession.effectiveDate();
            successor.ifPresent(records -> problems.check(records.stream().noneMatch(unit -> unit.isValidOn(effective)),
                    ADMIN_SUCCESSOR_NOT_VALID, path + ".effectiveDate", succession.successorCode(), effective));
            if (succession.kind().endsPredecessor()) {
                predecessor.ifPresent(records -> problems.check(records.stream().anyMatch(unit -> unit.isValidOn(effective)),
                        ADMIN_PREDECESSOR_STILL_VALID, path + ".effectiveDate", succession.predecessorCode(), effective,
                        succession.kind()));
            }
        }
    }

    private Optional<List<AdministrativeUnit>> unitsOf(String code, String field) {
        if (code.isBlank()) {
            problems.add(ADMIN_BLANK, field);
            return Optional.empty();
        }
        List<Integer> records = recordsByCode.get(code);
        if (records == null) {
            problems.add(ADMIN_UNKNOWN_SUCCESSION_UNIT, field, code);
            return Optional.empty();
        }
        List<AdministrativeUnit> units = new ArrayList<>(records.size());
        for (int record : records) {
            units.add(data.units().get(record));
        }
        return Optional.of(units);
    }

    /** Reports an inverted validity on {@code path + ".validTo"}; returns whether it was inverted. */
    private boolean checkInverted(Validity validity, String path) {
        return problems.check(validity.isInverted(), ADMIN_VALIDITY_INVERTED, path + ".validTo",
                validity.from().orElse(null), validity.to().orElse(null));
    }
}
