package org.ketnghia.core.privacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ketnghia.core.participant.privacy.SensitiveAccessor;
import org.ketnghia.core.participant.privacy.SensitiveData;
import org.ketnghia.core.privacy.DataSubject;

/**
 * Which JSON fields of a payload type are protected, and whose data they are. A field is protected when its
 * name is that of an accessor marked {@code @Sensitive} reachable from the type, or one of the names of
 * people ({@link #NAME_FIELDS}). The subject is read from the payload's top level: its {@code household} or
 * {@code person} object's {@code id}, its {@code householdId} or {@code personId}, else, for a complaint, the
 * complainant of {@code complaintId}, else that of the {@code command} it holds for approval. Thread-safe.
 */
public final class ProtectedFields {

    /** Fields that carry people's names. */
    public static final Set<String> NAME_FIELDS = Set.of("fullName", "memberName", "memberNames", "newHeadName");

    private final Map<Class<?>, Set<String>> namesByType = new ConcurrentHashMap<>();

    /** The names of the fields protected in payloads of {@code type}; empty when none. */
    public Set<String> of(Class<?> type) {
        return namesByType.computeIfAbsent(type, ProtectedFields::compute);
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
        Optional<DataSubject> found = idOf(payload.get("household")).map(DataSubject::household)
                .or(() -> text(payload.get("householdId")).map(DataSubject::household))
                .or(() -> idOf(payload.get("person")).map(DataSubject::person))
                .or(() -> text(payload.get("personId")).map(DataSubject::person));
        found = found.or(() -> text(payload.get("complaintId")).map(id -> DataSubject.person("complainant-" + id)));
        JsonNode held = payload.get("command"); // a command held for approval: its subject
        return found.isEmpty() && held != null && held.isObject() ? subjectOf((ObjectNode) held) : found;
    }

    private static Optional<String> idOf(JsonNode node) {
        return node != null && node.isObject() ? text(node.get("id")) : Optional.empty();
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }
}
