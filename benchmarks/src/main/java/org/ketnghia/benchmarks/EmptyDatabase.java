package org.ketnghia.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Empties a benchmark's database (H2 or PostgreSQL) before a measured run: drops every table the store's
 * migrations create, and Flyway's history, since Flyway refuses a schema with tables but no history. One list for
 * every benchmark, so that a table a new migration adds is dropped everywhere. Stateless.
 */
final class EmptyDatabase {

    /**
     * The tables of migrations V1–V5, those referring to others first, then Flyway's history (quoted: its name is in
     * lower case on H2 too).
     */
    private static final String[] TABLES = {"ledger_event", "subject_key", "ledger_snapshot_projection",
        "ledger_snapshot", "access_log", "\"ketnghia_schema_history\""};

    private EmptyDatabase() {
    }

    /** Drops the store's tables in {@code dataSource}; an {@link IllegalStateException} naming the error if not. */
    static void empty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the benchmark's database: " + e.getMessage(), e);
        }
    }
}
