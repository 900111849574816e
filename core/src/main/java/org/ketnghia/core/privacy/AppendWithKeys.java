package org.ketnghia.core.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketnghia.core.ledger.EventEnvelope;

/**
 * An append of events that writes, in its own transaction, the data subjects' keys the events need (ghi khóa cùng
 * giao dịch với sự kiện): what a {@link SubjectKeyStore} offers ({@link SubjectKeyStore#appendingWith}) when it
 * keeps its keys in the same database as the event store, so that a group of events sealed with new keys costs one
 * commit rather than two (the keys, then the events). Both are stored or neither is.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface AppendWithKeys {

    /**
     * Appends {@code batch} as {@link org.ketnghia.core.ledger.EventStore#append} does and keeps each of {@code
     * wrappedKeys} as {@link SubjectKeyStore#putIfAbsent} does, in one transaction. A subject that already holds the
     * same key (written before, by a flush or an earlier attempt) is left as it is; an erased subject stays erased,
     * no key is ever written for it again.
     *
     * @param expectedLastSequence the last sequence the caller has seen
     * @param batch events numbered from {@code expectedLastSequence + 1}, chained
     * @param wrappedKeys by subject, the keys to keep, wrapped by the master key; may be empty
     * @return the subjects of {@code wrappedKeys} whose key was not written because they were erased; immutable
     * @throws org.ketnghia.core.error.KetnghiaException {@link PrivacyErrorCode#PRIVACY_KEYS_NOT_PERSISTED} when a
     *     subject holds another key (another writer made it first); as {@link
     *     org.ketnghia.core.ledger.EventStore#append} otherwise (a concurrent append, a broken batch, the database
     *     unavailable or refusing a row). Nothing is stored then: neither the events nor any of the keys.
     */
    Set<String> append(long expectedLastSequence, List<EventEnvelope> batch, Map<String, byte[]> wrappedKeys);
}
