package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.core.privacy.AccessLogEntry;
import org.ketnghia.core.privacy.AccessLogStore;
import org.ketnghia.core.privacy.PrivacyErrorCode;

/**
 * An {@link AccessLogStore} in its own table, {@code access_log} (migration V5), of the ledger's database: the log of
 * who read whose personal data kept with the ledger (H2 or PostgreSQL) rather than in a file beside it. Use it as
 * {@code AccessLog.storedIn(JdbcAccessLogStore.open(dataSource))}.
 *
 * <p>Several processes may append to one database. An entry is kept in one transaction that reads the last row and
 * inserts the entry only if it continues it; the primary key on {@code sequence} and the unique {@code
 * previous_hash} make the second of two writers continuing the same entry fail even when both read the same last
 * row, and that failure is answered {@code false}, so {@link AccessLog#append} chains the read again to the entry the
 * other writer kept. The chain never forks; rows are only inserted, never updated.
 *
 * <p>Over embedded H2 and over the PostgreSQL pool of {@link JdbcStores}, the store counts as a user of the database
 * as the other stores do: {@link #close()} it when done. Thread-safe.
 */
public final class JdbcAccessLogStore implements AccessLogStore {

    private static final String COLUMNS = "sequence, read_at, actor_id, role, unit_code, subject, purpose, "
            + "previous_hash, hash";
    /** The last row; {@code LIMIT 1} lets PostgreSQL read it from the primary key's index (see {@link JdbcEventStore#LAST}). */
    private static final String LAST = "SELECT " + COLUMNS + " FROM access_log ORDER BY sequence DESC LIMIT 1";
    private static final String ALL = "SELECT " + COLUMNS + " FROM access_log ORDER BY sequence";
    private static final String INSERT = "INSERT INTO access_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final DatabaseUse use;

    private JdbcAccessLogStore(DataSource dataSource, DatabaseUse use) {
        this.dataSource = dataSource;
        this.use = use;
    }

    /**
     * Opens the access log in {@code dataSource}, creating or migrating the schema (the same migrations as {@link
     * JdbcEventStore#open}: a database of an earlier version gains the empty table).
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_UNAVAILABLE} if the database cannot be
     *     reached or migrated
     */
    public static JdbcAccessLogStore open(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        try {
            return new JdbcAccessLogStore(dataSource, DatabaseUse.begin(dataSource));
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<AccessLogEntry> last() {
        try (Connection connection = dataSource.getConnection()) {
            return last(connection);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * Reads the last row and inserts {@code entry} after it in one transaction, if {@code entry} continues it.
     *
     * @return false, keeping nothing, when it does not continue the last row, or when another writer kept an entry
     *     with its sequence or its previous hash first (a unique violation or a transaction conflict)
     */
    @Override
    public boolean appendIfNext(AccessLogEntry entry) {
        requireNonNull(entry, "entry");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (!entry.isNextAfter(last(connection))) {
                    connection.rollback();
                    return false;
                }
                insert(connection, entry);
                connection.commit();
                return true;
            } catch (SQLException e) {
                rollback(connection);
                if (anotherWriterWasFirst(e)) {
                    return false;
                }
                throw e;
            } catch (RuntimeException e) {
                rollback(connection);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public List<AccessLogEntry> entries() {
        List<AccessLogEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement statement = connection.prepareStatement(ALL)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return List.copyOf(entries);
    }

    /** Releases the store's use of the database (see {@link JdbcEventStore#close()}); the second call does nothing. */
    @Override
    public void close() {
        try {
            use.release();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static Optional<AccessLogEntry> last(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LAST);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
        }
    }

    private static void insert(Connection connection, AccessLogEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setLong(1, entry.sequence());
            statement.setString(2, entry.readAt().toString());
            statement.setString(3, entry.actorId());
            statement.setString(4, entry.role());
            statement.setString(5, entry.unitCode());
            statement.setString(6, entry.subject());
            statement.setString(7, entry.purpose());
            statement.setString(8, entry.previousHash());
            statement.setString(9, entry.hash());
            statement.executeUpdate();
        }
    }

    private static AccessLogEntry entry(ResultSet rows) throws SQLException {
        long sequence = rows.getLong(1);
        Instant readAt;
        try {
            readAt = Instant.parse(rows.getString(2));
        } catch (DateTimeParseException e) {
            throw new SQLException("access_log row " + sequence + ": read_at \"" + rows.getString(2)
                    + "\" is not an ISO-8601 instant", e);
        }
        return new AccessLogEntry(sequence, readAt, rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9));
    }

    /**
     * Whether the insert failed because another writer kept the next entry first: a unique violation (the sequence or
     * the previous hash is taken), or a transaction conflict ({@code 40001} serialization failure; H2's {@code 90131}
     * concurrent update).
     */
    private static boolean anotherWriterWasFirst(SQLException e) {
        if (JdbcEventStore.isUniqueViolation(e)) {
            return true;
        }
        for (Throwable current = e; current != null; current = current.getCause()) {
            if (current instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || "90131".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; the transaction is discarded either way
        }
    }

    private static KetnghiaException unavailable(Exception e) {
        return new KetnghiaException(List.of(Problem.of(PrivacyErrorCode.PRIVACY_ACCESS_LOG_UNAVAILABLE, "accessLog",
                e.getMessage())), e);
    }
}
