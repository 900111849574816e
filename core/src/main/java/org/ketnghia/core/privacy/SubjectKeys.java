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
 */
public final class SubjectKeys {

    /** Stands for "no key" in the cache: the subject was erased. */
    private static final SecretKey NONE = new SecretKeySpec(new byte[1], "NONE");

    private final MasterKey masterKey;
    private final SubjectKeyStore store;
    private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();

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
     * The key to encrypt {@code subject}'s data with, made and stored the first time.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_SUBJECT_ERASED} for an erased subject
     */
    public SecretKey forWriting(String subject) {
        Optional<SecretKey> known = forReading(subject);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] fresh = Aes.randomBytes(MasterKey.LENGTH);
        byte[] wrapped = masterKey.wrap(subject, fresh);
        byte[] kept = store.putIfAbsent(subject, wrapped);
        // the store keeps the key made here unless another writer made one first: then that one is unwrapped
        SecretKey key = new SecretKeySpec(Arrays.equals(kept, wrapped) ? fresh : masterKey.unwrap(subject, kept), "AES");
        cache.put(subject, key);
        return key;
    }

    /** The key of {@code subject}; empty when it has none or was erased. */
    public Optional<SecretKey> forReading(String subject) {
        requireNonNull(subject, "subject");
        SecretKey cached = cache.get(subject);
        if (cached != null) {
            return cached == NONE ? Optional.empty() : Optional.of(cached);
        }
        Optional<byte[]> wrapped = store.wrappedKey(subject);
        if (wrapped.isEmpty()) {
            if (store.isDestroyed(subject)) {
                cache.put(subject, NONE);
            }
            return Optional.empty();
        }
        SecretKey key = new SecretKeySpec(masterKey.unwrap(subject, wrapped.get()), "AES");
        cache.put(subject, key);
        return Optional.of(key);
    }

    /** Whether {@code subject} was erased. */
    public boolean isErased(String subject) {
        return store.isDestroyed(subject);
    }

    /**
     * Destroys the key of {@code subject} (crypto-shredding): its data can never be read again.
     *
     * @return whether a key was destroyed now
     */
    public boolean destroy(String subject) {
        boolean destroyed = store.destroy(subject);
        cache.put(subject, NONE);
        return destroyed;
    }

    /** Every subject of the store, for backups; immutable. */
    public List<SubjectKeyStore.Entry> entries() {
        return store.entries();
    }
}
