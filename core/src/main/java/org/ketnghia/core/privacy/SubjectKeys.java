package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.privacy.internal.Aes;

/**
 * The data subjects' keys, unwrapped with the {@link MasterKey} from a {@link SubjectKeyStore} and kept in
 * memory while the ledger is open. A key is made the first time a subject's personal data is recorded, and
 * destroyed when the subject is erased ({@link #destroy}). Thread-safe.
 *
 * <p>A key made by {@link #forWriting} is pending: kept in memory only, until {@link #flushPending} writes every
 * pending key to the store in one batch (one transaction on a JDBC store). Whoever seals data with a key must flush
 * before the sealed data is made durable — the ledger does it right before each append, the snapshot store before
 * each write, the migration before each batch — so that no ciphertext is ever durable while its key is not, and a
 * burst of new households costs one write to the key store per group of events rather than one per household. A
 * pending key of a subject erased before the flush is never written: its data reads as erased.
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
            byte[] fresh = Aes.randomBytes(MasterKey.LENGTH);
            pending.put(subject, masterKey.wrap(subject, fresh));
            SecretKey key = new SecretKeySpec(fresh, "AES");
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
        flushing.lock();
        try {
            flush(true);
        } finally {
            flushing.unlock();
        }
    }

    /**
     * Writes the pending keys as {@link #flushPending} does, unless another flush is under way (then nothing): a
     * head start that the ledger's waiting submitters take while a group is being committed, so that the keys of
     * the next group are durable before its turn and its append pays one commit, not two. It never fails: keys
     * it cannot write (the store fails, or another writer made a subject's key first) stay pending as they were,
     * and the flush that must succeed, right before the append, writes them or fails the append.
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
            synchronized (pending) {
                pending.remove(subject, made.getValue());
                if (now.isEmpty()) {
                    cache.put(subject, NONE); // erased meanwhile
                } else if (!Arrays.equals(now.get(), made.getValue())) {
                    cache.remove(subject); // another writer's key: read it from the store next time
                    lost = subject;
                }
            }
        }
        if (lost != null) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED, "subjectKeyStore", lost,
                    "another writer made this subject's key first; record the command again");
        }
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
