package org.ketnghia.core.privacy;

import java.util.List;
import java.util.Optional;

/**
 * A key store in memory that a test extends to watch or change some of what a key store does: every method of
 * {@link SubjectKeyStore} that an implementation must write is passed on to an {@link InMemorySubjectKeyStore}, and
 * the defaults of the interface stay as they are, so that a subclass overrides only what it watches.
 */
abstract class InMemoryKeyStoreWrapper implements SubjectKeyStore {

    /** The keys themselves. */
    protected final InMemorySubjectKeyStore keys = new InMemorySubjectKeyStore();

    @Override
    public Optional<Entry> entry(String subject) {
        return keys.entry(subject);
    }

    @Override
    public Optional<byte[]> wrappedKey(String subject) {
        return keys.wrappedKey(subject);
    }

    @Override
    public byte[] putIfAbsent(String subject, byte[] wrapped) {
        return keys.putIfAbsent(subject, wrapped);
    }

    @Override
    public boolean destroy(String subject) {
        return keys.destroy(subject);
    }

    @Override
    public boolean isDestroyed(String subject) {
        return keys.isDestroyed(subject);
    }

    @Override
    public List<Entry> entries() {
        return keys.entries();
    }

    @Override
    public void restore(Entry entry) {
        keys.restore(entry);
    }
}
