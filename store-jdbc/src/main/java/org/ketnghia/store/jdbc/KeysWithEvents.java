package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.privacy.AppendWithKeys;
import org.ketnghia.core.privacy.PrivacyErrorCode;

/**
 * Appends to a {@link JdbcEventStore} with the data subjects' keys written to {@code subject_key} of the same database
 * in the append's own transaction: one commit for a group of events and the new keys they need. The keys are
 * inserted first, in one batch; when one of the subjects already has a row (its key written before, by a flush or an
 * attempt that committed, another writer's key, or the fact that it was erased) the transaction is rolled back and
 * done again keeping the keys one by one, each behind a savepoint, as {@link JdbcSubjectKeyStore#putIfAbsent} would:
 * the same key is left as it is, an erased subject stays erased, another writer's key refuses the whole append.
 * Thread-safe.
 */
final class KeysWithEvents implements AppendWithKeys {

    private static final String SELECT = "SELECT wrapped_key FROM subject_key WHERE subject = ?";

    private final JdbcEventStore events;

    KeysWithEvents(JdbcEventStore events) {
        this.events = requireNonNull(events, "events");
    }

    @Override
    public Set<String> append(long expectedLastSequence, List<EventEnvelope> batch, Map<String, byte[]> wrappedKeys) {
        requireNonNull(batch, "batch");
        requireNonNull(wrappedKeys, "wrappedKeys");
        if (wrappedKeys.isEmpty()) {
            events.append(expectedLastSequence, batch);
            return Set.of();
        }
        try {
            return events.append(expectedLastSequence, batch, connection -> insertAll(connection, wrappedKeys));
        } catch (SubjectsKnown known) {
            // rolled back whole: again, with each key kept as putIfAbsent keeps it
            return events.append(expectedLastSequence, batch, connection -> keepEach(connection, wrappedKeys));
        }
    }

    /** The fast path: no subject has a row yet, the keys go in as one batch. */
    private static Set<String> insertAll(Connection connection, Map<String, byte[]> wrappedKeys) {
        try {
            JdbcSubjectKeyStore.insertAll(connection, wrappedKeys);
            return Set.of();
        } catch (SQLException taken) {
            throw new SubjectsKnown(taken);
        }
    }

    /**
     * Keeps each key unless its subject has a row: the subjects found erased are returned, another writer's key
     * refuses the append ({@link PrivacyErrorCode#PRIVACY_KEYS_NOT_PERSISTED}).
     */
    private static Set<String> keepEach(Connection connection, Map<String, byte[]> wrappedKeys) throws SQLException {
        Set<String> erased = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(JdbcSubjectKeyStore.INSERT)) {
            for (Map.Entry<String, byte[]> key : wrappedKeys.entrySet()) {
                String subject = key.getKey();
                // a failed statement fails a PostgreSQL transaction unless rolled back to a savepoint before it
                Savepoint beforeKey = connection.setSavepoint();
                try {
                    insert.setString(1, subject);
                    insert.setBytes(2, key.getValue());
                    insert.executeUpdate();
                    connection.releaseSavepoint(beforeKey);
                } catch (SQLException taken) {
                    connection.rollback(beforeKey);
                    Optional<Optional<byte[]>> row = row(connection, subject);
                    if (row.isEmpty()) {
                        throw taken; // no row in the way: the database failed
                    }
                    if (row.get().isEmpty()) {
                        erased.add(subject);
                    } else if (!Arrays.equals(row.get().get(), key.getValue())) {
                        throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED, "subjectKeyStore",
                                subject, "another writer made this subject's key first; record the command again");
                    }
                }
            }
        }
        return Set.copyOf(erased);
    }

    /** The subject's row as this transaction sees it: empty when none, its wrapped key (empty: erased) otherwise. */
    private static Optional<Optional<byte[]>> row(Connection connection, String subject) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, subject);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(Optional.ofNullable(rows.getBytes(1))) : Optional.empty();
            }
        }
    }

    /** Some subject of the batch has a row already: the fast path gives way to the key-by-key one. */
    private static final class SubjectsKnown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SubjectsKnown(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
