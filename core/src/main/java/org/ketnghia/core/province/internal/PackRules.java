package org.ketnghia.core.province.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ketnghia.core.admin.AdministrativeData;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.DataPaths;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.Succession;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.province.ProvinceErrorCode;
import org.ketnghia.core.value.VietnameseText;

/**
 * The rules a pack adds to those of {@link org.ketnghia.core.admin.AdministrativeRegistry#check}: no succession
 * cycle, and no alias shared by two units of the same parent. Fields are named through {@code paths}, like the validator's.
 */
final class PackRules {

    private final AdministrativeData data;
    private final DataPaths paths;
    private final Problems problems;

    private PackRules(AdministrativeData data, DataPaths paths, Problems problems) {
        this.data = data;
        this.paths = paths;
        this.problems = problems;
    }

    /** Adds every problem of {@code data} under these rules to {@code problems}. */
    static void check(AdministrativeData data, DataPaths paths, Problems problems) {
        PackRules rules = new PackRules(data, paths, problems);
        rules.checkSuccessionCycles();
        rules.checkSharedAliases();
    }

    private void checkSuccessionCycles() {
        Map<String, List<Integer>> linksFrom = new LinkedHashMap<>();
        for (int k = 0; k < data.successions().size(); k++) {
            linksFrom.computeIfAbsent(data.successions().get(k).predecessorCode(), code -> new ArrayList<>()).add(k);
        }
        Set<String> finished = new HashSet<>();
        Set<Set<String>> reported = new HashSet<>();
        for (String code : linksFrom.keySet()) {
            visit(code, linksFrom, new ArrayList<>(), finished, reported);
        }
    }

    private void visit(String code, Map<String, List<Integer>> linksFrom, List<String> stack, Set<String> finished,
            Set<Set<String>> reported) {
        if (finished.contains(code)) {
            return;
        }
        stack.add(code);
        for (int link : linksFrom.getOrDefault(code, List.of())) {
            Succession succession = data.successions().get(link);
            String successor = succession.successorCode();
            if (successor.equals(code)) {
                continue; // a link to itself is the validator's ADMIN_SUCCESSION_TO_SELF
            }
            int onStack = stack.indexOf(successor);
            if (onStack >= 0) {
                List<String> cycle = new ArrayList<>(stack.subList(onStack, stack.size()));
                if (reported.add(new TreeSet<>(cycle))) {
                    cycle.add(successor);
                    problems.add(ProvinceErrorCode.PROVINCE_SUCCESSION_CYCLE, paths.succession().apply(link) + ".successorCode",
                            String.join(" → ", cycle));
                }
            } else {
                visit(successor, linksFrom, stack, finished, reported);
            }
        }
        stack.remove(stack.size() - 1);
        finished.add(code);
    }

    /** An alias of one unit that is the name or an alias of another unit under the same parent at the same time. */
    private void checkSharedAliases() {
        Map<String, List<Integer>> childrenByParent = new HashMap<>();
        for (int i = 0; i < data.units().size(); i++) {
            for (ParentLink link : data.units().get(i).parents()) {
                List<Integer> children = childrenByParent.computeIfAbsent(link.code(), code -> new ArrayList<>());
                if (!children.contains(i)) {
                    children.add(i);
                }
            }
        }
        childrenByParent.forEach((parent, children) -> {
            for (int i : children) {
                AdministrativeUnit unit = data.units().get(i);
                for (int a = 0; a < unit.aliases().size(); a++) {
                    String alias = VietnameseText.fold(unit.aliases().get(a));
                    for (int j : children) {
                        AdministrativeUnit other = data.units().get(j);
                        if (!other.code().equals(unit.code()) && namesOf(other).contains(alias)
                                && sameParentTogether(unit, other, parent)) {
                            problems.add(ProvinceErrorCode.PROVINCE_ALIAS_SHARED, paths.unit().apply(i) + ".aliases[" + a + "]",
                                    unit.aliases().get(a), other.code(), parent);
                        }
                    }
                }
            }
        });
    }

    private static Set<String> namesOf(AdministrativeUnit unit) {
        Set<String> names = new LinkedHashSet<>();
        names.add(VietnameseText.fold(unit.name()));
        unit.aliases().forEach(alias -> names.add(VietnameseText.fold(alias)));
        return names;
    }

    private static boolean sameParentTogether(AdministrativeUnit unit, AdministrativeUnit other, String parent) {
        for (ParentLink link : unit.parents()) {
            for (ParentLink otherLink : other.parents()) {
                if (link.code().equals(parent) && otherLink.code().equals(parent)) {
                    Validity mine = link.validity().intersection(unit.validity());
                    Validity theirs = otherLink.validity().intersection(other.validity());
                    if (mine.overlaps(theirs)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
