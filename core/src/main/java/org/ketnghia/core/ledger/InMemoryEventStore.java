package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.internal.EventColumns;

/**
 * The default {@link EventStore}: events in memory, lost when the process ends. Suits tests, simulations and hosts
 * that keep their own durable copy. Thread-safe. The events are kept as columns ({@link EventColumns}), not as the
 * envelopes appended: a ledger of a million events then leaves the garbage collector three million objects fewer to
 * copy; each envelope read is made again, equal to the one appended.
 */
public final class InMemoryEventStore implements EventStore {

    private final EventColumns events = new EventColumns();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /**
     * The last event's sequence number, 0 when there is none; written under the write lock once an append is whole,
     * read without a lock: the ledger asks it before every command it records.
     */
    private volatile long lastSequence;

    /** An empty store. */
    public InMemoryEventStore() {
    }

    /**
     * A store holding {@code events} exactly as given, without checking them — for restoring a
     * backup or examining a suspect copy; run {@link EventChain#verify} on it before trusting it.
     */
    public static InMemoryEventStore restoredFrom(List<EventEnvelope> events) {
        InMemoryEventStore store = new InMemoryEventStore();
        requireNonNull(events, "events").forEach(store.events::add);
        store.lastSequence = store.last();
        return store;
    }

    @Override
    public long lastSequence() {
        return lastSequence;
    }

    @Override
    public String lastHash() {
        lock.readLock().lock();
        try {
            return events.size() == 0 ? EventChain.GENESIS_HASH : events.lastHash();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void append(long expectedLastSequence, List<EventEnvelope> batch) {
        requireNonNull(batch, "batch");
        lock.writeLock().lock();
        try {
            long last = last();
            if (last != expectedLastSequence) {
                throw KetnghiaException.of(LedgerErrorCode.LEDGER_CONCURRENT_APPEND, "expectedLastSequence",
                        expectedLastSequence, last);
            }
            String lastHash = events.size() == 0 ? EventChain.GENESIS_HASH : events.lastHash();
            EventChain.checkContinues(last, lastHash, batch);
            for (EventEnvelope event : batch) {
                events.add(event);
            }
        } finally {
            lastSequence = last(); // whatever was added, as a reader under the lock would have seen it
            lock.writeLock().unlock();
        }
    }

    @Override
    public void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer) {
        requireNonNull(consumer, "consumer");
        lock.readLock().lock();
        try {
            int start = (int) Math.max(0, Math.min(events.size(), fromSequence - firstSequence()));
            String hashBefore = start == 0 ? null : events.hashAt(start - 1);
            for (int i = start; i < events.size(); i++) {
                EventEnvelope event = events.envelopeAt(i, hashBefore);
                hashBefore = event.hash();
                consumer.accept(event);
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
            return events.sequenceAt((int) index) == sequence ? Optional.of(events.hashAt((int) index))
                    : Optional.empty();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The last event's sequence number, 0 when there is none; the caller holds a lock. */
    private long last() {
        return events.size() == 0 ? 0 : events.sequenceAt(events.size() - 1);
    }

    private long firstSequence() {
        return events.size() == 0 ? 1 : events.sequenceAt(0);
    }

    /** The number of events held. */
    public int size() {
        lock.readLock().lock();
        try {
            return events.size();
        } finally {
            lock.readLock().unlock();
        }
    }
}
