package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;

/** A store in front of another that counts the calls to append: one call is one transaction of a JDBC store. */
final class CountingStore implements EventStore {

    private final EventStore events;
    private final AtomicInteger appends = new AtomicInteger();

    CountingStore(EventStore events) {
        this.events = requireNonNull(events, "events");
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
        events.append(expectedLastSequence, batch);
    }

    @Override
    public void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer) {
        events.forEach(fromSequence, consumer);
    }
}
