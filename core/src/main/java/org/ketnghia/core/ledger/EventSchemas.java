package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.util.Sha256;

/**
 * The schema versions of a runtime's event types and the upcasters that bring older recorded payloads to
 * them (<i>phiên bản lược đồ sự kiện</i>). Built once at start-up from every feature's {@link
 * EventVersion}s and {@link org.ketnghia.core.spi.LedgerFeature#eventUpcasters()}; every declaration problem
 * is reported together. The runtime's JSON mapper carries it, so that every read of an {@link EventEnvelope}
 * — from a store, a backup or an import — upcasts the same way.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventSchemas {

    /** The attribute of the runtime's mapper holding its schemas. */
    public static final Class<EventSchemas> ATTRIBUTE = EventSchemas.class;

    /** No upcasting chain is longer than this; a longer one is a loop. */
    private static final int MAX_STEPS = 100;

    /** Each event type's version, found once per class (a class value: read without locking, and not keeping a plugin's classes alive). */
    private static final ClassValue<Integer> VERSIONS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return findVersion(type);
        }
    };

    /** Schemas of types that have never changed: no upcasters, and no event type known. */
    public static final EventSchemas NONE = new EventSchemas(Map.of(), Map.of(), List.of());

    private final Map<String, Integer> currentVersions;
    private final Map<UpcasterKey, EventUpcaster> upcasters;
    private final Set<String> upcastTypeIds;
    /** The registered event types, sorted by class name. */
    private final List<Class<?>> eventTypes;

    private EventSchemas(Map<String, Integer> currentVersions, Map<UpcasterKey, EventUpcaster> upcasters,
            Collection<Class<?>> eventTypes) {
        this.currentVersions = Map.copyOf(currentVersions);
        this.upcasters = Map.copyOf(upcasters);
        this.eventTypes = eventTypes.stream().distinct().sorted(Comparator.comparing(Class::getName)).toList();
        Set<String> ids = new HashSet<>();
        upcasters.keySet().forEach(key -> ids.add(key.typeId()));
        this.upcastTypeIds = Set.copyOf(ids);
    }

    /**
     * The schemas of {@code types} with {@code upcasters}.
     *
     * @throws KetnghiaException listing every version below 2, every pair of upcasters reading the same
     *     recorded type and version, and every upcaster reading a version its type has not yet reached
     */
    public static EventSchemas of(JsonTypeRegistry types, Collection<? extends EventUpcaster> upcasters) {
        requireNonNull(types, "types");
        requireNonNull(upcasters, "upcasters");
        Problems problems = new Problems();
        Map<String, Integer> versions = new HashMap<>();
        List<Class<?>> eventTypes = new ArrayList<>();
        types.types().forEach((id, type) -> {
            EventVersion declared = type.getAnnotation(EventVersion.class);
            if (declared != null && declared.value() < 2) {
                problems.add(LedgerErrorCode.LEDGER_EVENT_VERSION_INVALID, type.getName(), id, declared.value());
            } else if (LedgerEvent.class.isAssignableFrom(type)) {
                versions.put(id, declared == null ? 1 : declared.value());
                eventTypes.add(type);
            }
        });
        Map<UpcasterKey, EventUpcaster> byKey = new HashMap<>();
        for (EventUpcaster upcaster : upcasters) {
            String id = upcaster.typeId();
            int from = upcaster.fromVersion();
            if (from < 1) {
                problems.add(LedgerErrorCode.LEDGER_UPCASTER_INVALID, "eventUpcasters", id, from, "the version read must be 1 or more");
                continue;
            }
            Integer current = versions.get(id);
            if (current != null && from >= current) {
                problems.add(LedgerErrorCode.LEDGER_UPCASTER_INVALID, "eventUpcasters", id, from,
                        "the type's current version is " + current + ", so no recorded event of version " + from
                                + " can be older than the code");
                continue;
            }
            if (byKey.putIfAbsent(new UpcasterKey(id, from), upcaster) != null) {
                problems.add(LedgerErrorCode.LEDGER_UPCASTER_DUPLICATE, "eventUpcasters", id, from);
            }
        }
        problems.throwIfAny();
        return new EventSchemas(versions, byKey, eventTypes);
    }

    /** The current schema version of event type {@code type}: its {@link EventVersion}, or 1. */
    public static int versionOf(Class<?> type) {
        return VERSIONS.get(type);
    }

    /**
     * A signature of these schemas (<i>chữ ký lược đồ</i>): SHA-256 over every event type id with its current
     * version and every upcaster's recorded type id and version, sorted; 64 lower-case hex digits. Two runtimes
     * with the same signature read every recorded event into the same types, so a projection state saved by
     * one (a snapshot) is valid for the other only when their signatures are equal.
     */
    public String signature() {
        TreeSet<String> lines = new TreeSet<>();
        currentVersions.forEach((id, version) -> lines.add("type:" + id + ":" + version));
        upcasters.keySet().forEach(key -> lines.add("upcaster:" + key.typeId() + ":" + key.version()));
        MessageDigest digest = Sha256.newDigest();
        for (String line : lines) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return Sha256.hexOf(digest);
    }

    /**
     * The registered event types (those of the {@link JsonTypeRegistry} these schemas were built from that are {@link
     * LedgerEvent}s) assignable to {@code supertype}, sorted by class name; empty for {@link #NONE}. What a snapshot
     * form's {@link SnapshotForm#coveringEventsOf} covers: the runtime's own registrations, nothing searched for.
     *
     * @param supertype an interface or class, e.g. {@code BeneficiarySupport.class}
     * @return an immutable list, in the same order for the same registered types
     */
    public List<Class<?>> eventTypesAssignableTo(Class<?> supertype) {
        requireNonNull(supertype, "supertype");
        return eventTypes.stream().filter(supertype::isAssignableFrom).toList();
    }

    /** Whether any upcaster is declared. */
    public boolean hasUpcasters() {
        return !upcasters.isEmpty();
    }

    /** Whether a payload recorded as {@code typeId} at {@code version} is read through upcasters. */
    public boolean upcasts(String typeId, int version) {
        return upcastTypeIds.contains(typeId) && upcasters.containsKey(new UpcasterKey(typeId, version));
    }

    /** Whether some upcaster reads recorded type {@code typeId} (at any version). */
    public boolean mayUpcast(String typeId) {
        return upcastTypeIds.contains(typeId);
    }

    /**
     * Runs the upcasters on a payload recorded as {@code typeId} at {@code version} until it reaches a type
     * at its current version.
     *
     * @param payload the recorded payload without its {@code "type"} property; changed in place
     * @return the result, still without its {@code "type"} property
     * @throws KetnghiaException {@link LedgerErrorCode#LEDGER_EVENT_NEWER_THAN_CODE}, {@link
     *     LedgerErrorCode#LEDGER_NO_UPCASTER} or {@link LedgerErrorCode#LEDGER_UPCAST_FAILED}, on field {@code
     *     payload.type}
     */
    public EventUpcaster.Upcast upcast(String typeId, int version, ObjectNode payload) {
        EventUpcaster.Upcast current = new EventUpcaster.Upcast(typeId, version, payload);
        for (int step = 0; step < MAX_STEPS; step++) {
            EventUpcaster upcaster = upcasters.get(new UpcasterKey(current.typeId(), current.version()));
            if (upcaster == null) {
                checkCurrent(current.typeId(), current.version());
                return current;
            }
            EventUpcaster.Upcast next;
            try {
                next = requireNonNull(upcaster.upcast(current.payload()), "upcast result");
            } catch (KetnghiaException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new KetnghiaException(List.of(Problem.of(LedgerErrorCode.LEDGER_UPCAST_FAILED, "payload.type",
                        current.typeId(), current.version(), String.valueOf(e.getMessage()))), e);
            }
            boolean progress = !next.typeId().equals(current.typeId()) || next.version() > current.version();
            if (!progress) {
                throw KetnghiaException.of(LedgerErrorCode.LEDGER_UPCAST_FAILED, "payload.type", current.typeId(),
                        current.version(), "the upcaster returned the same type at version " + next.version());
            }
            next.payload().remove("type");
            current = next;
        }
        throw KetnghiaException.of(LedgerErrorCode.LEDGER_UPCAST_FAILED, "payload.type", typeId, version,
                "more than " + MAX_STEPS + " steps: the upcasters loop");
    }

    /**
     * Checks that {@code typeId} at {@code version} is a type this code reads as it is.
     *
     * @throws KetnghiaException {@link LedgerErrorCode#LEDGER_EVENT_NEWER_THAN_CODE} for a version above the
     *     code's, {@link LedgerErrorCode#LEDGER_NO_UPCASTER} for an older one no upcaster reads, {@link
     *     LedgerErrorCode#LEDGER_UNKNOWN_TYPE_ID} for a type the code does not know
     */
    public void checkCurrent(String typeId, int version) {
        Integer current = currentVersions.get(typeId);
        if (current == null) {
            throw KetnghiaException.of(LedgerErrorCode.LEDGER_UNKNOWN_TYPE_ID, "payload.type", typeId);
        }
        checkVersion(typeId, version, current);
    }

    /** As {@link #checkCurrent}, for a payload already read as {@code type}. */
    public static void checkVersion(String typeId, int recordedVersion, int currentVersion) {
        if (recordedVersion > currentVersion) {
            throw KetnghiaException.of(LedgerErrorCode.LEDGER_EVENT_NEWER_THAN_CODE, "payload.type", typeId,
                    recordedVersion, currentVersion);
        }
        if (recordedVersion < currentVersion) {
            throw KetnghiaException.of(LedgerErrorCode.LEDGER_NO_UPCASTER, "payload.type", typeId, recordedVersion,
                    currentVersion);
        }
    }

    private static int findVersion(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            EventVersion version = current.getAnnotation(EventVersion.class);
            if (version != null) {
                return version.value();
            }
            for (Class<?> implemented : current.getInterfaces()) {
                EventVersion onInterface = implemented.getAnnotation(EventVersion.class);
                if (onInterface != null) {
                    return onInterface.value();
                }
            }
        }
        return 1;
    }

    private record UpcasterKey(String typeId, int version) {
    }
}
