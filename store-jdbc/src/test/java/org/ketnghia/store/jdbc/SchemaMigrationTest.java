package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoItems;
import org.ketnghia.testing.demo.DemoModel;

/**
 * A store written with the first schema (V1) opens, verifies and replays after migrating to the lean rows (V2),
 * and the snapshot tables (V3) work beside it.
 */
class SchemaMigrationTest {

    private static final String V1_INSERT = "INSERT INTO ledger_event (sequence, occurred_on, recorded_at, actor_id, "
            + "unit_code, type_id, envelope_json, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storeOfTheFirstSchema_opensVerifiesAndReplays_afterMigrating(Databases database) throws Exception {
        InMemoryEventStore recorded = new InMemoryEventStore();
        KetnghiaRuntime original = Databases.runtime(recorded);
        for (int i = 0; i < 40; i++) {
            original.ledger().submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 1), "item-" + i, i + 1));
        }
        Map<String, Integer> quantities = original.ledger().read(DemoItems.class, DemoItems::quantities);
        DataSource dataSource = database.fresh(directory);
        writeWithTheFirstSchema(dataSource, recorded.readAll(), new EventCodec(original.objectMapper()));
        assertThat(columns(dataSource)).contains("previous_hash");

        JdbcEventStore migrated = JdbcEventStore.openVerified(dataSource, Databases.codec(),
                new EventChain(original.objectMapper()));
        try (KetnghiaRuntime runtime = Databases.runtime(migrated)) {
            assertThat(columns(dataSource)).doesNotContain("previous_hash").contains("envelope_json", "hash");
            assertThat(migrated.readAll()).isEqualTo(recorded.readAll());
            assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
            assertThat(runtime.ledger().read(DemoItems.class, DemoItems::quantities)).isEqualTo(quantities);

            runtime.ledger().submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 2), "after", 7));
            assertThat(runtime.ledger().lastSequence()).isEqualTo(41);
            assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
            assertThat(appliedMigrations(dataSource)).containsExactly("1", "2", "3", "4", "5");

            try (KetnghiaRuntime saving = withSnapshots(JdbcEventStore.open(dataSource, Databases.codec()), dataSource)) {
                assertThat(saving.ledger().saveSnapshot()).hasValueSatisfying(saved -> assertThat(saved.sequence()).isEqualTo(41));
            }
            try (KetnghiaRuntime reopened = withSnapshots(JdbcEventStore.open(dataSource, Databases.codec()), dataSource)) {
                assertThat(reopened.ledger().openedFrom().snapshotSequence()).contains(41L);
                assertThat(reopened.ledger().read(DemoItems.class, DemoItems::quantities))
                        .isEqualTo(runtime.ledger().read(DemoItems.class, DemoItems::quantities)).containsEntry("after", 7);
            }
        }
    }

    private static KetnghiaRuntime withSnapshots(JdbcEventStore events, DataSource dataSource) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
                .addModel(new DemoModel()).eventStore(events)
                .snapshotStore(JdbcSnapshotStore.open(dataSource)).snapshotEvery(0)
                .clock(Fixtures.CLOCK).build();
    }

    /** The versioned migrations Flyway recorded as applied, in order (not its row for creating the schema). */
    private static List<String> appliedMigrations(DataSource dataSource) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT \"version\" FROM \"ketnghia_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** The schema and the rows exactly as the code before migration V2 wrote them. */
    private static void writeWithTheFirstSchema(DataSource dataSource, List<EventEnvelope> events, EventCodec codec)
            throws Exception {
        Flyway.configure(SchemaMigrationTest.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/ketnghia/migration").table("ketnghia_schema_history").target("1").load().migrate();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(V1_INSERT)) {
            for (EventEnvelope event : events) {
                statement.setLong(1, event.sequence());
                statement.setDate(2, Date.valueOf(event.occurredOn()));
                statement.setString(3, event.recordedAt().toString());
                statement.setString(4, event.actor().id());
                statement.setString(5, event.unitCode());
                statement.setString(6, event.typeId());
                statement.setString(7, codec.write(event));
                statement.setString(8, event.previousHash());
                statement.setString(9, event.hash());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static List<String> columns(DataSource dataSource) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, null, "%", null)) {
            while (columns.next()) {
                if (columns.getString("TABLE_NAME").equalsIgnoreCase("ledger_event")) {
                    names.add(columns.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return names;
    }
}
