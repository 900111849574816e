package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ketnghia.core.util.Sha256;

/**
 * The fingerprint of a projection's code (<i>dấu vân tay mã</i>): SHA-256 over the class files of the
 * projection type, its snapshot state type and every class its {@link SnapshotForm} names as {@linkplain
 * SnapshotForm#covered() covered}, each with every member of its nest (its nested and enclosing classes), read
 * through the class's own loader. A snapshot saved by code with another fingerprint is not restored: the
 * projection is rebuilt by replay.
 *
 * <p>What it covers, and what not: any change to those class files (a field, a method body, a constant)
 * changes the fingerprint; a change in a class outside those nests does not. So a projection names, with
 * {@link SnapshotForm#covering}, every class outside its nest and its state type's nest whose code shapes its
 * state (a helper that builds or decides what it keeps, a class it delegates part of its fold to). A value type
 * whose JSON changes shape fails to read and is rebuilt as well, so it need not be named. A form that names no
 * further class has the fingerprint of the projection and state types alone.
 *
 * <p>A form that folds events by an interface other modules implement ({@link SnapshotForm#coveringEventsOf}) also
 * covers that interface and, under a runtime, every event type the runtime registered that is assignable to it ({@link
 * #of(Class, SnapshotForm, EventSchemas)}, what the ledger's snapshot keeper uses): adding, removing or changing such
 * an event class changes the fingerprint.
 */
public final class CodeFingerprint {

    private CodeFingerprint() {
    }

    /**
     * The fingerprint of {@code types} and their nest members, as 64 lower-case hex digits, or empty when a
     * class file cannot be read (then the projection is always rebuilt by replay).
     */
    public static Optional<String> of(List<Class<?>> types) {
        requireNonNull(types, "types");
        TreeMap<String, Class<?>> classes = new TreeMap<>();
        for (Class<?> type : types) {
            Class<?> host = requireNonNull(type, "type").getNestHost();
            for (Class<?> member : host.getNestMembers()) {
                classes.put(member.getName(), member);
            }
        }
        MessageDigest digest = Sha256.newDigest();
        for (Class<?> type : classes.values()) {
            Optional<byte[]> bytes = classFile(type);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            digest.update(type.getName().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Integer.toString(bytes.get().length).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes.get());
        }
        return Optional.of(Sha256.hexOf(digest));
    }

    /**
     * The fingerprint of a projection with the given form, knowing no registered event type: {@link #of(List)} of the
     * projection type, the state type, every class the form covers ({@link SnapshotForm#covered()}) and every
     * interface it folds events by ({@link SnapshotForm#coveredEventsOf()}). The order of the classes and a class named
     * twice, or already a member of another's nest, make no difference. For a form covering no events by interface it
     * equals {@link #of(Class, SnapshotForm, EventSchemas)} under any schemas.
     */
    public static Optional<String> of(Class<? extends Projection> projectionType, SnapshotForm<?, ?> form) {
        return of(projectionType, form, EventSchemas.NONE);
    }

    /**
     * The fingerprint of a projection with the given form under a runtime whose registered event types are those of
     * {@code schemas}: {@link #of(Class, SnapshotForm)} with, for each interface of {@link
     * SnapshotForm#coveredEventsOf()}, every registered event type assignable to it ({@link
     * EventSchemas#eventTypesAssignableTo}, sorted by class name), each with its nest and the types outside the JDK its
     * accessors return ({@link #accessorTypes}). A form covering no events by interface has the same fingerprint under
     * every runtime.
     */
    public static Optional<String> of(Class<? extends Projection> projectionType, SnapshotForm<?, ?> form,
            EventSchemas schemas) {
        requireNonNull(schemas, "schemas");
        List<Class<?>> types = new ArrayList<>();
        types.add(requireNonNull(projectionType, "projectionType"));
        types.add(requireNonNull(form, "form").stateType());
        types.addAll(form.covered());
        for (Class<?> eventSupertype : form.coveredEventsOf()) {
            types.add(eventSupertype);
            for (Class<?> eventType : schemas.eventTypesAssignableTo(eventSupertype)) {
                types.add(eventType);
                types.addAll(accessorTypes(eventType));
            }
        }
        return of(types);
    }

    /**
     * The types outside the JDK that the public accessors of {@code eventType} return (its methods without parameters,
     * those it inherits included, and the type arguments of a generic return type, such as the {@code Species} of an
     * {@code Optional<Species>}): what such an event hands a projection folding it by an interface, whose code (an
     * enum's label, a value's arithmetic) may shape what the projection keeps. Code an accessor merely calls is not
     * among them.
     */
    static Set<Class<?>> accessorTypes(Class<?> eventType) {
        Set<Class<?>> types = new HashSet<>();
        for (Method method : requireNonNull(eventType, "eventType").getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() != Object.class) {
                addOutsideTheJdk(types, method.getGenericReturnType());
            }
        }
        return types;
    }

    private static void addOutsideTheJdk(Set<Class<?>> types, Type type) {
        if (type instanceof ParameterizedType generic) {
            addOutsideTheJdk(types, generic.getRawType());
            for (Type argument : generic.getActualTypeArguments()) {
                addOutsideTheJdk(types, argument);
            }
        } else if (type instanceof Class<?> plain) {
            Class<?> element = plain;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (!element.isPrimitive() && !inTheJdk(element)) {
                types.add(element);
            }
        }
    }

    private static boolean inTheJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }

    /**
     * A projection's code fingerprint bound to the event schemas it was computed under: SHA-256 over {@code
     * codeFingerprint}, a newline and {@link EventSchemas#signature()}, as 64 lower-case hex digits. A snapshot
     * saved before any event type changed version or gained an upcaster then no longer matches.
     */
    public static String withSchemas(String codeFingerprint, EventSchemas schemas) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(requireNonNull(codeFingerprint, "codeFingerprint").getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(requireNonNull(schemas, "schemas").signature().getBytes(StandardCharsets.UTF_8));
        return Sha256.hexOf(digest);
    }

    private static Optional<byte[]> classFile(Class<?> type) {
        // Class.getResourceAsStream reads through the class's own loader (or its module for the JDK's classes)
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
