package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.privacy.internal.DataKeys;

/**
 * The data subjects' keys, unwrapped with the {@link MasterKey} from a {@link SubjectKeyStore} and kept in
 * memory while the ledger is open. A key is made the first time a subject's personal data is recorded, and
 * destroyed when the subject is erased ({@link #destroy}). Thread-safe.
 *
 * <p>A key made by {@link #forWriting} is pending: kept in memory only, until {@link #flushPending} writes every
 * pending key to the store in one batch (one transaction on a JDBC store), or {@link #append} writes them with the
 * events sealed with them. Whoever seals data with a key must make it durable no later than the sealed data — the
 * ledger and the migration append through {@link #append}, the snapshot store flushes before each write — so that
 * no ciphertext is ever durable while its key is not, and a burst of new households costs one write to the key
 * store per group of events rather than one per household; none at all of its own when the key store shares the
 * event store's database ({@link SubjectKeyStore#appendingWith}). A pending key of a subject erased before it is
 * written is never written: its data reads as erased.
 */
public final class SubjectKeys {

    /** Stands for "no key" in the cache: the subject was erased. */
    private static final SecretKey NONE = new SecretKeySpec(new byte[1], "NONE");

    private final MasterKey masterKey;
    private final SubjectKeyStore store;
    private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();
    /** Keys made but not yet in the store, wrapped, by subject. */
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
    /** Held while pending keys are written: one flush at a time, so that a flush returns once its keys are durable. */
    private final java.util.concurrent.locks.ReentrantLock flushing = new java.util.concurrent.locks.ReentrantLock();

    private SubjectKeys(MasterKey masterKey, SubjectKeyStore store) {
        this.masterKey = masterKey;
        this.store = store;
    }

    /**
     * The keys of {@code store}, unwrapped with {@code masterKey}. Checks at once that the master key opens
     * a key of the store, if it holds one, so that a wrong master key fails when the ledger is opened.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_MASTER_KEY_WRONG}
     */
    public static SubjectKeys open(MasterKey masterKey, SubjectKeyStore store) {
        requireNonNull(masterKey, "masterKey");
        requireNonNull(store, "store");
        SubjectKeys keys = new SubjectKeys(masterKey, store);
        for (SubjectKeyStore.Entry entry : store.entries()) {
            if (!entry.erased()) {
                keys.forReading(entry.subject());
                break;
            }
        }
        return keys;
    }

    /** The store the keys are kept in. */
    public SubjectKeyStore store() {
        return store;
    }

