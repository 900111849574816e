package org.ketnghia.core.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.value.VietnameseText;

/**
 * The administrative structure of one report: units as they stand on the structure date, created
 * lazily for the codes that carry values, with units that had ended by then placed under the unit
 * that carries them on. Used by one thread.
 */
final class UnitTree {

    static final Comparator<Node> SIBLING_ORDER = Comparator.comparing((Node node) -> VietnameseText.fold(node.nameVi))
            .thenComparing(node -> node.code);

    private final AdministrativeRegistry registry;
    private final LocalDate date;
    private final Map<String, Node> nodesByCode = new HashMap<>();
    private final Map<String, Optional<Node>> placements = new HashMap<>();
    private final Map<String, String> carriedOnBy = new LinkedHashMap<>();

    UnitTree(AdministrativeRegistry registry, LocalDate date) {
        this.registry = registry;
        this.date = date;
    }

    /** The node the values recorded for {@code code} roll into; empty for a code the registry does not know. */
    Optional<Node> place(String code) {
        Optional<Node> known = placements.get(code);
        if (known == null) {
            known = Optional.ofNullable(resolve(code));
            placements.put(code, known);
        }
        return known;
    }

    Map<String, String> carriedOnBy() {
        return carriedOnBy;
    }

    private Node resolve(String code) {
        Optional<AdministrativeUnit> current = registry.unitAsOf(code, date);
        if (current.isPresent()) {
            return nodeFor(current.get());
        }
        Optional<AdministrativeUnit> latest = registry.unit(code);
        if (latest.isEmpty()) {
            return null;
        }
        List<AdministrativeUnit> successors = registry.successorsAsOf(code, date);
        Node carrier = commonAncestor(successors);
        if (carrier == null) {
            // ended without a successor on that date (or not yet created): report it on its own
            carrier = nodesByCode.computeIfAbsent(code, c -> new Node(latest.get(), levelOf(latest.get()), null));
        } else {
            carriedOnBy.put(code, carrier.code);
        }
        return carrier;
    }

    private Node commonAncestor(List<AdministrativeUnit> successors) {
        if (successors.isEmpty()) {
            return null;
        }
        Node first = nodeFor(successors.get(0));
        Set<Node> common = new LinkedHashSet<>(first.chain());
        for (AdministrativeUnit other : successors.subList(1, successors.size())) {
            common.retainAll(new LinkedHashSet<>(nodeFor(other).chain()));
        }
        return common.isEmpty() ? null : common.iterator().next();
    }

    private Node nodeFor(AdministrativeUnit unit) {
        Node existing = nodesByCode.get(unit.code());
        if (existing != null) {
            return existing;
        }
        Node parent = registry.parentAsOf(unit.code(), date).map(this::nodeFor).orElse(null);
        Node node = new Node(unit, levelOf(unit), parent);
        nodesByCode.put(unit.code(), node);
        return node;
    }

    private Optional<AdminLevel> levelOf(AdministrativeUnit unit) {
        return registry.level(unit.levelId());
    }

    /** A unit in the report's structure. Identity equality: one node per code per tree. */
    static final class Node {
        final String code;
        final String nameVi;
        final String nameEn;
        final String levelId;
        final String levelNameVi;
        final String levelNameEn;
        final Node parent;
        final int depth;
        final List<Node> children = new ArrayList<>();
        boolean touched;

        Node(AdministrativeUnit unit, Optional<AdminLevel> level, Node parent) {
            this.code = unit.code();
            this.nameVi = unit.displayName(Locale.forLanguageTag("vi"));
            this.nameEn = unit.displayName(Locale.ENGLISH);
            this.levelId = unit.levelId();
            this.levelNameVi = level.map(AdminLevel::nameVi).orElse(unit.levelId());
            this.levelNameEn = level.map(AdminLevel::nameEn).orElse(unit.levelId());
            this.parent = parent;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }

        /** This node and its ancestors, nearest first. */
        List<Node> chain() {
            List<Node> chain = new ArrayList<>();
            for (Node node = this; node != null; node = node.parent) {
                chain.add(node);
            }
            return chain;
        }

        /** Marks this node and its ancestors as appearing in the report, linking children to parents. */
        void touch() {
            for (Node node = this; node != null && !node.touched; node = node.parent) {
                node.touched = true;
                if (node.parent != null) {
                    node.parent.children.add(node);
                }
            }
        }

        Optional<String> parentCode() {
            return parent == null ? Optional.empty() : Optional.of(parent.code);
        }
    }
}
