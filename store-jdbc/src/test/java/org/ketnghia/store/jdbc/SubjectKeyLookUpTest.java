package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.privacy.SubjectKeyStore;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.postgres.PostgresServer;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The ledger looks up the keys of a group's new subjects in one query, {@code subject IN (…)}, under its write lock.
 * On PostgreSQL that query must be planned for each use: a statement the driver prepares on the server (from its
 * fifth use on) soon runs one generic plan, made while the table was small, which for an {@code IN} list scans the
 * whole table and went on scanning it as it grew (11 ms at 20,000 keys, 6.8 ms on average per group of the B2
 * encrypted PostgreSQL run, where the primary key's index answers at once).
 */
class SubjectKeyLookUpTest {

    @TempDir
    Path directory;

    @Test
    void postgresPlansTheLookUpOfManySubjectsForEachUse_neverAsAStatementPreparedOnTheServer() throws Exception {
        DataSource dataSource = Databases.POSTGRESQL.fresh(directory);
        PGConnectionPoolDataSource driver = new PGConnectionPoolDataSource();
        driver.setUrl(Databases.postgresUrl(dataSource));
        driver.setUser(PostgresServer.USER);
        // two sessions (the schema's migration needs two at once), both read below: of twelve uses, one of them has
        // at least six, and the driver prepares a statement on the server at its fifth use on a session
        JdbcConnectionPool twoConnections = JdbcConnectionPool.create(driver);
        twoConnections.setMaxConnections(2);
        try (JdbcSubjectKeyStore keys = JdbcSubjectKeyStore.open(twoConnections, Fixtures.CLOCK)) {
            keys.putIfAbsent("household:HN-2", new byte[] {2});
            for (int use = 0; use < 12; use++) {
                Map<String, SubjectKeyStore.Entry> known = keys.entries(List.of("household:HN-1", "household:HN-2",
                        "household:HN-3"));
                assertThat(known).containsOnlyKeys("household:HN-2");
            }
            assertThat(keys.wrappedKey("household:HN-2")).isPresent();
            for (int use = 0; use < 12; use++) {
                keys.wrappedKey("household:HN-2"); // one subject: planned on the index either way, and prepared
            }
            StringBuilder prepared = new StringBuilder();
            try (Connection one = twoConnections.getConnection(); Connection other = twoConnections.getConnection()) {
                for (Connection session : List.of(one, other)) {
                    try (PreparedStatement statement = session.prepareStatement(
                            "SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%subject_key%'");
                            ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            prepared.append(rows.getString(1)).append('\n');
                        }
                    }
                }
            }
            // the look-up of one subject shows that these sessions do prepare statements on the server
            assertThat(prepared.toString()).contains("WHERE subject = $1").doesNotContain(" IN (");
        } finally {
            twoConnections.dispose();
            Databases.POSTGRESQL.close(dataSource);
        }
    }
}