    /**
     * The key to encrypt {@code subject}'s data with, made the first time and kept pending until {@link
     * #flushPending}.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_SUBJECT_ERASED} for an erased subject
     */
    public SecretKey forWriting(String subject) {
        Optional<SecretKey> known = forReading(subject);
        if (known.isPresent()) {
            return known.get();
        }
        if (cache.get(subject) == NONE) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED, "subject", subject);
        }
        return makePending(subject);
    }

    /** The key of {@code subject} from the cache or, when it has none, a new one, pending. */
    private SecretKey makePending(String subject) {
        synchronized (pending) { // two threads making the first key of one subject must agree on it
            SecretKey cached = cache.get(subject);
            if (cached != null) {
                if (cached == NONE) {
                    throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED, "subject", subject);
                }
                return cached;
            }
            SecretKey key = DataKeys.next();
            byte[] fresh = key.getEncoded();
            pending.put(subject, masterKey.wrap(subject, fresh));
            Arrays.fill(fresh, (byte) 0);
            cache.put(subject, key);
            return key;
        }
    }

    /**
     * Makes ready the keys of {@code subjects} for writing in one look-up in the store ({@link
     * SubjectKeyStore#entries(java.util.Collection)}) rather than one per subject: the keys it holds are unwrapped,
     * erased subjects noted, and for the others a key is made, pending, as {@link #forWriting} would.
     */
    public void prepare(java.util.Collection<String> subjects) {
        List<String> unknown = new java.util.ArrayList<>();
        for (String subject : subjects) {
            if (!cache.containsKey(requireNonNull(subject, "subject")) && !unknown.contains(subject)) {
                unknown.add(subject);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, SubjectKeyStore.Entry> known = store.entries(unknown);
        for (String subject : unknown) {
            SubjectKeyStore.Entry entry = known.get(subject);
            if (entry == null) {
                makePending(subject);
            } else if (entry.erased()) {
                cache.put(subject, NONE);
            } else {
                cache.putIfAbsent(subject, new SecretKeySpec(masterKey.unwrap(subject, entry.wrappedKey().get()), "AES"));
            }
        }
    }

    /** Whether keys made by {@link #forWriting} wait to be written to the store. */
    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /**
     * Writes every pending key to the store in one batch ({@link SubjectKeyStore#putAllIfAbsent}). Call it before
     * making durable anything sealed with them. A key whose subject was erased meanwhile is dropped (its data reads
     * as erased); a key another writer made first for the same subject is dropped too, and fails the flush, since
     * what was sealed with the one made here could not be read.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_KEYS_NOT_PERSISTED} when the store fails (the keys
     *     stay pending, so that the next flush writes them) or another writer made a subject's key first
     */
    public void flushPending() {
        if (pending.isEmpty()) {
            // nothing made that is not durable yet: a key leaves the pending ones only once its flush wrote it, so the
            // flush of another thread still under way leaves it here (and this one waits for that flush, below)
            return;
        }
        flushing.lock();
        try {
            flush(true);
        } finally {
            flushing.unlock();
        }
    }

    /**
     * Writes the pending keys as {@link #flushPending} does, unless another flush is under way (then nothing): a
     * head start that the ledger's waiting submitters take while a group is being committed, when the key store
     * keeps its keys apart from the events (not {@link #writesKeysInAppendsTo}), so that the keys of the next group
     * are durable before its turn and its append pays one commit, not two. It never fails: keys it cannot write
     * (the store fails, or another writer made a subject's key first) stay pending as they were, and the flush that
     * must succeed, in {@link #append} right before the events, writes them or fails the append.
     */
    public void flushPendingIfIdle() {
        if (pending.isEmpty() || !flushing.tryLock()) {
            return;
        }
        try {
            flush(false);
        } finally {
            flushing.unlock();
        }
    }

    private void flush(boolean mustSucceed) {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, byte[]> batch = new java.util.TreeMap<>(pending);
        Map<String, Optional<byte[]>> kept;
        try {
            kept = store.putAllIfAbsent(batch);
        } catch (RuntimeException failure) {
            if (!mustSucceed) {
                return; // still pending: the flush before the append tries again
            }
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED, "subjectKeyStore",
                    batch.keySet().iterator().next(), String.valueOf(failure.getMessage()));
        }
        String lost = null;
        for (Map.Entry<String, byte[]> made : batch.entrySet()) {
            String subject = made.getKey();
            Optional<byte[]> now = kept.getOrDefault(subject, Optional.empty());
            if (!mustSucceed && now.isPresent() && !Arrays.equals(now.get(), made.getValue())) {
                continue; // another writer's key: left pending, for the flush before the append to find and refuse
            }
            if (!settle(subject, made.getValue(), now)) {
                lost = subject;
            }
        }
        if (lost != null) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED, "subjectKeyStore", lost,
                    "another writer made this subject's key first; record the command again");
        }
    }

    /**
     * Takes the key {@code made} here for {@code subject} out of the pending ones, now that the store holds {@code
     * now} for the subject (empty: erased).
     *
     * @return false when the store holds another writer's key, which is read from the store next time
     */
    private boolean settle(String subject, byte[] made, Optional<byte[]> now) {
        synchronized (pending) {
            pending.remove(subject, made);
            if (now.isEmpty()) {
                cache.put(subject, NONE); // erased meanwhile
                return true;
            }
            if (!Arrays.equals(now.get(), made)) {
                cache.remove(subject); // another writer's key: read it from the store next time
                return false;
            }
            return true;
        }
    }

    /**
     * Appends {@code batch}, whose personal fields were sealed with these keys, to {@code events}, so that every key
     * pending now is durable no later than the events. When the key store can write in the event store's
     * transactions ({@link SubjectKeyStore#appendingWith}) the pending keys are written in the append itself, one
     * commit for both: if the append fails, they stay pending and go with the next one. Otherwise they are written
     * first, as {@link #flushPending} does, and the events appended after. Nothing for an empty batch.
     *
     * @throws KetnghiaException as {@link EventStore#append} (a concurrent append, a broken batch, the store
     *     unavailable; nothing is appended and the keys stay pending); {@link
     *     PrivacyErrorCode#PRIVACY_KEYS_NOT_PERSISTED} when the keys, written first, could not be written, or another
     *     writer made a subject's key first (nothing is appended; that subject's key is read from the store next
     *     time)
     */
    public void append(EventStore events, long expectedLastSequence, List<EventEnvelope> batch) {
        requireNonNull(events, "events");
        requireNonNull(batch, "batch");
        if (batch.isEmpty()) {
            return;
        }
        Optional<AppendWithKeys> together = store.appendingWith(events);
        if (together.isEmpty()) {
            flushPending();
            events.append(expectedLastSequence, batch);
            return;
        }
        flushing.lock(); // one write of pending keys at a time, as for a flush
        try {
            Map<String, byte[]> keys = new java.util.TreeMap<>(pending); // in subject order, as every writer inserts
            Set<String> erased;
            try {
                erased = together.get().append(expectedLastSequence, batch, Collections.unmodifiableMap(keys));
            } catch (KetnghiaException failure) {
                if (failure.has(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED)) {
                    settleKeysMadeElsewhere(keys, failure);
                }
                throw failure;
            }
            keys.forEach((subject, made) -> settle(subject, made,
                    erased.contains(subject) ? Optional.empty() : Optional.of(made)));
        } finally {
            flushing.unlock();
        }
    }

    /**
     * After an append that refused {@code keys} because a subject holds another key: settles, as a flush would, the
     * subjects the store now holds something for (another writer's key is read from the store next time), so that
     * the command recorded again seals with the key that is kept. Subjects the store knows nothing of stay pending.
     */
    private void settleKeysMadeElsewhere(Map<String, byte[]> keys, KetnghiaException failure) {
        Map<String, SubjectKeyStore.Entry> known;
        try {
            known = store.entries(keys.keySet());
        } catch (RuntimeException unreadable) {
            failure.addSuppressed(unreadable);
            return; // still pending: the next append refuses them again, or writes them
        }
        keys.forEach((subject, made) -> {
            SubjectKeyStore.Entry entry = known.get(subject);
            if (entry != null) {
                settle(subject, made, entry.wrappedKey());
            }
        });
    }

    /**
     * Whether {@link #append} writes the pending keys in the event store's own transaction: then writing them ahead
     * ({@link #flushPendingIfIdle}) only adds a commit.
     */
    public boolean writesKeysInAppendsTo(EventStore events) {
        return store.appendingWith(requireNonNull(events, "events")).isPresent();
    }

    /** The key of {@code subject}; empty when it has none or was erased. */
    public Optional<SecretKey> forReading(String subject) {
        requireNonNull(subject, "subject");
        SecretKey cached = cache.get(subject);
        if (cached != null) {
            return cached == NONE ? Optional.empty() : Optional.of(cached);
        }
        Optional<SubjectKeyStore.Entry> entry = store.entry(subject);
        if (entry.isEmpty() || entry.get().erased()) {
            if (entry.isPresent()) {
                cache.put(subject, NONE);
            }
            return Optional.empty();
        }
        SecretKey key = new SecretKeySpec(masterKey.unwrap(subject, entry.get().wrappedKey().get()), "AES");
        cache.put(subject, key);
        return Optional.of(key);
    }

    /** Whether {@code subject} was erased. */
    public boolean isErased(String subject) {
        return cache.get(subject) == NONE || store.isDestroyed(subject);
    }

    /**
     * Destroys the key of {@code subject} (crypto-shredding): its data can never be read again.
     *
     * @return whether a key was destroyed now
     */
    public boolean destroy(String subject) {
        boolean wasPending;
        synchronized (pending) {
            wasPending = pending.remove(subject) != null; // never to be written
            cache.put(subject, NONE);
        }
        boolean destroyed = store.destroy(subject);
        return destroyed || wasPending;
    }

    /** Every subject of the store, for backups; immutable. */
    public List<SubjectKeyStore.Entry> entries() {
        return store.entries();
    }
}
