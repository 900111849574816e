package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A store in front of another whose appends can be held at a gate, let through one by one, counted, and made
 * to fail once: group-commit tests use it to make commands queue behind an append in flight.
 */
final class GatedStore implements EventStore {

    private static final int EVERYONE = Integer.MAX_VALUE / 2;

    private final EventStore events;
    private final Semaphore gate = new Semaphore(EVERYONE);
    private final AtomicInteger appends = new AtomicInteger();
    private final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();

    GatedStore(EventStore events) {
        this.events = requireNonNull(events, "events");
    }

    /**
     * From now on every append waits at the gate until {@link #letThrough} or {@link #openGate}. (Not named
     * {@code close}: that is {@link EventStore#close()}, which this store passes on.)
     */
    void closeGate() {
        gate.drainPermits();
    }

    /** Lets {@code count} appends (waiting or to come) through a closed gate. */
    void letThrough(int count) {
        gate.release(count);
    }

    /** Lets every append through, now and from now on. */
    void openGate() {
        gate.release(EVERYONE);
    }

    /** Appends waiting at the gate. */
    int waitingAppends() {
        return gate.getQueueLength();
    }

    /** The next append that passes the gate throws {@code failure} and stores nothing. */
    void failNextAppend(RuntimeException failure) {
        nextFailure.set(requireNonNull(failure, "failure"));
    }

    /** Calls to {@link #append}, failed ones included. */
    int appends() {
        return appends.get();
    }

    @Override
    public long lastSequence() {
        return events.lastSequence();
    }

    @Override
    public String lastHash() {
        return events.lastHash();
    }

    @Override
    public void append(long expectedLastSequence, List<EventEnvelope> batch) {
        appends.incrementAndGet();
        gate.acquireUninterruptibly();
        RuntimeException failure = nextFailure.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        events.append(expectedLastSequence, batch);
    }

    @Override
    public void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer) {
        events.forEach(fromSequence, consumer);
    }

    @Override
    public void close() {
        events.close();
    }
}
