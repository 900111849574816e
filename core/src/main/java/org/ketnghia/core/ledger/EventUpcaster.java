package org.ketnghia.core.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns an event payload recorded in an older shape into the next one (<i>nâng cấp sự kiện cũ</i>),
 * when the ledger reads it: the recorded bytes are never changed, and the hash chain is always checked
 * over them ({@link RecordedPayload}). Declared by the feature or pilot model that owns the event type,
 * through {@link org.ketnghia.core.spi.LedgerFeature#eventUpcasters()}.
 *
 * <p>One upcaster reads one recorded {@code (typeId, fromVersion)} and returns the payload as it would
 * be at a later version of the same type, or as another type: a renamed type, or one of the types an old
 * type was split into, chosen by the payload's content. Upcasters chain until the payload reaches a type
 * at its current {@link EventVersion}. Examples:
 * <ul>
 *   <li>a field added: {@code payload.put("category", "chưa phân loại")} and one version up;
 *   <li>a field renamed: {@code payload.set("destinationUnit", payload.remove("toUnit"))};
 *   <li>a type split in two: {@code "IN".equals(direction) ? "x.stock-received" : "x.stock-issued"}.
 * </ul>
 * The payload given has no {@code "type"} property (the ledger sets it from the result's type id). An
 * upcaster must be a pure function of the payload: the same recorded event always reads the same.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface EventUpcaster {

    /** The recorded type id this upcaster reads, e.g. {@code "livestock.group-founded"}. */
    String typeId();

    /** The recorded version this upcaster reads: 1 for events recorded before the type had a version. */
    int fromVersion();

    /**
     * The payload in its next shape. The upcaster may change {@code payload} in place and return it.
     *
     * @param payload the recorded payload without its {@code "type"} property; a copy the upcaster owns
     * @return the type id and version the result has, with the result
     */
    Upcast upcast(ObjectNode payload);

    /**
     * An upcaster of {@code typeId} at {@code fromVersion} to {@code fromVersion + 1} of the same type,
     * changing the payload with {@code change}.
     */
    static EventUpcaster nextVersion(String typeId, int fromVersion, java.util.function.Consumer<ObjectNode> change) {
        java.util.Objects.requireNonNull(change, "change");
        return of(typeId, fromVersion, payload -> {
            change.accept(payload);
            return new Upcast(typeId, fromVersion + 1, payload);
        });
    }

    /** An upcaster of {@code typeId} at {@code fromVersion} doing {@code upcast}. */
    static EventUpcaster of(String typeId, int fromVersion, java.util.function.Function<ObjectNode, Upcast> upcast) {
        java.util.Objects.requireNonNull(typeId, "typeId");
        java.util.Objects.requireNonNull(upcast, "upcast");
        return new EventUpcaster() {
            @Override
            public String typeId() {
                return typeId;
            }

            @Override
            public int fromVersion() {
                return fromVersion;
            }

            @Override
            public Upcast upcast(ObjectNode payload) {
                return upcast.apply(payload);
            }

            @Override
            public String toString() {
                return "EventUpcaster[" + typeId + " v" + fromVersion + "]";
            }
        };
    }

    /**
     * A payload after one upcasting step.
     *
     * @param typeId the type id it now has
     * @param version the version of that type it now has
     * @param payload the payload, without a {@code "type"} property
     */
    record Upcast(String typeId, int version, ObjectNode payload) {

        /** Checks that no part is missing. */
        public Upcast {
            java.util.Objects.requireNonNull(typeId, "typeId");
            java.util.Objects.requireNonNull(payload, "payload");
        }
    }
}
