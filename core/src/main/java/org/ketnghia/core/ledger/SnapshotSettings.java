package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Whether and how a {@link Ledger} keeps snapshots of its projections: the {@link SnapshotStore}, the JSON
 * mapper that writes the states (the runtime's, so output is deterministic), and how often a snapshot is
 * saved automatically. Immutable.
 */
public final class SnapshotSettings {

    private static final SnapshotSettings NONE = new SnapshotSettings(Optional.empty(), null, 0);

    private final Optional<SnapshotStore> store;
    private final ObjectMapper mapper;
    private final long everyEvents;

    private SnapshotSettings(Optional<SnapshotStore> store, ObjectMapper mapper, long everyEvents) {
        this.store = store;
        this.mapper = mapper;
        this.everyEvents = everyEvents;
    }

    /** No snapshots: the ledger opens by replaying every event. */
    public static SnapshotSettings none() {
        return NONE;
    }

    /**
     * Snapshots in {@code store}, written by {@code mapper}, one saved automatically when {@code everyEvents}
     * events have been folded in since the last (checked when the ledger next catches up, before the next
     * command); {@code 0} saves only on {@link Ledger#saveSnapshot()}. Give the runtime's mapper: the {@link
     * EventSchemas} it carries (event types, versions, upcasters) enter every projection's code fingerprint, and a
     * mapper without them covers no registered event type of a form's {@link SnapshotForm#coveringEventsOf}.
     *
     * @throws IllegalArgumentException if {@code everyEvents} is negative
     */
    public static SnapshotSettings of(SnapshotStore store, ObjectMapper mapper, long everyEvents) {
        if (everyEvents < 0) {
            throw new IllegalArgumentException("everyEvents must be 0 (never automatically) or more, not " + everyEvents);
        }
        return new SnapshotSettings(Optional.of(requireNonNull(store, "store")), requireNonNull(mapper, "mapper"),
                everyEvents);
    }

    /** The snapshot store, empty for {@link #none()}. */
    public Optional<SnapshotStore> store() {
        return store;
    }

    /** How many events between automatic snapshots; 0 for never. */
    public long everyEvents() {
        return everyEvents;
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
