package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.ketnghia.core.error.KetnghiaException;

/**
 * The default {@link EventStore}: events in a list in memory, lost when the process ends. Suits
 * tests, simulations and hosts that keep their own durable copy. Thread-safe.
 */
public final class InMemoryEventStore implements EventStore {

    private final List<EventEnvelope> events = new ArrayList<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** An empty store. */
    public InMemoryEventStore() {
    }

    /**
     * A store holding {@code events} exactly as given, without checking them — for restoring a
     * backup or examining a suspect copy; run {@link EventChain#verify} on it before trusting it.
     */
    public static InMemoryEventStore restoredFrom(List<EventEnvelope> events) {
        InMemoryEventStore store = new InMemoryEventStore();
        store.events.addAll(requireNonNull(events, "events"));
        return store;
    }

    @Override
    public long lastSequence() {
        lock.readLock().lock();
        try {
            return events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String lastHash() {
        lock.readLock().lock();
        try {
            return events.isEmpty() ? EventChain.GENESIS_HASH : events.get(events.size() - 1).hash();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void append(long expectedLastSequence, List<EventEnvelope> batch) {
        requireNonNull(batch, "batch");
        lock.writeLock().lock();
        try {
            long last = events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
            if (last != expectedLastSequence) {
                throw KetnghiaException.of(LedgerErrorCode.LEDGER_CONCURRENT_APPEND, "expectedLastSequence",
                        expectedLastSequence, last);
            }
            String lastHash = events.isEmpty() ? EventChain.GENESIS_HASH : events.get(events.size() - 1).hash();
            EventChain.checkContinues(last, lastHash, batch);
            events.addAll(batch);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer) {
        requireNonNull(consumer, "consumer");
        lock.readLock().lock();
        try {
            int start = (int) Math.max(0, Math.min(events.size(), fromSequence - firstSequence()));
            for (int i = start; i < events.size(); i++) {
                consumer.accept(events.get(i));
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<String> hashAt(long sequence) {
        lock.readLock().lock();
        try {
            long index = sequence - firstSequence();
            if (index < 0 || index >= events.size()) {
                return Optional.empty();
            }
            EventEnvelope event = events.get((int) index);
            return event.sequence() == sequence ? Optional.of(event.hash()) : Optional.empty();
        } finally {
            lock.readLock().unlock();
        }
    }

    private long firstSequence() {
        return events.isEmpty() ? 1 : events.get(0).sequence();
    }

    /** Number of stored events. */
    public int size() {
        lock.readLock().lock();
        try {
            return events.size();
        } finally {
            lock.readLock().unlock();
        }
    }
}
