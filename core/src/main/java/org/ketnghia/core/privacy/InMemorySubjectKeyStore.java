package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;

/** A {@link SubjectKeyStore} in memory, for tests and for ledgers kept in memory. Thread-safe. */
public final class InMemorySubjectKeyStore implements SubjectKeyStore {

    /** By subject: the wrapped key, or an empty array once destroyed. */
    private final Map<String, byte[]> keys = new HashMap<>();

    @Override
    public synchronized Optional<byte[]> wrappedKey(String subject) {
        byte[] key = keys.get(requireNonNull(subject, "subject"));
        return key == null || key.length == 0 ? Optional.empty() : Optional.of(key.clone());
    }

    /** One look-up under the lock, rather than the default's two: the ledger asks it for every new subject. */
    @Override
    public synchronized Optional<Entry> entry(String subject) {
        byte[] key = keys.get(requireNonNull(subject, "subject"));
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry(subject, key.length == 0 ? Optional.empty() : Optional.of(key.clone())));
    }

    @Override
    public synchronized byte[] putIfAbsent(String subject, byte[] wrapped) {
        requireNonNull(subject, "subject");
        requireNonNull(wrapped, "wrapped");
        byte[] kept = keys.get(subject);
        if (kept != null && kept.length == 0) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED, "subject", subject);
        }
        if (kept == null) {
            kept = wrapped.clone();
            keys.put(subject, kept);
        }
        return kept.clone();
    }

    /** The whole batch under the lock once, rather than the default's once per key: a new household brings one. */
    @Override
    public synchronized Map<String, Optional<byte[]>> putAllIfAbsent(Map<String, byte[]> wrapped) {
        requireNonNull(wrapped, "wrapped");
        if (wrapped.size() == 1) {
            Map.Entry<String, byte[]> only = wrapped.entrySet().iterator().next();
            return Map.of(only.getKey(), keptAfterPut(only.getKey(), only.getValue()));
        }
        Map<String, Optional<byte[]>> kept = new LinkedHashMap<>();
        wrapped.forEach((subject, key) -> kept.put(subject, keptAfterPut(subject, key)));
        return Collections.unmodifiableMap(kept);
    }

    /** {@link #putIfAbsent}'s answer, empty where it refuses an erased subject; the caller holds the lock. */
    private Optional<byte[]> keptAfterPut(String subject, byte[] wrapped) {
        requireNonNull(subject, "subject");
        requireNonNull(wrapped, "wrapped");
        byte[] kept = keys.get(subject);
        if (kept != null && kept.length == 0) {
            return Optional.empty();
        }
        if (kept == null) {
            kept = wrapped.clone();
            keys.put(subject, kept);
        }
        return Optional.of(kept.clone());
    }

    @Override
    public synchronized boolean destroy(String subject) {
        byte[] kept = keys.put(requireNonNull(subject, "subject"), new byte[0]);
        return kept != null && kept.length > 0;
    }

    @Override
    public synchronized boolean isDestroyed(String subject) {
        byte[] kept = keys.get(requireNonNull(subject, "subject"));
        return kept != null && kept.length == 0;
    }

    @Override
    public synchronized List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(keys.size());
        keys.forEach((subject, key) -> entries.add(
                new Entry(subject, key.length == 0 ? Optional.empty() : Optional.of(key.clone()))));
        entries.sort(Comparator.comparing(Entry::subject));
        return List.copyOf(entries);
    }

    @Override
    public synchronized void restore(Entry entry) {
        requireNonNull(entry, "entry");
        if (entry.erased()) {
            keys.put(entry.subject(), new byte[0]);
        } else if (!isDestroyed(entry.subject())) {
            keys.put(entry.subject(), entry.wrappedKey().get().clone());
        }
    }
}
