package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An {@link AccessLogStore} in memory, for tests and for ledgers kept in memory; lost with the process. Thread-safe. */
public final class InMemoryAccessLogStore implements AccessLogStore {

    private final List<AccessLogEntry> entries = new ArrayList<>();

    @Override
    public synchronized Optional<AccessLogEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    @Override
    public synchronized boolean appendIfNext(AccessLogEntry entry) {
        requireNonNull(entry, "entry");
        if (!entry.isNextAfter(last())) {
            return false;
        }
        entries.add(entry);
        return true;
    }

    @Override
    public synchronized List<AccessLogEntry> entries() {
        return List.copyOf(entries);
    }
}
