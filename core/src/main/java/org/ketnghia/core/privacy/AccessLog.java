package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.util.Sha256;

/**
 * The hash-chained log of every read of personal data by a person: who, when, whose data, why. Its entries are kept
 * by an {@link AccessLogStore}: in memory ({@link #inMemory()}), appended to a JSON Lines file ({@link #inFile}: one
 * entry per line, written and flushed before the data is handed out), or in any other store, such as the database
 * table of {@code ketnghia-store-jdbc} ({@link #storedIn}). Each entry's hash is SHA-256 over the UTF-8 of its
 * sequence, time (ISO instant), actor id, role, unit, subject, purpose and the previous entry's hash, joined by
 * newlines, so that removing or altering an entry breaks the chain from there ({@link #verify()}).
 *
 * <p>An append reads the store's last entry, chains to it, and asks the store to keep the new entry only if it is
 * still the next one; when another writer on the same store appended first, it reads the last entry again and
 * retries. It retries as long as other writers' entries keep showing (each refusal then means another read was
 * recorded, so the log as a whole goes on), and gives up after {@value #MAX_ATTEMPTS} refusals in a row with no
 * newer entry in the store: a store that refuses the next entry without keeping another is broken. Thread-safe.
 */
public final class AccessLog {

    /**
     * How many refusals in a row, with no other writer's entry showing in the store, {@link #append} takes before it
     * gives up on the store.
     */
    public static final int MAX_ATTEMPTS = 100;

    private final AccessLogStore store;

    private AccessLog(AccessLogStore store) {
        this.store = store;
    }

    /** A log in memory. */
    public static AccessLog inMemory() {
        return new AccessLog(new InMemoryAccessLogStore());
    }

    /**
     * The log in {@code file} ({@link JsonLinesAccessLogStore}), created on the first entry; the entries already
     * there are read.
     *
     * @throws UncheckedIOException if the file exists and cannot be read
     */
    public static AccessLog inFile(Path file) {
        return new AccessLog(JsonLinesAccessLogStore.open(file));
    }

    /** The log kept by {@code store}; whoever opened the store closes it. */
    public static AccessLog storedIn(AccessLogStore store) {
        return new AccessLog(requireNonNull(store, "store"));
    }

    /**
     * Appends a read, chained to the last entry of the store, which keeps it before this returns.
     *
     * @return the entry appended
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_CONTENDED} when the store refused the
     *     entry {@value #MAX_ATTEMPTS} times in a row without a newer entry showing there; what the store throws when
     *     it cannot keep the entry
     */
    public synchronized AccessLogEntry append(Instant readAt, String actorId, String role, String unitCode,
            String subject, String purpose) {
        requireNonNull(readAt, "readAt");
        long lastRefused = -1;
        int refusedInARow = 0;
        while (true) {
            Optional<AccessLogEntry> last = store.last();
            long sequence = last.map(entry -> entry.sequence() + 1).orElse(1L);
            if (sequence > lastRefused) {
                // another writer's entries show: the log went on, so this is a race lost, not a stuck store
                refusedInARow = 0;
            }
            String previous = last.map(AccessLogEntry::hash).orElse(EventChain.GENESIS_HASH);
            AccessLogEntry entry = new AccessLogEntry(sequence, readAt, actorId, role, unitCode, subject, purpose,
                    previous, hashOf(sequence, readAt, actorId, role, unitCode, subject, purpose, previous));
            if (store.appendIfNext(entry)) {
                return entry;
            }
            lastRefused = sequence;
            if (++refusedInARow == MAX_ATTEMPTS) {
                throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CONTENDED, "accessLog", MAX_ATTEMPTS);
            }
            // let the writer that won run on, rather than race it again at once
            Thread.yield();
        }
    }

    /** Every entry, in order; immutable. */
    public List<AccessLogEntry> entries() {
        return store.entries();
    }

    /** The sequence of the first entry whose link or hash is wrong, or empty when the chain is whole. */
    public Optional<Long> verify() {
        return firstBreak(store.entries());
    }

    /** The sequence of the first entry of {@code entries} whose link or hash is wrong, or empty when the chain is whole. */
    static Optional<Long> firstBreak(List<AccessLogEntry> entries) {
        String previous = EventChain.GENESIS_HASH;
        for (int i = 0; i < entries.size(); i++) {
            AccessLogEntry entry = entries.get(i);
            if (entry.sequence() != i + 1 || !entry.previousHash().equals(previous)
                    || !entry.hash().equals(hashOf(entry.sequence(), entry.readAt(), entry.actorId(), entry.role(),
                            entry.unitCode(), entry.subject(), entry.purpose(), entry.previousHash()))) {
                return Optional.of((long) i + 1);
            }
            previous = entry.hash();
        }
        return Optional.empty();
    }

    /** The hash of an entry with these fields (see the class comment). */
    public static String hashOf(long sequence, Instant readAt, String actorId, String role, String unitCode,
            String subject, String purpose, String previousHash) {
        String text = String.join("\n", Long.toString(sequence), readAt.toString(), actorId, role, unitCode, subject,
                purpose, previousHash);
        return Sha256.hex(text);
    }
}
