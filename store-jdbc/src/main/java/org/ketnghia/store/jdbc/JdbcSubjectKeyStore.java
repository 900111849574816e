package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.privacy.AppendWithKeys;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.privacy.SubjectKeyStore;
import org.postgresql.PGStatement;

/**
 * A {@link SubjectKeyStore} in its own table, {@code subject_key} (migration V4), of the ledger's database
 * or of another one: each subject's key wrapped by the host's master key, and, once erased, no key and the
 * time of erasure. Opened on the same data source as the ledger's {@link JdbcEventStore}, it writes new keys in the
 * event store's append transactions ({@link #appendingWith}): a group of commands registering new households costs
 * one commit, not one for the keys and one for the events. Thread-safe.
 *
 * <p>Over embedded H2 a destroyed key may linger in free pages of the file until the database is compacted
 * (which the stores do on close); it stays wrapped by the master key meanwhile.
 */
public final class JdbcSubjectKeyStore implements SubjectKeyStore {

    private static final String SELECT = "SELECT wrapped_key, erased_at FROM subject_key WHERE subject = ?";
    /** Keeps one subject's wrapped key; {@link KeysWithEvents} writes with it too. */
    static final String INSERT = "INSERT INTO subject_key (subject, wrapped_key) VALUES (?, ?)";
    private static final String ERASE = "UPDATE subject_key SET wrapped_key = NULL, erased_at = ? WHERE subject = ?";
    private static final String INSERT_ERASED = "INSERT INTO subject_key (subject, erased_at) VALUES (?, ?)";
    private static final String ALL = "SELECT subject, wrapped_key FROM subject_key ORDER BY subject";

    /** Subjects looked up in one query by {@link #entries(java.util.Collection)}. */
    private static final int LOOK_UP_CHUNK = 500;

    private final DataSource dataSource;
    private final DatabaseUse use;
    private final Clock clock;

    private JdbcSubjectKeyStore(DataSource dataSource, DatabaseUse use, Clock clock) {
        this.dataSource = dataSource;
        this.use = use;
        this.clock = clock;
    }

