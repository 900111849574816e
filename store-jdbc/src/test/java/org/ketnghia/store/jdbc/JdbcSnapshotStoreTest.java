package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.LedgerOpening;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.ledger.SnapshotStore;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoModel;

class JdbcSnapshotStoreTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    /** Counts events by type id, in the order first seen; saved in snapshots. */
    static final class EventCounts implements Projection {
        static final SnapshotForm<EventCounts, State> FORM = SnapshotForm.of(State.class,
                counts -> new State(counts.counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList()),
                State::restore);
        private final Map<String, Long> counts = new LinkedHashMap<>();

        @Override
        public void apply(EventEnvelope event) {
            counts.merge(event.typeId(), 1L, Long::sum);
        }

        record Count(String typeId, long events) {
        }

        record State(List<Count> counts) {
            EventCounts restore() {
                EventCounts projection = new EventCounts();
                counts.forEach(count -> projection.counts.put(count.typeId(), count.events()));
                return projection;
            }
        }
    }

    private record CountsFeature() implements LedgerFeature {
        @Override
        public List<ProjectionDefinition<?>> projections() {
            return List.of(ProjectionDefinition.of(EventCounts.class, EventCounts::new, EventCounts.FORM));
        }
    }

    private static KetnghiaRuntime runtime(EventStore events, SnapshotStore snapshots) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .addFeature(new CountsFeature()).eventStore(events).snapshotStore(snapshots).snapshotEvery(0)
                .clock(Fixtures.CLOCK).build();
    }

    private static LedgerSnapshot snapshot(long sequence, String state) {
        return new LedgerSnapshot(sequence, "a".repeat(64), Fixtures.CLOCK.instant(), List.of(
                ProjectionSnapshot.of("org.example.First", "b".repeat(64), state.getBytes(StandardCharsets.UTF_8)),
                ProjectionSnapshot.of("org.example.Second", "c".repeat(64), new byte[0])));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSavedSnapshot_isReadBackExactly_andOnlyTheLastFewAreKept(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        try {
            JdbcSnapshotStore store = JdbcSnapshotStore.open(dataSource);
            assertThat(store.latest()).isEmpty();
            for (long sequence = 1; sequence <= 5; sequence++) {
                store.save(snapshot(sequence * 10, "{\"at\":" + sequence + ",\"text\":\"Hộ nghèo\"}"));
            }
            store.save(snapshot(50, "{\"replaced\":true}"));

            assertThat(JdbcSnapshotStore.open(dataSource).latest()).contains(snapshot(50, "{\"replaced\":true}"));
            assertThat(store.size()).isEqualTo(JdbcSnapshotStore.KEPT);
        } finally {
            database.close(dataSource);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRuntimeOnTheSameDatabase_opensFromTheSnapshot_andCatchesUp(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        try {
            JdbcEventStore events = JdbcEventStore.open(dataSource, Databases.codec());
            KetnghiaRuntime first = runtime(events, JdbcSnapshotStore.open(dataSource));
            for (int i = 0; i < 8; i++) {
                first.ledger().submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-" + i, 1));
            }
            first.ledger().saveSnapshot();
            first.ledger().submit(recordItem(PROVINCE, A_XAN, IN_2024, "bo-8", 1));
            assertThat(events.hashAt(8)).contains(events.readAll().get(7).hash());
            assertThat(events.hashAt(10)).isEmpty();

            KetnghiaRuntime reopened = runtime(JdbcEventStore.open(dataSource, Databases.codec()),
                    JdbcSnapshotStore.open(dataSource));
            LedgerOpening opening = reopened.ledger().openedFrom();
            assertThat(opening.snapshotSequence()).contains(8L);
            assertThat(opening.restored()).contains(EventCounts.class.getName(), "org.ketnghia.core.funding.FundingLedger");
            assertThat(reopened.ledger().lastSequence()).isEqualTo(9);
            Map<String, Long> counts = reopened.ledger().read(EventCounts.class, projection -> Map.copyOf(projection.counts));
            assertThat(counts).containsExactly(Map.entry("demo.item-recorded", 9L));
        } finally {
            database.close(dataSource);
        }
    }
}
