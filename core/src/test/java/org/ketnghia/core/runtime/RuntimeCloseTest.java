package org.ketnghia.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.InMemorySnapshotStore;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.SnapshotStore;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoModel;

/** Closing a runtime closes the stores it owns: its snapshot store, then its event store. */
class RuntimeCloseTest {

    private final List<String> closed = new ArrayList<>();

    /** An in-memory event store that reports its closing. */
    private final class ClosingEvents implements EventStore {
        private final InMemoryEventStore events = new InMemoryEventStore();

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
            events.append(expectedLastSequence, batch);
        }

        @Override
        public void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer) {
            events.forEach(fromSequence, consumer);
        }

        @Override
        public void close() {
            closed.add("events");
        }
    }

    /** An in-memory snapshot store that reports its closing, and may fail to close. */
    private final class ClosingSnapshots implements SnapshotStore {
        private final InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        private final boolean failsToClose;

        ClosingSnapshots(boolean failsToClose) {
            this.failsToClose = failsToClose;
        }

        @Override
        public void save(LedgerSnapshot snapshot) {
            snapshots.save(snapshot);
        }

        @Override
        public Optional<LedgerSnapshot> latest() {
            return snapshots.latest();
        }

        @Override
        public void close() {
            closed.add("snapshots");
            if (failsToClose) {
                throw new IllegalStateException("the snapshot database is gone");
            }
        }
    }

    private KetnghiaRuntime runtime(SnapshotStore snapshots) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .eventStore(new ClosingEvents()).snapshotStore(snapshots).clock(Fixtures.CLOCK).build();
    }

    @Test
    void close_closesTheSnapshotStoreThenTheEventStore() {
        runtime(new ClosingSnapshots(false)).close();

        assertThat(closed).containsExactly("snapshots", "events");
    }

    @Test
    void close_closesTheEventStore_evenWhenTheSnapshotStoreFailsToClose() {
        KetnghiaRuntime runtime = runtime(new ClosingSnapshots(true));

        assertThatThrownBy(runtime::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("snapshot database");
        assertThat(closed).containsExactly("snapshots", "events");
    }
}
