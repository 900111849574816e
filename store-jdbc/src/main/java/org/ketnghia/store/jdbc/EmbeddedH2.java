package org.ketnghia.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * Keeps an embedded H2 database file proportional to its data, and closes the database when the
 * last store over it in this process closes.
 *
 * <p>Why this is needed: with {@code WRITE_DELAY=0} (every commit written before it returns, see
 * {@link JdbcStores#h2}) H2 runs no background writer, and the background writer is what rewrites
 * half-empty MVStore chunks. Every commit appends a chunk holding the pages it changed, and those
 * chunks stay in the file for good as soon as one of their pages is still live (the last version
 * of a full leaf, an index page): a ledger recorded one command per commit reached 24 KB of file
 * per event, 40 times its JSON. So the store does the writer's work itself: every {@value
 * #COMMITS_BETWEEN_COMPACTIONS} commits it asks the MVStore to rewrite the live pages of chunks
 * less than {@value #TARGET_FILL_PERCENT}% full (at most {@value #MAX_REWRITE_BYTES} bytes at a
 * time), which frees those chunks for reuse; and the last store to close shuts the database down
 * with {@code SHUTDOWN COMPACT}, which rewrites the file to its live data only.
 *
 * <p>Only a database that this process holds (an embedded session, not a client of another
 * process's auto-server) is compacted or shut down: the other process does that for its own. H2
 * offers no SQL command for compaction while the database is open, so this is the one place that
 * reaches into H2's engine ({@link SessionLocal}, {@link MVStore}); it uses the same MVStore
 * operation as H2's own background writer.
 *
 * <p>Thread-safe: the count of open stores per database is guarded by this class's lock, which is
 * also held while a database shuts down, so that a store opening at that moment waits and then
 * opens the database afresh.
 */
final class EmbeddedH2 {

    /** Commits between two compactions. */
    static final int COMMITS_BETWEEN_COMPACTIONS = 256;
    /** Chunks filled less than this are rewritten. */
    private static final int TARGET_FILL_PERCENT = 90;
    /** Bytes rewritten at most by one compaction, so that one append never waits long. */
    private static final int MAX_REWRITE_BYTES = 8 << 20;

    /** Open stores by database URL. */
    private static final Map<String, Integer> OPEN_STORES = new HashMap<>();

    private EmbeddedH2() {
    }

    /** A store over the database at {@code url} opened. */
    static void opened(String url) {
        synchronized (EmbeddedH2.class) {
            OPEN_STORES.merge(url, 1, Integer::sum);
        }
    }

    /**
     * A store over the database of {@code dataSource} closed: when it was the last one in this process
     * and this process holds the database, the database is shut down with compaction (which also
     * removes its lock file).
     *
     * @throws SQLException if the database could not be shut down
     */
    static void closed(H2DataSource dataSource) throws SQLException {
        synchronized (EmbeddedH2.class) {
            String url = dataSource.url();
            int left = OPEN_STORES.merge(url, -1, Integer::sum);
            if (left > 0) {
                return;
            }
            OPEN_STORES.remove(url);
            try (Connection connection = dataSource.getConnection()) {
                if (mvStore(connection).isPresent()) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SHUTDOWN COMPACT");
                    }
                }
            }
        }
    }

    /**
     * Rewrites the live pages of half-empty chunks of the database behind {@code connection}, if this
     * process holds it; nothing for a client of another process's server.
     */
    static void compact(Connection connection) throws SQLException {
        Optional<MVStore> store = mvStore(connection);
        if (store.isPresent() && !store.get().isClosed()) {
            store.get().compact(TARGET_FILL_PERCENT, MAX_REWRITE_BYTES);
        }
    }

    /** The file store of the database behind {@code connection} when this process holds it. */
    private static Optional<MVStore> mvStore(Connection connection) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)
                && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
            Store store = session.getDatabase().getStore();
            return store == null ? Optional.empty() : Optional.ofNullable(store.getMvStore());
        }
        return Optional.empty();
    }
}