    /**
     * Opens the key store in {@code dataSource}, creating or migrating the schema.
     *
     * @param clock gives the time of erasure
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_KEY_STORE_UNAVAILABLE}
     */
    public static JdbcSubjectKeyStore open(DataSource dataSource, Clock clock) {
        requireNonNull(dataSource, "dataSource");
        requireNonNull(clock, "clock");
        try {
            return new JdbcSubjectKeyStore(dataSource, DatabaseUse.begin(dataSource), clock);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<byte[]> wrappedKey(String subject) {
        return row(requireNonNull(subject, "subject")).flatMap(Row::wrappedKey);
    }

    /** One query. */
    @Override
    public Optional<Entry> entry(String subject) {
        return row(requireNonNull(subject, "subject")).map(row -> new Entry(subject, row.wrappedKey()));
    }

    /**
     * One query per {@value #LOOK_UP_CHUNK} subjects; a single subject (what a submitter waiting for its group looks
     * up) as {@link #entry}, with a statement the server keeps prepared.
     */
    @Override
    public Map<String, Entry> entries(java.util.Collection<String> subjects) {
        requireNonNull(subjects, "subjects");
        List<String> all = List.copyOf(subjects);
        if (all.size() == 1) {
            return entry(all.get(0)).map(entry -> Map.of(entry.subject(), entry)).orElse(Map.of());
        }
        Map<String, Entry> known = new java.util.HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += LOOK_UP_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOK_UP_CHUNK));
                String sql = "SELECT subject, wrapped_key FROM subject_key WHERE subject IN ("
                        + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    plannedForEachUse(statement);
                    for (int index = 0; index < chunk.size(); index++) {
                        statement.setString(index + 1, chunk.get(index));
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            known.put(rows.getString(1), new Entry(rows.getString(1), Optional.ofNullable(rows.getBytes(2))));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return Collections.unmodifiableMap(known);
    }

    @Override
    public byte[] putIfAbsent(String subject, byte[] wrapped) {
        requireNonNull(subject, "subject");
        requireNonNull(wrapped, "wrapped");
        Optional<Row> kept = row(subject);
        if (kept.isEmpty()) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setString(1, subject);
                statement.setBytes(2, wrapped);
                statement.executeUpdate();
                return wrapped.clone();
            } catch (SQLException e) {
                kept = row(subject); // another writer made the key first: use theirs
                if (kept.isEmpty()) {
                    throw unavailable(e);
                }
            }
        }
        if (kept.get().wrappedKey().isEmpty()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED, "subject", subject);
        }
        return kept.get().wrappedKey().get();
    }

    /**
     * Writes the keys in one transaction (one batch of inserts, one commit). When one of them was made meanwhile by
     * another writer, or erased, the transaction is rolled back and each key is kept one by one as {@link
     * #putIfAbsent} does.
     */
    @Override
    public Map<String, Optional<byte[]>> putAllIfAbsent(Map<String, byte[]> wrapped) {
        requireNonNull(wrapped, "wrapped");
        if (wrapped.isEmpty()) {
            return Map.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                insertAll(connection, wrapped);
                connection.commit();
                Map<String, Optional<byte[]>> kept = new LinkedHashMap<>();
                wrapped.forEach((subject, key) -> kept.put(subject, Optional.of(key.clone())));
                return Collections.unmodifiableMap(kept);
            } catch (SQLException conflict) {
                connection.rollback();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return SubjectKeyStore.super.putAllIfAbsent(wrapped); // some subject has a key or was erased: one by one
    }

    /**
     * Inserts every key of {@code wrapped} in one batch, in {@code connection}'s transaction.
     *
     * @throws SQLException when one of the subjects has a row already (a key, or its erasure), or the database fails
     */
    static void insertAll(Connection connection, Map<String, byte[]> wrapped) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (Map.Entry<String, byte[]> key : wrapped.entrySet()) {
                statement.setString(1, requireNonNull(key.getKey(), "subject"));
                statement.setBytes(2, requireNonNull(key.getValue(), "wrapped"));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Over a {@link JdbcEventStore} opened on the very data source this store was opened on: appends that write the
     * keys in the event store's transaction ({@link KeysWithEvents}), one commit for both; empty for any other store.
     */
    @Override
    public Optional<AppendWithKeys> appendingWith(EventStore events) {
        requireNonNull(events, "events");
        if (events instanceof JdbcEventStore jdbc && jdbc.storesIn(dataSource)) {
            return Optional.of(new KeysWithEvents(jdbc));
        }
        return Optional.empty();
    }

    @Override
    public boolean destroy(String subject) {
        requireNonNull(subject, "subject");
        Optional<Row> kept = row(subject);
        try (Connection connection = dataSource.getConnection()) {
            if (kept.isEmpty()) {
                try (PreparedStatement statement = connection.prepareStatement(INSERT_ERASED)) {
                    statement.setString(1, subject);
                    statement.setString(2, clock.instant().toString());
                    statement.executeUpdate();
                }
                return false;
            }
            if (kept.get().wrappedKey().isEmpty()) {
                return false;
            }
            try (PreparedStatement statement = connection.prepareStatement(ERASE)) {
                statement.setString(1, clock.instant().toString());
                statement.setString(2, subject);
                return statement.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean isDestroyed(String subject) {
        Optional<Row> kept = row(requireNonNull(subject, "subject"));
        return kept.isPresent() && kept.get().wrappedKey().isEmpty();
    }

    @Override
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(ALL);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.add(new Entry(rows.getString(1), Optional.ofNullable(rows.getBytes(2))));
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return List.copyOf(entries);
    }

    @Override
    public void restore(Entry entry) {
        requireNonNull(entry, "entry");
        if (entry.erased()) {
            destroy(entry.subject());
        } else if (!isDestroyed(entry.subject())) {
            putIfAbsent(entry.subject(), entry.wrappedKey().get());
        }
    }

    /** Releases the store's use of the database (see {@link JdbcEventStore#close()}). */
    @Override
    public void close() {
        try {
            use.release();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private Optional<Row> row(String subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, subject);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Row(Optional.ofNullable(rows.getBytes(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * Over PostgreSQL, has the look-up planned for each use, with its values and the table as it is then. The driver
     * prepares a statement on the server from its fifth use on, and the server soon keeps one generic plan for it:
     * made while the table was small, for an {@code IN} list of several subjects that plan scans the whole table,
     * and keeps scanning it as it grows (11 ms at 20,000 keys, on every group of commands the ledger records) where
     * the primary key's index answers in a few hundredths of a millisecond. A look-up of one subject ({@code =})
     * is planned on the index either way.
     */
    private static void plannedForEachUse(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0); // never prepared on the server
        }
    }

    private static KetnghiaException unavailable(Exception e) {
        return KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, "subjectKeyStore", e.getMessage());
    }

    private record Row(Optional<byte[]> wrappedKey) {
    }
}
