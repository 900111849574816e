package org.ketnghia.store.jdbc;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.postgres.PostgresServer;

/** The databases every store test runs against, and runtimes over them. */
enum Databases {
    H2,
    POSTGRESQL;

    /** The PostgreSQL pools handed out by {@link #fresh} and not yet closed. */
    private static final java.util.List<PostgresPool> POOLS = new java.util.ArrayList<>();

    /** Both databases, named for the test report. */
    static Stream<Named<Databases>> both() {
        return Stream.of(Named.of("H2", H2), Named.of("PostgreSQL", POSTGRESQL));
    }

    /**
     * A fresh empty database; PostgreSQL tests are skipped with a visible reason where no server can start. The
     * PostgreSQL data source is the pool {@link JdbcStores#postgres} returns; the idle connections of the pools
     * handed out before are closed first (a pool opens again if used), so that the tests' many databases do not
     * use up the server's connections.
     */
    DataSource fresh(Path directory) throws Exception {
        if (this == H2) {
            return JdbcStores.h2(directory);
        }
        PostgresServer server = PostgresServer.get().orElse(null);
        Assumptions.assumeTrue(server != null, () -> "PostgreSQL unavailable: " + PostgresServer.unavailableReason());
        synchronized (POOLS) {
            POOLS.forEach(PostgresPool::closeConnections);
            POOLS.clear();
            PostgresPool pool = (PostgresPool) JdbcStores.postgres(server.newDatabaseUrl(), PostgresServer.USER, "");
            POOLS.add(pool);
            return pool;
        }
    }

    /** The JDBC URL of a PostgreSQL database from {@link #fresh}, for a writer in another process. */
    static String postgresUrl(DataSource dataSource) {
        return ((PostgresPool) dataSource).url();
    }

    /** Whether {@code dataSource} is a PostgreSQL database from {@link #fresh}. */
    static boolean isPostgres(DataSource dataSource) {
        return dataSource instanceof PostgresPool;
    }

    /**
     * Closes an H2 database this JVM opened (it stays open for the life of the process, {@code DB_CLOSE_DELAY=-1}),
     * so that its lock-file watchdog stops writing into a folder the test is about to delete; for PostgreSQL,
     * closes the pool's idle connections.
     */
    void close(DataSource dataSource) throws Exception {
        if (dataSource instanceof PostgresPool pool) {
            pool.closeConnections();
        }
        if (this == H2) {
            try (java.sql.Connection connection = dataSource.getConnection();
                    java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    /** A runtime with the demo model: its mapper knows the demo events. */
    static KetnghiaRuntime runtime(EventStore store) {
        return runtime(store, Fixtures.CLOCK);
    }

    static KetnghiaRuntime runtime(EventStore store, Clock clock) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).eventStore(store).clock(clock).build();
    }

    /** A codec that knows the demo events. */
    static EventCodec codec() {
        return new EventCodec(KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).clock(Fixtures.CLOCK).build().objectMapper());
    }
}
