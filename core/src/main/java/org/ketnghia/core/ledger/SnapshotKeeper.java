package org.ketnghia.core.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Saves a ledger's projections in its snapshot store and restores them when it opens; used under the ledger's lock. */
final class SnapshotKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

    private final SnapshotStore store;
    private final ObjectMapper mapper;
    private final long everyEvents;
    /** The code fingerprint of each projection with a form, computed once: class files do not change while running. */
    private final Map<Class<?>, Optional<String>> fingerprints = new LinkedHashMap<>();
    private long lastSavedSequence;

    SnapshotKeeper(SnapshotStore store, ObjectMapper mapper, long everyEvents) {
        this.store = store;
        this.mapper = mapper;
        this.everyEvents = everyEvents;
    }

    /** What opening from the latest snapshot gives: projections restored or fresh, and which of them to replay. */
    record Start(long sequence, String hash, Map<Class<?>, Projection> projections, List<Projection> toReplay,
            LedgerOpening opening) {
    }

    /**
     * Fresh or restored projections from the latest snapshot that matches {@code events}; a snapshot that does
     * not match is ignored entirely. {@code sequence} 0 means every projection starts empty.
     */
    Start start(EventStore events, List<ProjectionDefinition<?>> definitions) {
        Optional<LedgerSnapshot> latest;
        try {
            latest = store.latest();
        } catch (RuntimeException unreadable) {
            return ignored(definitions, "the snapshot store cannot be read: " + unreadable.getMessage());
        }
        if (latest.isEmpty()) {
            return fresh(definitions, LedgerOpening.Reason.NO_SNAPSHOT, Optional.empty());
        }
        LedgerSnapshot snapshot = latest.get();
        Optional<String> hash = snapshot.sequence() > events.lastSequence() ? Optional.empty()
                : events.hashAt(snapshot.sequence());
        if (hash.isEmpty()) {
            return ignored(definitions, "it stands on event " + snapshot.sequence() + ", which the store does not hold (last "
                    + events.lastSequence() + ")");
        }
        if (!hash.get().equals(snapshot.eventHash())) {
            return ignored(definitions, "it stands on event " + snapshot.sequence() + " with hash " + snapshot.eventHash()
                    + ", but the store's event has hash " + hash.get());
        }
        Map<Class<?>, Projection> projections = new LinkedHashMap<>();
        List<Projection> toReplay = new ArrayList<>();
        List<String> restored = new ArrayList<>();
        List<LedgerOpening.Replayed> replayed = new ArrayList<>();
        for (ProjectionDefinition<?> definition : definitions) {
            String type = definition.type().getName();
            Optional<LedgerOpening.Replayed> why = Optional.empty();
            Projection projection = null;
            if (definition.snapshotForm().isEmpty()) {
                why = Optional.of(new LedgerOpening.Replayed(type, LedgerOpening.Reason.NO_SNAPSHOT_FORM, ""));
            } else if (fingerprint(definition).isEmpty()) {
                why = Optional.of(new LedgerOpening.Replayed(type, LedgerOpening.Reason.CODE_UNREADABLE, ""));
            } else {
                Optional<ProjectionSnapshot> saved = snapshot.projection(type);
                if (saved.isEmpty()) {
                    why = Optional.of(new LedgerOpening.Replayed(type, LedgerOpening.Reason.NOT_IN_SNAPSHOT, ""));
                } else if (!saved.get().fingerprint().equals(fingerprint(definition).get())) {
                    why = Optional.of(new LedgerOpening.Replayed(type, LedgerOpening.Reason.CODE_CHANGED, ""));
                } else {
                    try {
                        projection = restore(definition, definition.snapshotForm().get(), saved.get().stateStream());
                    } catch (IOException | RuntimeException unreadable) {
                        why = Optional.of(new LedgerOpening.Replayed(type, LedgerOpening.Reason.STATE_UNREADABLE,
                                String.valueOf(unreadable.getMessage())));
                    }
                }
            }
            if (why.isPresent()) {
                projection = definition.create();
                toReplay.add(projection);
                replayed.add(why.get());
            } else {
                restored.add(type);
            }
            projections.put(definition.type(), projection);
        }
        lastSavedSequence = snapshot.sequence();
        LedgerOpening opening = new LedgerOpening(Optional.of(snapshot.sequence()), Optional.empty(), restored, replayed);
        return new Start(snapshot.sequence(), snapshot.eventHash(), projections, toReplay, opening);
    }

    private Start ignored(List<ProjectionDefinition<?>> definitions, String reason) {
        LOG.warn("Ledger snapshot ignored, every projection is replayed: {}", reason);
        return fresh(definitions, LedgerOpening.Reason.SNAPSHOT_IGNORED, Optional.of(reason));
    }

    static Start fresh(List<ProjectionDefinition<?>> definitions, LedgerOpening.Reason reason, Optional<String> ignored) {
        Map<Class<?>, Projection> projections = new LinkedHashMap<>();
        List<LedgerOpening.Replayed> replayed = new ArrayList<>();
        for (ProjectionDefinition<?> definition : definitions) {
            Projection projection = definition.create();
            projections.put(definition.type(), projection);
            replayed.add(new LedgerOpening.Replayed(definition.type().getName(), reason, ""));
        }
        return new Start(0, EventChain.GENESIS_HASH, projections, List.copyOf(projections.values()),
                new LedgerOpening(Optional.empty(), ignored, List.of(), replayed));
    }

    /** Whether {@code appliedSequence} is far enough past the last snapshot for an automatic one. */
    boolean due(long appliedSequence) {
        return everyEvents > 0 && appliedSequence - lastSavedSequence >= everyEvents;
    }

    /**
     * Saves every projection with a form and a readable fingerprint at {@code sequence}; nothing when the ledger
     * is empty.
     *
     * @throws KetnghiaException {@link LedgerErrorCode#LEDGER_SNAPSHOT_NOT_SAVED} naming what failed
     */
    Optional<LedgerSnapshot> save(long sequence, String hash, List<ProjectionDefinition<?>> definitions,
            Map<Class<?>, Projection> projections, Instant now) {
        if (sequence == 0) {
            return Optional.empty();
        }
        List<ProjectionSnapshot> saved = new ArrayList<>();
        for (ProjectionDefinition<?> definition : definitions) {
            Optional<String> fingerprint = definition.snapshotForm().isEmpty() ? Optional.empty() : fingerprint(definition);
            if (fingerprint.isEmpty()) {
                continue;
            }
            try {
                byte[] state = stateJson(definition.snapshotForm().get(), projections.get(definition.type()));
                saved.add(ProjectionSnapshot.owning(definition.type().getName(), fingerprint.get(), state));
            } catch (IOException | RuntimeException failure) {
                throw new KetnghiaException(List.of(org.ketnghia.core.error.Problem.of(
                        LedgerErrorCode.LEDGER_SNAPSHOT_NOT_SAVED, "projections", definition.type().getName(),
                        String.valueOf(failure.getMessage()))), failure);
            }
        }
        LedgerSnapshot snapshot = new LedgerSnapshot(sequence, hash, now, saved);
        try {
            store.save(snapshot);
        } catch (RuntimeException failure) {
            throw new KetnghiaException(List.of(org.ketnghia.core.error.Problem.of(
                    LedgerErrorCode.LEDGER_SNAPSHOT_NOT_SAVED, "snapshotStore", "snapshot store",
                    String.valueOf(failure.getMessage()))), failure);
        }
        lastSavedSequence = sequence;
        return Optional.of(snapshot);
    }

    /** After a failed automatic save: the next try waits another interval instead of slowing every command. */
    void postpone(long appliedSequence) {
        lastSavedSequence = appliedSequence;
    }

    /**
     * The projection's code fingerprint, with the runtime's registered event types its form covers by interface ({@link
     * SnapshotForm#coveringEventsOf}), combined with the runtime's event schemas ({@link EventSchemas#signature()}):
     * a state saved before an event type changed version or gained an upcaster may hold what the old shapes gave,
     * so it is rebuilt by replay rather than trusted.
     */
    private Optional<String> fingerprint(ProjectionDefinition<?> definition) {
        return fingerprints.computeIfAbsent(definition.type(),
                type -> CodeFingerprint.of(definition.type(), definition.snapshotForm().orElseThrow(), schemas())
                        .map(code -> CodeFingerprint.withSchemas(code, schemas())));
    }

    /** The runtime's schemas, carried by its mapper; {@link EventSchemas#NONE} for a mapper built without them. */
    private EventSchemas schemas() {
        Object schemas = mapper.getDeserializationConfig().getAttributes().getAttribute(EventSchemas.ATTRIBUTE);
        return schemas instanceof EventSchemas declared ? declared : EventSchemas.NONE;
    }

    @SuppressWarnings("unchecked")
    private <P extends Projection, S> byte[] stateJson(SnapshotForm<P, S> form, Projection projection) throws IOException {
        S state = form.save().apply((P) projection);
        return mapper.writerFor(form.stateType()).writeValueAsBytes(state);
    }

    private <P extends Projection, S> Projection restore(ProjectionDefinition<?> definition, SnapshotForm<P, S> form,
            InputStream json) throws IOException {
        S state = mapper.readerFor(form.stateType()).readValue(json);
        P projection = form.restore().apply(state);
        if (!definition.type().isInstance(projection)) {
            throw new IllegalStateException("the form restored a " + (projection == null ? "null" : projection.getClass().getName()));
        }
        return projection;
    }
}
