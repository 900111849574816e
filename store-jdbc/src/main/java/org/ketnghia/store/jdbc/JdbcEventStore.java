package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.json.JsonBatch;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.LedgerErrorCode;

/**
 * A durable {@link EventStore} over JDBC: embedded H2 by default ({@link JdbcStores#h2}),
 * PostgreSQL in production ({@link JdbcStores#postgres}), the same code for both.
 *
 * <p>Each event is one row of {@code ledger_event} holding its envelope as JSON (exactly as it
 * was written, so a backup restores byte for byte), its type id, unit, dates and hashes. A batch is
 * appended in one transaction, which also writes the new keys of the data subjects whose personal fields the batch
 * encrypts when they are kept in this database ({@link JdbcSubjectKeyStore} over the same data source). Concurrency
 * is optimistic: the primary key on {@code sequence}
 * makes a second writer of the same sequence fail, and that failure — like a last sequence that
 * is not the one the caller expected — is reported as {@link
 * LedgerErrorCode#LEDGER_CONCURRENT_APPEND}; no lock is held between calls. The schema is created
 * and migrated by Flyway when the store is opened. The row keeps the envelope's hash beside the JSON
 * (read on every append) but not its previous hash, and carries no secondary index: nothing reads
 * by unit or type, and every index page rewritten on a commit is disk written (migration V2).
 *
 * <p>Over embedded H2 ({@link JdbcStores#h2}) the store keeps the file proportional to its data
 * while it records and shuts the database down with compaction when the last store over it in this
 * process {@linkplain #close() closes}, so that no lock file stays behind; see {@link EmbeddedH2}.
 *
 * <p>Thread-safe; several processes may share one database.
 */
public final class JdbcEventStore implements EventStore {

    private static final String INSERT = "INSERT INTO ledger_event (sequence, occurred_on, recorded_at, actor_id, "
            + "unit_code, type_id, envelope_json, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    /**
     * The last event. {@code LIMIT 1} is what lets PostgreSQL's planner read it from the primary key's index:
     * a row limit set only on the statement ({@code setMaxRows}) is unknown to the planner, which then sorts
     * the whole table on every append.
     */
    static final String LAST = "SELECT sequence, hash FROM ledger_event ORDER BY sequence DESC LIMIT 1";
    private static final String HASH_AT = "SELECT hash FROM ledger_event WHERE sequence = ?";
    private static final String FROM = "SELECT sequence, envelope_json FROM ledger_event WHERE sequence >= ? AND sequence <= ? "
            + "ORDER BY sequence";
    private static final int FETCH_SIZE = 1_000;
    /** Rows decoded at once, on every core. */
    private static final int DECODE_BATCH = 8_192;

    private final DataSource dataSource;
    private final EventCodec codec;
    private final DatabaseUse use;
    private final AtomicLong commits = new AtomicLong();

