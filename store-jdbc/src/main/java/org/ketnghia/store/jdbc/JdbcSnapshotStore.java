package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.ledger.SnapshotStore;

/**
 * A durable {@link SnapshotStore} over JDBC (H2 or PostgreSQL, beside the {@link JdbcEventStore} in the same
 * database): one row per snapshot in {@code ledger_snapshot} and one row per saved projection in {@code
 * ledger_snapshot_projection}, its state as JSON bytes. A snapshot is saved in one transaction, which also
 * deletes every snapshot but the last {@value #KEPT}, so the tables hold a few states however long the ledger
 * lives. Snapshots are not events: deleting the tables' rows loses nothing but opening time.
 *
 * <p>Over embedded H2 and over the PostgreSQL pool of {@link JdbcStores}, the store counts as a user of the
 * database as a {@link JdbcEventStore} does: {@link #close()} (which the runtime calls when it closes) lets
 * the last store over an embedded database shut it down with compaction, and the last store over a pool close
 * it.
 *
 * <p>Thread-safe; several processes may share one database.
 */
public final class JdbcSnapshotStore implements SnapshotStore {

    /** How many snapshots are kept: the latest and the ones just before it. */
    public static final int KEPT = 3;

    private static final String LATEST = "SELECT sequence, event_hash, saved_at FROM ledger_snapshot ORDER BY sequence DESC LIMIT 1";
    private static final String PROJECTIONS = "SELECT projection_type, fingerprint, state_json FROM ledger_snapshot_projection "
            + "WHERE sequence = ? ORDER BY entry_index";
    private static final String INSERT = "INSERT INTO ledger_snapshot (sequence, event_hash, saved_at) VALUES (?, ?, ?)";
    private static final String INSERT_PROJECTION = "INSERT INTO ledger_snapshot_projection (sequence, entry_index, "
            + "projection_type, fingerprint, state_json) VALUES (?, ?, ?, ?, ?)";
    private static final String DELETE_PROJECTIONS = "DELETE FROM ledger_snapshot_projection WHERE sequence = ?";
    private static final String DELETE = "DELETE FROM ledger_snapshot WHERE sequence = ?";
    private static final String DELETE_OLD_PROJECTIONS = "DELETE FROM ledger_snapshot_projection WHERE sequence < ?";
    private static final String DELETE_OLD = "DELETE FROM ledger_snapshot WHERE sequence < ?";

    private final DataSource dataSource;
    private final DatabaseUse use;

    private JdbcSnapshotStore(DataSource dataSource, DatabaseUse use) {
        this.dataSource = dataSource;
        this.use = use;
    }

    /**
     * Opens the store in {@code dataSource}, creating or migrating the schema (the same migrations as {@link
     * JdbcEventStore#open}).
     *
     * @throws KetnghiaException {@link StoreErrorCode#STORE_UNAVAILABLE} if the database cannot be reached
     */
    public static JdbcSnapshotStore open(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        try {
            return new JdbcSnapshotStore(dataSource, DatabaseUse.begin(dataSource));
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /**
     * Releases the store: the last store over an embedded H2 database in this process shuts it down with
     * compaction, the last store over the pool of {@link JdbcStores#postgres} closes the pool (see {@link
     * JdbcEventStore#close()}). Closing twice does nothing the second time.
     *
     * @throws KetnghiaException {@link StoreErrorCode#STORE_UNAVAILABLE} if the database could not be shut down
     */
    @Override
    public void close() {
        try {
            use.release();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void save(LedgerSnapshot snapshot) {
        requireNonNull(snapshot, "snapshot");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, DELETE_PROJECTIONS, snapshot.sequence());
                execute(connection, DELETE, snapshot.sequence());
                try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                    statement.setLong(1, snapshot.sequence());
                    statement.setString(2, snapshot.eventHash());
                    statement.setString(3, snapshot.savedAt().toString());
                    statement.executeUpdate();
                }
                try (PreparedStatement statement = connection.prepareStatement(INSERT_PROJECTION)) {
                    int index = 0;
                    for (ProjectionSnapshot projection : snapshot.projections()) {
                        statement.setLong(1, snapshot.sequence());
                        statement.setInt(2, index++);
                        statement.setString(3, projection.projectionType());
                        statement.setString(4, projection.fingerprint());
                        statement.setBinaryStream(5, projection.stateStream(), projection.stateBytes());
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
                Optional<Long> oldestKept = oldestKept(connection);
                if (oldestKept.isPresent()) {
                    execute(connection, DELETE_OLD_PROJECTIONS, oldestKept.get());
                    execute(connection, DELETE_OLD, oldestKept.get());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<LedgerSnapshot> latest() {
        try (Connection connection = dataSource.getConnection()) {
            long sequence;
            String eventHash;
            Instant savedAt;
            try (PreparedStatement statement = connection.prepareStatement(LATEST)) {
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    sequence = rows.getLong(1);
                    eventHash = rows.getString(2);
                    savedAt = Instant.parse(rows.getString(3));
                }
            }
            List<ProjectionSnapshot> projections = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(PROJECTIONS)) {
                statement.setLong(1, sequence);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        projections.add(ProjectionSnapshot.of(rows.getString(1), rows.getString(2), rows.getBytes(3)));
                    }
                }
            }
            return Optional.of(new LedgerSnapshot(sequence, eventHash, savedAt, projections));
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** How many snapshots the store holds. */
    public int size() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM ledger_snapshot");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The sequence of the {@value #KEPT}th latest snapshot, below which every snapshot is deleted. */
    private static Optional<Long> oldestKept(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT sequence FROM ledger_snapshot ORDER BY sequence DESC LIMIT " + KEPT)) {
            try (ResultSet rows = statement.executeQuery()) {
                long last = -1;
                int count = 0;
                while (rows.next()) {
                    last = rows.getLong(1);
                    count++;
                }
                return count < KEPT ? Optional.empty() : Optional.of(last);
            }
        }
    }

    private static void execute(Connection connection, String sql, long sequence) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, sequence);
            statement.executeUpdate();
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; the transaction is discarded either way
        }
    }

    private static KetnghiaException unavailable(Exception e) {
        return new KetnghiaException(List.of(Problem.of(StoreErrorCode.STORE_UNAVAILABLE, "", e.getMessage())), e);
    }
}
