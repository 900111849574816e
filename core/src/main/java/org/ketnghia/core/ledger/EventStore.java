package org.ketnghia.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the ledger keeps its events: an append-only, ordered sequence of {@link EventEnvelope}s.
 *
 * <p>Contract for implementations (the in-memory {@link InMemoryEventStore} here, a JDBC store in
 * its own module):
 * <ul>
 *   <li>{@link #append} is atomic: the whole batch is stored or nothing is.
 *   <li>It uses optimistic concurrency: the caller passes the last sequence it has seen; if the
 *       store has moved on, nothing is stored and {@link LedgerErrorCode#LEDGER_CONCURRENT_APPEND}
 *       is thrown, so two writers can never interleave inconsistent events.
 *   <li>The batch must continue the store: sequences {@code expected + 1, expected + 2, …}, the
 *       first event's {@code previousHash} equal to the store's last hash, each next event chained
 *       to the one before; otherwise {@link LedgerErrorCode#LEDGER_BROKEN_BATCH}.
 *   <li>Stored events are never changed or removed.
 * </ul>
 * Implementations are thread-safe.
 *
 * <p>A store may hold resources (a database file, connections): {@link #close()} releases them. The
 * default does nothing, so a store without resources need not implement it.
 */
public interface EventStore extends AutoCloseable {

    /** Sequence of the last stored event, 0 when empty. */
    long lastSequence();

    /** Hash of the last stored event, {@link EventChain#GENESIS_HASH} when empty. */
    String lastHash();

    /**
     * Appends a batch atomically.
     *
     * @param expectedLastSequence the last sequence the caller has seen
     * @param batch events numbered from {@code expectedLastSequence + 1}, chained
     * @throws org.ketnghia.core.error.KetnghiaException on a concurrent append or a broken batch;
     *     nothing is stored then
     */
    void append(long expectedLastSequence, List<EventEnvelope> batch);

    /**
     * Passes every event with a sequence ≥ {@code fromSequence} to {@code consumer}, in order. The
     * consumer must not append to this store.
     */
    void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer);

    /**
     * Releases what the store holds; the store must not be used afterwards. Closing twice does nothing
     * the second time. The default, for stores that hold nothing (the in-memory store), does nothing.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the store's resources could not be released
     *     cleanly; they are released as far as possible all the same
     */
    @Override
    default void close() {
    }

    /**
     * The hash of the stored event at {@code sequence}, or empty when the store holds no such event — how a
     * ledger checks that a snapshot stands on an event of this chain. The default reads the events from
     * {@code sequence} on; stores override it with a direct lookup.
     */
    default Optional<String> hashAt(long sequence) {
        if (sequence < 1 || sequence > lastSequence()) {
            return Optional.empty();
        }
        String[] found = new String[1];
        forEach(sequence, event -> {
            if (found[0] == null && event.sequence() == sequence) {
                found[0] = event.hash();
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** Every stored event, in order (convenient for small stores and tests). */
    default List<EventEnvelope> readAll() {
        List<EventEnvelope> events = new ArrayList<>();
        forEach(1, events::add);
        return List.copyOf(events);
    }
}
