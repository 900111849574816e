package org.ketnghia.core.privacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.participant.privacy.SensitiveAccessor;
import org.ketnghia.core.participant.privacy.SensitiveData;
import org.ketnghia.core.privacy.DataSubject;

/**
 * Which JSON fields of a payload type are protected, and whose data they are. A field is protected when its
 * name is that of an accessor marked {@code @Sensitive} reachable from the type, or one of the names of
 * people ({@link #NAME_FIELDS}), at any depth, in a type that has such an accessor or one of its own so named,
 * derived ones too: {@code HouseholdsMerged.memberNames()} is why each absorbed member's {@code fullName} is sealed.
 * The subject is read from the payload's top level: its {@code household} or
 * {@code person} object's {@code id}, its {@code householdId} or {@code personId}, else, for a complaint, the
 * complainant of {@code complaintId}, else that of the {@code command} it holds for approval. Thread-safe.
 */
public final class ProtectedFields {

    /** Fields that carry people's names. */
    public static final Set<String> NAME_FIELDS = Set.of("fullName", "memberName", "memberNames", "newHeadName");

    /** The protected names of a type and the finder of their properties, worked out once per type. */
    private final ClassValue<OfType> byType = new ClassValue<>() {
        @Override
        protected OfType computeValue(Class<?> type) {
            Set<String> names = compute(type);
            return new OfType(names, new PropertyFinder(names));
        }
    };

    private record OfType(Set<String> names, PropertyFinder finder) {
    }

    /** The names of the fields protected in payloads of {@code type}; empty when none. */
    public Set<String> of(Class<?> type) {
        return byType.get(type).names();
    }

    /** The finder of the properties {@link #of} names for {@code type}. */
    public PropertyFinder finderOf(Class<?> type) {
        return byType.get(type).finder();
    }

    private static Set<String> compute(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (SensitiveAccessor accessor : SensitiveData.reachableFrom(type)) {
            String path = accessor.path();
            names.add(path.substring(path.lastIndexOf('.') + 1));
        }
        if (!names.isEmpty()) {
            names.addAll(NAME_FIELDS); // names of the same people travel with their sensitive data
        } else {
            for (String accessor : SensitiveData.accessorNames(type)) {
                if (NAME_FIELDS.contains(accessor)) {
                    names.addAll(NAME_FIELDS);
                }
            }
        }
        return Set.copyOf(names);
    }

    /** The subject whose data a payload (as JSON) carries, if it names one. */
    public static Optional<DataSubject> subjectOf(ObjectNode payload) {
        for (int source = 0; source < SUBJECT_SOURCES.size(); source++) {
            String[] path = SUBJECT_SOURCES.get(source).split("\\.");
            JsonNode node = payload;
            for (String step : path) {
                node = node != null && node.isObject() ? node.get(step) : null;
            }
            Optional<String> id = text(node);
            if (id.isPresent()) {
                return Optional.of(subjectFrom(source, id.get()));
            }
        }
        JsonNode held = payload.get("command"); // a command held for approval: its subject
        return held != null && held.isObject() ? subjectOf((ObjectNode) held) : Optional.empty();
    }

    /**
     * Where a payload names its data subject, in the order of preference: the first present and not blank is it. The
     * tree reading ({@link #subjectOf}) and the streaming sealer read this one list.
     */
    public static final List<String> SUBJECT_SOURCES = List.of("household.id", "householdId", "person.id", "personId",
            "complaintId");

    /** The data subject that the {@code source}-th of {@link #SUBJECT_SOURCES} names with {@code id}. */
    public static DataSubject subjectFrom(int source, String id) {
        return switch (source) {
            case 0, 1 -> DataSubject.household(id);
            case 2, 3 -> DataSubject.person(id);
            default -> DataSubject.person("complainant-" + id);
        };
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }
}
