package org.ketnghia.core.ledger;

import java.util.Optional;

/**
 * Where a ledger keeps its snapshots (<i>ảnh chụp trạng thái</i>): the saved state of its projections at
 * one sequence, so that it opens from the latest snapshot plus the events after it instead of replaying
 * every event.
 *
 * <p>Snapshots are not events: they are not in the hash chain, the ledger never trusts one (it checks the
 * event it stands on and each projection's code fingerprint, {@link Ledger#openedFrom()}), and any or all of
 * them may be discarded at any time without losing anything but opening time. An implementation keeps at
 * least the latest snapshot and may drop older ones (the in-memory and JDBC stores keep the last few).
 *
 * <p>Implementations are thread-safe. The in-memory {@link InMemorySnapshotStore} is here; a JDBC store
 * lives in {@code ketnghia-store-jdbc}. A store may hold resources (connections, an embedded database):
 * {@link #close()} releases them, and a runtime built with the store closes it when it closes, as it
 * closes its {@link EventStore}.
 */
public interface SnapshotStore extends AutoCloseable {

    /**
     * Saves a snapshot atomically: after a failure the store holds the snapshots it held before. A
     * snapshot at a sequence the store already holds replaces it.
     *
     * @throws org.ketnghia.core.error.KetnghiaException or another runtime exception if it cannot be saved
     */
    void save(LedgerSnapshot snapshot);

    /**
     * The snapshot with the highest sequence, or empty when there is none.
     *
     * @throws org.ketnghia.core.error.KetnghiaException or another runtime exception if the store cannot
     *     be read (the ledger then opens by replaying every event)
     */
    Optional<LedgerSnapshot> latest();

    /**
     * Releases what the store holds; the store must not be used afterwards. Closing twice does nothing the
     * second time. The default, for stores that hold nothing (the in-memory store), does nothing.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the store's resources could not be released cleanly
     */
    @Override
    default void close() {
    }
}
