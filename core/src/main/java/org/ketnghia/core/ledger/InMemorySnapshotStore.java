package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link SnapshotStore} in memory, keeping the last {@value #KEPT} snapshots; lost when the process ends.
 * Suits tests and a ledger whose projections are rebuilt often ({@link Ledger#rebuildProjections()} always
 * replays). Thread-safe.
 */
public final class InMemorySnapshotStore implements SnapshotStore {

    /** How many snapshots are kept: the latest and the ones just before it. */
    public static final int KEPT = 3;

    private final TreeMap<Long, LedgerSnapshot> bySequence = new TreeMap<>();

    /** An empty store. */
    public InMemorySnapshotStore() {
    }

    @Override
    public synchronized void save(LedgerSnapshot snapshot) {
        requireNonNull(snapshot, "snapshot");
        bySequence.put(snapshot.sequence(), snapshot);
        while (bySequence.size() > KEPT) {
            bySequence.pollFirstEntry();
        }
    }

    @Override
    public synchronized Optional<LedgerSnapshot> latest() {
        return bySequence.isEmpty() ? Optional.empty() : Optional.of(bySequence.lastEntry().getValue());
    }

    /** Number of snapshots held. */
    public synchronized int size() {
        return bySequence.size();
    }
}
