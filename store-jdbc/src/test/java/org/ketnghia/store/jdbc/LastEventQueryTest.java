package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.ledger.EventStore;

/**
 * Every append and every catch-up reads the last event: on PostgreSQL that read must come from the primary
 * key's index, not from a sort of the whole table (which it did while the row limit was set only with {@code
 * setMaxRows}, invisible to the planner: 16 concurrent writers then managed 2,000 commands/s instead of 15,000).
 */
class LastEventQueryTest {

    @TempDir
    Path directory;

    @Test
    void postgresReadsTheLastEventFromThePrimaryKeyIndex_notBySortingTheTable() throws Exception {
        DataSource dataSource = Databases.POSTGRESQL.fresh(directory);
        try (EventStore store = JdbcEventStore.open(dataSource, Databases.codec());
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO ledger_event (sequence, occurred_on, recorded_at, actor_id, unit_code, type_id,"
                    + " envelope_json, hash) SELECT n, DATE '2021-07-01', '2021-07-01T00:00:00Z', 'a', 'u', 't', '{}',"
                    + " md5(n::text) || md5(n::text) FROM generate_series(1, 50000) AS n");
            statement.execute("ANALYZE ledger_event");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("EXPLAIN " + JdbcEventStore.LAST)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            // the planner itself stops after one row, read backwards from the index (no sort, no scan of all rows)
            assertThat(plan.toString()).startsWith("Limit").contains("Index Scan Backward")
                    .doesNotContain("Sort").doesNotContain("Seq Scan");
            assertThat(store.lastSequence()).isEqualTo(50_000);
        } finally {
            Databases.POSTGRESQL.close(dataSource);
        }
    }
}
