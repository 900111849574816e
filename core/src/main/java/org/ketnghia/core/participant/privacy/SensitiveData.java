package org.ketnghia.core.participant.privacy;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, by reflection, the accessors of a type that carry personal data marked {@link Sensitive}.
 *
 * <p>An accessor is a public, non-static method without parameters that returns a value (records'
 * components, Immutables attributes, derived values); {@code Object}'s methods are ignored. An
 * annotation counts wherever the method is declared along the type's hierarchy, so the abstract
 * type's annotation is found on its generated {@code ImmutableX} as well.
 *
 * <p>Stateless and thread-safe.
 */
public final class SensitiveData {

    private static final String PROJECT_PACKAGE = "org.ketnghia.";

    private SensitiveData() {
    }

    /** The public accessors of {@code type} (see the class comment), sorted by name; immutable. */
    public static List<String> accessorNames(Class<?> type) {
        requireNonNull(type, "type");
        return accessors(type).stream().map(Method::getName).sorted().distinct().toList();
    }

    /** The accessors of {@code type} itself marked {@link Sensitive}, sorted by name; immutable. */
    public static List<SensitiveAccessor> accessorsOf(Class<?> type) {
        requireNonNull(type, "type");
        List<SensitiveAccessor> found = new ArrayList<>();
        for (Method method : accessors(type)) {
            sensitivity(type, method).ifPresent(kinds ->
                    found.add(new SensitiveAccessor(method.getName(), method.getDeclaringClass(), kinds)));
        }
        found.sort(Comparator.comparing(SensitiveAccessor::path));
        return List.copyOf(found);
    }

    /**
     * Every sensitive accessor reachable from {@code type}: its own, and those of the project's
     * types (package {@code org.ketnghia}) it returns, directly or inside a {@code List}, {@code Set},
     * {@code Optional}, {@code Map} or array, with dotted paths ({@code "members.idNumber"}). An
     * accessor is listed when it is marked itself, and its value type is then not searched further.
     * Immutable result, sorted by path.
     */
    public static List<SensitiveAccessor> reachableFrom(Class<?> type) {
        requireNonNull(type, "type");
        List<SensitiveAccessor> found = new ArrayList<>();
        collectReachable(type, "", new HashSet<>(), found);
        found.sort(Comparator.comparing(SensitiveAccessor::path));
        return List.copyOf(found);
    }

    /** Depth first; {@code onPath} holds the types being inspected above, so cycles end. */
    private static void collectReachable(Class<?> type, String prefix, Set<Class<?>> onPath,
            List<SensitiveAccessor> found) {
        if (!onPath.add(type)) {
            return;
        }
        for (Method method : accessors(type)) {
            String path = prefix + method.getName();
            Optional<Set<SensitiveKind>> kinds = sensitivity(type, method);
            if (kinds.isPresent()) {
                found.add(new SensitiveAccessor(path, method.getDeclaringClass(), kinds.get()));
                continue;
            }
            for (Class<?> valueType : valueTypes(method.getGenericReturnType())) {
                if (valueType.getName().startsWith(PROJECT_PACKAGE) && !valueType.isEnum()) {
                    collectReachable(valueType, path + ".", onPath, found);
                }
            }
        }
        onPath.remove(type);
    }

    /**
     * The project's types (package {@code org.ketnghia}, enums left out) that {@code type}'s accessors return, directly
     * or inside a {@code List}, {@code Set}, {@code Optional}, {@code Map} or array, and theirs in turn: every value type
     * a payload of {@code type} can hold, each once, in the order found (depth first); {@code type} itself is not among
     * them. Immutable.
     */
    public static List<Class<?>> reachableTypes(Class<?> type) {
        requireNonNull(type, "type");
        Set<Class<?>> found = new java.util.LinkedHashSet<>();
        collectTypes(type, found);
        found.remove(type);
        return List.copyOf(found);
    }

    private static void collectTypes(Class<?> type, Set<Class<?>> found) {
        for (Method method : accessors(type)) {
            for (Class<?> valueType : valueTypes(method.getGenericReturnType())) {
                if (valueType.getName().startsWith(PROJECT_PACKAGE) && !valueType.isEnum() && found.add(valueType)) {
                    collectTypes(valueType, found);
                }
            }
        }
    }

    /** Whether any accessor reachable from {@code type} carries personal data. */
    public static boolean carriesPersonalData(Class<?> type) {
        return !reachableFrom(type).isEmpty();
    }

    private static List<Method> accessors(Class<?> type) {
        List<Method> accessors = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
                    && method.getDeclaringClass() != Object.class && !isObjectMethod(method)) {
                accessors.add(method);
            }
        }
        return accessors;
    }

    private static boolean isObjectMethod(Method method) {
        return switch (method.getName()) {
            case "hashCode", "toString", "getClass" -> true;
            default -> false;
        };
    }

    private static Optional<Set<SensitiveKind>> sensitivity(Class<?> type, Method method) {
        Deque<Class<?>> types = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        types.add(type);
        while (!types.isEmpty()) {
            Class<?> current = types.poll();
            if (current == Object.class || !seen.add(current)) {
                continue;
            }
            try {
                Sensitive mark = current.getDeclaredMethod(method.getName()).getAnnotation(Sensitive.class);
                if (mark != null) {
                    EnumSet<SensitiveKind> kinds = EnumSet.noneOf(SensitiveKind.class);
                    kinds.addAll(Arrays.asList(mark.kind()));
                    return Optional.of(kinds);
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // look further up
            }
            if (current.getSuperclass() != null) {
                types.add(current.getSuperclass());
            }
            types.addAll(Arrays.asList(current.getInterfaces()));
        }
        return Optional.empty();
    }

    private static List<Class<?>> valueTypes(Type type) {
        List<Class<?>> types = new ArrayList<>();
        collect(type, types);
        return types;
    }

    private static void collect(Type type, List<Class<?>> into) {
        if (type instanceof Class<?> plain) {
            into.add(plain.isArray() ? plain.getComponentType() : plain);
        } else if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), into);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, into);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, into);
            }
        }
    }
}
