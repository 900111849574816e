package org.ketnghia.core.privacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * derived ones too: {@code HouseholdsMerged.memberNames()} is why each absorbed member's {@code fullName} is sealed; or
 * that reaches a value type with both a name accessor and one naming its own subject ({@code householdId} or {@code
 * personId}): {@code HouseholdParticipant} is why each member's {@code memberName} in a household's attendance is.
 * The subject is read from the payload's top level: its {@code household} or
 * {@code person} object's {@code id}, its {@code householdId} or {@code personId}, else, for a complaint, the
 * complainant of {@code complaintId}, else that of the {@code command} it holds for approval. An object inside an
 * array of the payload (at any depth: {@code participants[]} of a household's attendance) that names a subject of its
 * own from the same sources, read from its own members ({@link #ownSubjectOf}), is that subject's data: its
 * protected fields are sealed under that subject's key, not the payload's. Thread-safe.
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
            if (names.isEmpty() && namesItsOwnPeopleInside(type)) {
                names.addAll(NAME_FIELDS);
            }
        }
        return Set.copyOf(names);
    }

    /** The accessors by which a value type names the subject whose data it is (its own {@code householdId}, …). */
    private static final Set<String> SUBJECT_ACCESSORS = Set.of("householdId", "personId");

    /**
     * Whether a project type reachable from {@code type}'s accessors (directly or inside a collection, an optional or an
     * array; {@link SensitiveData#reachableTypes}) has both a name accessor and an accessor naming its own subject
     * ({@code HouseholdParticipant}: {@code householdId}, {@code memberName}): such values, each its own subject's data,
     * are sealed under their subject's key.
     */
    private static boolean namesItsOwnPeopleInside(Class<?> type) {
        for (Class<?> valueType : SensitiveData.reachableTypes(type)) {
            List<String> accessors = SensitiveData.accessorNames(valueType);
            if (accessors.stream().anyMatch(NAME_FIELDS::contains)
                    && accessors.stream().anyMatch(SUBJECT_ACCESSORS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The subject whose data a payload (as JSON) carries, if it names one. */
    public static Optional<DataSubject> subjectOf(ObjectNode payload) {
        Optional<DataSubject> own = ownSubjectOf(payload);
        if (own.isPresent()) {
            return own;
        }
        JsonNode held = payload.get("command"); // a command held for approval: its subject
        return held != null && held.isObject() ? subjectOf((ObjectNode) held) : Optional.empty();
    }

    /**
     * The subject an object names in its own members ({@link #SUBJECT_SOURCES}, from the object), without looking into
     * a held command: how an element of an array of a payload names the subject whose data it is.
     */
    public static Optional<DataSubject> ownSubjectOf(ObjectNode object) {
        for (int source = 0; source < SUBJECT_SOURCES.size(); source++) {
            String[] path = SUBJECT_SOURCES.get(source).split("\\.");
            JsonNode node = object;
            for (String step : path) {
                node = node != null && node.isObject() ? node.get(step) : null;
            }
            Optional<String> id = text(node);
            if (id.isPresent()) {
                return Optional.of(subjectFrom(source, id.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Every subject whose data a payload carries: its own ({@link #subjectOf}) and that of each object inside its
     * arrays, at any depth, that names one ({@link #ownSubjectOf}).
     */
    public static Set<DataSubject> subjectsOf(ObjectNode payload) {
        Set<DataSubject> subjects = new LinkedHashSet<>();
        subjectOf(payload).ifPresent(subjects::add);
        addElementSubjects(payload, false, subjects);
        return Collections.unmodifiableSet(subjects);
    }

    private static void addElementSubjects(JsonNode node, boolean element, Set<DataSubject> subjects) {
        if (element && node instanceof ObjectNode object) {
            ownSubjectOf(object).ifPresent(subjects::add);
        }
        boolean inArray = node.isArray();
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                addElementSubjects(child, inArray, subjects);
            }
        }
    }

    /**
     * A copy of {@code payload} without the objects inside its arrays that name a subject other than {@code subject}:
     * what a copy for {@code subject} may show of a payload that lists several subjects' data (another household's
     * members present at the same class).
     */
    public static ObjectNode keptFor(ObjectNode payload, DataSubject subject) {
        ObjectNode copy = payload.deepCopy();
        removeOthers(copy, subject);
        return copy;
    }

    private static void removeOthers(JsonNode node, DataSubject subject) {
        if (node instanceof ArrayNode array) {
            for (int index = array.size() - 1; index >= 0; index--) {
                JsonNode element = array.get(index);
                if (element instanceof ObjectNode object
                        && ownSubjectOf(object).filter(named -> !named.equals(subject)).isPresent()) {
                    array.remove(index);
                }
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                removeOthers(child, subject);
            }
        }
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
