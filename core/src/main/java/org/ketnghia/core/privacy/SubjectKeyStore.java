package org.ketnghia.core.privacy;

import java.util.List;
import java.util.Optional;

/**
 * Where the data subjects' keys are kept, apart from the events (kho khóa): each key wrapped by the host's
 * {@link MasterKey}, so the store alone reveals nothing. A province plugs in its key-management service by
 * implementing this interface; the library offers {@link InMemorySubjectKeyStore} and, in {@code
 * ketnghia-store-jdbc}, a table of its own.
 *
 * <p>A destroyed key is gone for good: the store keeps only the fact that the subject was erased, so that
 * no new key is made for it. Implementations must be thread-safe; every method may throw {@link
 * org.ketnghia.core.error.KetnghiaException} with {@link PrivacyErrorCode#PRIVACY_KEY_STORE_UNAVAILABLE}.
 */
public interface SubjectKeyStore extends AutoCloseable {

    /** The wrapped key of {@code subject} ({@link DataSubject#key()}); empty when it has none or was erased. */
    Optional<byte[]> wrappedKey(String subject);

    /**
     * What the store knows of {@code subject} in one look-up: its entry (wrapped key, or erased), or empty when it
     * knows nothing of it. {@link SubjectKeys} asks this the first time it meets a subject; a store reached over
     * the network should answer it in one round trip. The default asks {@link #wrappedKey} and {@link #isDestroyed}.
     */
    default Optional<Entry> entry(String subject) {
        Optional<byte[]> wrapped = wrappedKey(subject);
        if (wrapped.isPresent()) {
            return Optional.of(new Entry(subject, wrapped));
        }
        return isDestroyed(subject) ? Optional.of(new Entry(subject, Optional.empty())) : Optional.empty();
    }

    /**
     * What the store knows of each of {@code subjects}, in one look-up where it can: the entries it holds, by
     * subject; subjects it knows nothing of are absent. The ledger asks this once for the new subjects of a group of
     * commands recorded together. The default asks {@link #entry} for each.
     */
    default java.util.Map<String, Entry> entries(java.util.Collection<String> subjects) {
        java.util.Map<String, Entry> known = new java.util.HashMap<>();
        for (String subject : subjects) {
            entry(subject).ifPresent(entry -> known.put(subject, entry));
        }
        return java.util.Collections.unmodifiableMap(known);
    }

    /**
     * Keeps {@code wrapped} as the key of {@code subject} unless it has one already, atomically.
     *
     * @return the key the store holds for the subject afterwards: {@code wrapped}, or the one kept before
     * @throws org.ketnghia.core.error.KetnghiaException {@link PrivacyErrorCode#PRIVACY_SUBJECT_ERASED} when the
     *     subject's key was destroyed
     */
    byte[] putIfAbsent(String subject, byte[] wrapped);

    /**
     * Keeps each of {@code wrapped} (by subject) as {@link #putIfAbsent} does, for many subjects at once: {@link
     * SubjectKeys} writes the keys it made since its last write this way, right before the events sealed with them
     * are appended. A store that can should write them in one transaction (one commit); the default writes them
     * one by one.
     *
     * @return for each subject, the key the store holds afterwards ({@code wrapped}'s, or the one kept before), or
     *     empty when the subject's key was destroyed
     * @throws org.ketnghia.core.error.KetnghiaException {@link PrivacyErrorCode#PRIVACY_KEY_STORE_UNAVAILABLE}
     */
    default java.util.Map<String, Optional<byte[]>> putAllIfAbsent(java.util.Map<String, byte[]> wrapped) {
        java.util.Map<String, Optional<byte[]>> kept = new java.util.LinkedHashMap<>();
        wrapped.forEach((subject, key) -> {
            try {
                kept.put(subject, Optional.of(putIfAbsent(subject, key)));
            } catch (org.ketnghia.core.error.KetnghiaException erased) {
                if (!erased.has(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED)) {
                    throw erased;
                }
                kept.put(subject, Optional.empty());
            }
        });
        return java.util.Collections.unmodifiableMap(kept);
    }

    /**
     * Destroys the key of {@code subject}, keeping the fact that it was erased; idempotent.
     *
     * @return whether a key was destroyed now
     */
    boolean destroy(String subject);

    /** Whether {@code subject}'s key was destroyed. */
    boolean isDestroyed(String subject);

    /** Every subject the store knows, with its wrapped key or, for an erased one, none; for backups. */
    List<Entry> entries();

    /**
     * Puts back an entry read from a backup: its wrapped key, or the fact that it was erased (which wins over
     * a key the store holds).
     */
    void restore(Entry entry);

    /**
     * How to append events to {@code events} together with keys of this store, in one transaction (one commit for
     * both), when this store keeps its keys in the database {@code events} keeps its events in: {@link SubjectKeys}
     * then writes the keys that events sealed with them need in the append itself. Empty, the default, when this
     * store cannot write in the event store's transactions (a store in memory, in another database, a province's
     * key-management service): the keys are then written first ({@link #putAllIfAbsent}) and the events appended
     * after.
     *
     * @param events the event store the sealed events go to
     */
    default Optional<AppendWithKeys> appendingWith(org.ketnghia.core.ledger.EventStore events) {
        return Optional.empty();
    }

    /** Releases what the store holds open; the default does nothing. */
    @Override
    default void close() {
    }

    /**
     * One subject in the store.
     *
     * @param subject the subject's {@link DataSubject#key()}
     * @param wrappedKey its key wrapped by the master key; empty when erased
     */
    record Entry(String subject, Optional<byte[]> wrappedKey) {

        /** Checks that no part is missing. */
        public Entry {
            java.util.Objects.requireNonNull(subject, "subject");
            java.util.Objects.requireNonNull(wrappedKey, "wrappedKey");
        }

        /** Whether the subject was erased. */
        public boolean erased() {
            return wrappedKey.isEmpty();
        }
    }
}