    private JdbcEventStore(DataSource dataSource, EventCodec codec, DatabaseUse use) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.use = use;
    }

    /**
     * Opens the store in {@code dataSource}, creating or migrating its schema.
     *
     * @param dataSource the database
     * @param codec reads and writes events; its mapper must know every event type
     * @throws KetnghiaException {@link StoreErrorCode#STORE_UNAVAILABLE} if the database cannot be reached
     */
    public static JdbcEventStore open(DataSource dataSource, EventCodec codec) {
        requireNonNull(dataSource, "dataSource");
        requireNonNull(codec, "codec");
        try {
            return new JdbcEventStore(dataSource, codec, DatabaseUse.begin(dataSource));
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /**
     * Opens the store like {@link #open} and then checks its whole hash chain, so that a host
     * never starts on an altered record.
     *
     * @throws KetnghiaException {@link StoreErrorCode#STORE_CHAIN_BROKEN} naming the first bad
     *     sequence and what is wrong with it
     */
    public static JdbcEventStore openVerified(DataSource dataSource, EventCodec codec, EventChain chain) {
        requireNonNull(chain, "chain");
        JdbcEventStore store = open(dataSource, codec);
        try {
            chain.verify(store).firstBreak().ifPresent(broken -> {
                throw KetnghiaException.of(StoreErrorCode.STORE_CHAIN_BROKEN, "sequence", broken.sequence(),
                        broken.kind() + ": " + broken.detail());
            });
        } catch (RuntimeException e) {
            store.closeQuietly();
            throw e;
        }
        return store;
    }

    @Override
    public long lastSequence() {
        return last().sequence();
    }

    @Override
    public String lastHash() {
        return last().hash();
    }

    @Override
    public java.util.Optional<String> hashAt(long sequence) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(HASH_AT)) {
            statement.setLong(1, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? java.util.Optional.of(rows.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void append(long expectedLastSequence, List<EventEnvelope> batch) {
        requireNonNull(batch, "batch");
        if (batch.isEmpty()) {
            return;
        }
        append(expectedLastSequence, batch, connection -> null);
    }

    /**
     * Appends {@code batch} as {@link #append(long, List)} does, in a transaction that first does {@code first} on
     * its connection (writing the keys of the data subjects the events need: {@link
     * JdbcSubjectKeyStore#appendingWith}), so that both are committed at once, or neither. A failure of {@code
     * first} rolls back the transaction and is thrown as it is (an {@link SQLException} as {@link
     * StoreErrorCode#STORE_UNAVAILABLE}, never as a concurrent append); {@code first} must not commit, nor carry on
     * after a failed statement (which fails a PostgreSQL transaction) unless it rolled back to a savepoint.
     *
     * @return what {@code first} returned
     */
    <T> T append(long expectedLastSequence, List<EventEnvelope> batch, InAppend<T> first) {
        requireNonNull(batch, "batch");
        requireNonNull(first, "first");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            T done;
            try {
                try {
                    done = first.run(connection);
                } catch (SQLException firstFailed) {
                    throw unavailable(firstFailed); // never taken for a concurrent append of events
                }
                Last last = last(connection);
                if (last.sequence() != expectedLastSequence) {
                    throw concurrent(expectedLastSequence, last.sequence(), null);
                }
                EventChain.checkContinues(last.sequence(), last.hash(), batch);
                insert(connection, batch);
                connection.commit();
                if (use.isEmbedded() && commits.incrementAndGet() % EmbeddedH2.COMMITS_BETWEEN_COMPACTIONS == 0) {
                    compactQuietly(connection);
                }
            } catch (SQLException e) {
                rollback(connection);
                if (isUniqueViolation(e)) {
                    throw concurrent(expectedLastSequence, lastSequence(), e);
                }
                throw unavailable(e);
            } catch (RuntimeException e) {
                rollback(connection);
                throw e;
            }
            return done;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Work an append does in its transaction before it inserts the events. */
    @FunctionalInterface
    interface InAppend<T> {
        /** Does the work on {@code connection}, in the append's transaction. */
        T run(Connection connection) throws SQLException;
    }

    /** Whether this store keeps its events in {@code other}, the very data source it was opened on. */
    boolean storesIn(DataSource other) {
        return dataSource == other;
    }

    /**
     * Passes every event from {@code fromSequence} on, in order. Rows are decoded in batches on every
     * core ({@link JsonBatch}); the consumer still sees them one by one on the calling thread, and a
     * bad row fails only after every row before it has been passed, as if decoded one by one.
     */
    @Override
    public void forEach(long fromSequence, Consumer<? super EventEnvelope> consumer) {
        requireNonNull(consumer, "consumer");
        List<Long> sequences = new ArrayList<>(DECODE_BATCH);
        List<String> rows = new ArrayList<>(DECODE_BATCH);
        forEachRow(fromSequence, (sequence, json) -> {
            sequences.add(sequence);
            rows.add(json);
            if (rows.size() == DECODE_BATCH) {
                decodeInto(sequences, rows, consumer);
            }
        });
        decodeInto(sequences, rows, consumer);
    }

    /** Decodes a batch on every core, then passes it in order; empties the batch. */
    private void decodeInto(List<Long> sequences, List<String> rows, Consumer<? super EventEnvelope> consumer) {
        JsonBatch.forEachInOrder(rows.size(), index -> decode(sequences.get(index), rows.get(index)), consumer);
        sequences.clear();
        rows.clear();
    }

    /**
     * Rewrites half-empty parts of an embedded H2 file; the batch is committed already, so a failure here
     * must not fail the append: the next compaction or the compaction on close will do the work.
     */
    private static void compactQuietly(Connection connection) {
        try {
            EmbeddedH2.compact(connection);
        } catch (SQLException | RuntimeException e) {
            // housekeeping only: the file stays larger until the next compaction
        }
    }

    /**
     * Releases the store. Over embedded H2, when this is the last open store over the database in this
     * process and this process holds the database (it is not a client of another process's auto-server),
     * the database is shut down with {@code SHUTDOWN COMPACT}: its file is rewritten to its live data and
     * its lock file removed. Several runtimes recording into one database each open their own store, and
     * the database stays open until the last of them closes. Over the PostgreSQL pool of {@link
     * JdbcStores#postgres}, the last store over it closes the pool. Closing twice does nothing the second time.
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

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            // closing after a failure: the failure is what the caller needs
        }
    }

    /**
     * Passes every stored row's envelope JSON, exactly as stored, with its sequence — for backups.
     */
    public void forEachRow(long fromSequence, RowConsumer consumer) {
        forEachRow(fromSequence, Long.MAX_VALUE, consumer);
    }

    /**
     * Passes the envelope JSON of every stored row from {@code fromSequence} to {@code toSequence} (both
     * included), exactly as stored, with its sequence, in order — for backups that end at a sequence fixed
     * beforehand while writers keep recording.
     */
    public void forEachRow(long fromSequence, long toSequence, RowConsumer consumer) {
        requireNonNull(consumer, "consumer");
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams with a fetch size only inside a transaction
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(FROM)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setLong(1, fromSequence);
                statement.setLong(2, toSequence);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(rows.getLong(1), rows.getString(2));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Receives one stored row. */
    @FunctionalInterface
    public interface RowConsumer {
        /** Receives the sequence and the envelope JSON of one row. */
        void accept(long sequence, String envelopeJson);
    }

    private EventEnvelope decode(long sequence, String json) {
        try {
            EventEnvelope event = codec.read(json);
            if (event.sequence() != sequence) {
                throw KetnghiaException.of(StoreErrorCode.STORE_BAD_ROW, "sequence", sequence,
                        "its JSON says sequence " + event.sequence());
            }
            return event;
        } catch (KetnghiaException e) {
            if (e.has(StoreErrorCode.STORE_BAD_ROW) || e.has(PrivacyErrorCode.PRIVACY_KEYS_NOT_GIVEN)
                    || e.has(PrivacyErrorCode.PRIVACY_MASTER_KEY_WRONG) || e.has(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE)) {
                throw e; // the row is sound: the host gave no keys, or the wrong ones
            }
            Problem cause = e.problems().get(0);
            throw new KetnghiaException(List.of(Problem.of(StoreErrorCode.STORE_BAD_ROW, "sequence", sequence,
                    cause.code().name() + ": " + cause.messageEn()), cause), e);
        }
    }

    private void insert(Connection connection, List<EventEnvelope> batch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (EventEnvelope event : batch) {
                statement.setLong(1, event.sequence());
                statement.setDate(2, Date.valueOf(event.occurredOn()));
                statement.setString(3, event.recordedAt().toString());
                statement.setString(4, event.actor().id());
                statement.setString(5, event.unitCode());
                statement.setString(6, event.typeId());
                statement.setString(7, codec.write(event));
                statement.setString(8, event.hash());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private Last last() {
        try (Connection connection = dataSource.getConnection()) {
            return last(connection);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static Last last(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LAST)) {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new Last(rows.getLong(1), rows.getString(2)) : new Last(0, EventChain.GENESIS_HASH);
            }
        }
    }

    /** Whether {@code e} (or an exception chained to it) is a unique or integrity violation. */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException current = e; current != null; current = current.getNextException()) {
            // 23505: unique_violation (PostgreSQL, H2); 23000: integrity constraint (some drivers)
            if ("23505".equals(current.getSQLState()) || "23000".equals(current.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && cause != e && isUniqueViolation(cause);
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; the transaction is discarded either way
        }
    }

    private static KetnghiaException concurrent(long expected, long actual, Throwable cause) {
        return new KetnghiaException(List.of(Problem.of(LedgerErrorCode.LEDGER_CONCURRENT_APPEND, "expectedLastSequence",
                expected, actual)), cause);
    }

    private static KetnghiaException unavailable(Exception e) {
        return new KetnghiaException(List.of(Problem.of(StoreErrorCode.STORE_UNAVAILABLE, "", e.getMessage())), e);
    }

    private record Last(long sequence, String hash) {
    }
}
