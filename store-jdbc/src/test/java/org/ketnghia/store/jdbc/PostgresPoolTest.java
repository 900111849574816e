package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoModel;

/**
 * {@link JdbcStores#postgres} hands out pooled connections (the same server process serves one call after
 * another), and the pool belongs to the stores over it: it stays open while one of them is open and closes with
 * the last, and the data source still works afterwards.
 */
class PostgresPoolTest {

    @TempDir
    Path directory;

    @Test
    void connectionsAreReused_untilTheLastStoreOverThePoolCloses() throws Exception {
        DataSource dataSource = Databases.POSTGRESQL.fresh(directory);
        int first = backendOf(dataSource);
        assertThat(backendOf(dataSource)).as("a connection given back is handed out again").isEqualTo(first);

        JdbcEventStore other = JdbcEventStore.open(dataSource, Databases.codec());
        try (KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM)
                .addModel(new DemoModel()).eventStore(JdbcEventStore.open(dataSource, Databases.codec()))
                .snapshotStore(JdbcSnapshotStore.open(dataSource)).snapshotEvery(0).clock(Fixtures.CLOCK).build()) {
            runtime.ledger().submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 1), "bo-1", 1));
            runtime.ledger().saveSnapshot();
        }
        assertThat(backendOf(dataSource)).as("another store over the pool is still open").isEqualTo(first);

        other.close();
        assertThat(backendOf(dataSource)).as("the last store closed the pool; a new one connected afresh").isNotEqualTo(first);
        try (JdbcEventStore reopened = JdbcEventStore.open(dataSource, Databases.codec());
                JdbcSnapshotStore snapshots = JdbcSnapshotStore.open(dataSource)) {
            assertThat(reopened.lastSequence()).isEqualTo(1);
            assertThat(snapshots.latest()).hasValueSatisfying(
                    snapshot -> assertThat(snapshot.sequence()).isEqualTo(1));
        }
        Databases.POSTGRESQL.close(dataSource);
    }

    /** The process id of the PostgreSQL server process behind a connection from {@code dataSource}. */
    private static int backendOf(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
