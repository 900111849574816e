package org.ketnghia.testing.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.ketnghia.core.ledger.EventStore;

/**
 * Opens the event store of one test in a fresh folder, e.g. an embedded H2 ledger: {@code (folder, mapper) ->
 * JdbcEventStore.open(JdbcStores.h2(folder), new EventCodec(mapper))}. The mapper knows every event type of
 * the runtime the test gets.
 */
@FunctionalInterface
public interface EventStoreFactory {

    /** The store for one test, in {@code folder} (created for the test, deleted after it). */
    EventStore open(Path folder, ObjectMapper mapper);
}
