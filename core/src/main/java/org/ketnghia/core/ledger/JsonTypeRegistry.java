package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;

/**
 * The polymorphic JSON types a runtime knows (events, commands, and any other type the features
 * contribute), each with its namespaced, stable type id taken from {@code @JsonTypeName}.
 *
 * <p>Built once at start-up; every problem (a missing, blank, malformed or duplicate id) is
 * reported together in one {@link KetnghiaException}. Immutable and thread-safe.
 */
public final class JsonTypeRegistry {

    /** {@code namespace.name}: lower-case letters, digits and hyphens, at least one dot. */
    private static final Pattern TYPE_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    /** Each type's id, found once per class (a class value: read without locking, and not keeping a plugin's classes alive). */
    private static final ClassValue<String> TYPE_IDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return findTypeId(type);
        }
    };

    private final Map<String, Class<?>> typesById;

    private JsonTypeRegistry(Map<String, Class<?>> typesById) {
        this.typesById = Map.copyOf(typesById);
    }

    /**
     * Registers {@code types}.
     *
     * @throws KetnghiaException listing every type without a valid id and every duplicate id
     */
    public static JsonTypeRegistry of(Collection<? extends Class<?>> types) {
        requireNonNull(types, "types");
        Problems problems = new Problems();
        Map<String, Class<?>> byId = new LinkedHashMap<>();
        for (Class<?> type : types) {
            JsonTypeName annotation = type.getAnnotation(JsonTypeName.class);
            if (annotation == null) {
                problems.add(LedgerErrorCode.LEDGER_TYPE_ID_MISSING, type.getName(), type.getName());
                continue;
            }
            String id = annotation.value();
            if (!TYPE_ID.matcher(id).matches()) {
                problems.add(LedgerErrorCode.LEDGER_TYPE_ID_INVALID, type.getName(), id, type.getName());
                continue;
            }
            Class<?> previous = byId.putIfAbsent(id, type);
            if (previous != null && !previous.equals(type)) {
                problems.add(LedgerErrorCode.LEDGER_TYPE_ID_DUPLICATE, type.getName(), id, previous.getName(), type.getName());
            }
        }
        problems.throwIfAny();
        return new JsonTypeRegistry(byId);
    }

    /** The type registered under {@code typeId}. */
    public Optional<Class<?>> typeOf(String typeId) {
        return Optional.ofNullable(typesById.get(typeId));
    }

    /** Every registered type id with its class. */
    public Map<String, Class<?>> types() {
        return typesById;
    }

    /** The registrations as Jackson named types. */
    public List<NamedType> namedTypes() {
        return typesById.entrySet().stream().map(e -> new NamedType(e.getValue(), e.getKey())).toList();
    }

    /**
     * The {@code @JsonTypeName} of {@code type}, looking through generated subclasses to the
     * annotated abstract type.
     */
    public static String typeIdOf(Class<?> type) {
        return TYPE_IDS.get(type);
    }

    private static String findTypeId(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            JsonTypeName annotation = current.getAnnotation(JsonTypeName.class);
            if (annotation != null) {
                return annotation.value();
            }
            for (Class<?> implemented : current.getInterfaces()) {
                JsonTypeName onInterface = implemented.getAnnotation(JsonTypeName.class);
                if (onInterface != null) {
                    return onInterface.value();
                }
            }
        }
        throw KetnghiaException.of(LedgerErrorCode.LEDGER_TYPE_ID_MISSING, type.getName(), type.getName());
    }
}
