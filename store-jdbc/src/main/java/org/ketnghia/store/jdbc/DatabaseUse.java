package org.ketnghia.store.jdbc;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One store's use of its database (<i>một kho dùng cơ sở dữ liệu</i>), shared by {@link JdbcEventStore},
 * {@link JdbcSnapshotStore}, {@link JdbcSubjectKeyStore} and {@link JdbcAccessLogStore}: it counts the store as a user of an embedded H2 database or of the PostgreSQL pool
 * of {@link JdbcStores#postgres}, migrates the schema once, and releases the use once, so that the last store
 * to close shuts the embedded database down with compaction or closes the pool.
 */
final class DatabaseUse {

    /** The embedded H2 database used, or null (PostgreSQL, another data source). */
    private final H2DataSource embedded;
    /** The pool of {@link JdbcStores#postgres} used, or null. */
    private final PostgresPool pooled;
    private final AtomicBoolean released = new AtomicBoolean();

    private DatabaseUse(DataSource dataSource) {
        this.embedded = dataSource instanceof H2DataSource h2 ? h2 : null;
        this.pooled = dataSource instanceof PostgresPool pool ? pool : null;
        if (embedded != null) {
            EmbeddedH2.opened(embedded.url());
        }
        if (pooled != null) {
            pooled.storeOpened();
        }
    }

    /**
     * Starts a store's use of {@code dataSource} and creates or migrates the schema; when the migration fails,
     * the use is released again (a failure to release is added to the migration's, which is thrown).
     */
    static DatabaseUse begin(DataSource dataSource) {
        DatabaseUse use = new DatabaseUse(dataSource);
        try {
            Flyway.configure(DatabaseUse.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/ketnghia/migration")
                    .table("ketnghia_schema_history")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            try {
                use.release();
            } catch (SQLException | RuntimeException releasing) {
                e.addSuppressed(releasing);
            }
            throw e;
        }
        return use;
    }

    /** Whether the database is embedded H2 (whose file the store compacts now and then). */
    boolean isEmbedded() {
        return embedded != null;
    }

    /** Ends the use; the second call does nothing. */
    void release() throws SQLException {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        if (pooled != null) {
            pooled.storeClosed();
        }
        if (embedded != null) {
            EmbeddedH2.closed(embedded);
        }
    }
}
