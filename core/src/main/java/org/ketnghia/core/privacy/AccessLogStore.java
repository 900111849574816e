package org.ketnghia.core.privacy;

import java.util.List;
import java.util.Optional;

/**
 * Where the {@link AccessLog} keeps its entries (nơi lưu nhật ký truy cập dữ liệu cá nhân): in memory ({@link
 * InMemoryAccessLogStore}), in a JSON Lines file ({@link JsonLinesAccessLogStore}) or, in {@code
 * ketnghia-store-jdbc}, in a table of the ledger's database that several processes may append to. The log makes each
 * entry and its hash; the store only keeps entries, and keeps one only when it continues the last one it holds, so
 * that however many writers share a store its chain never forks.
 *
 * <p>Implementations must be thread-safe. Every method may throw {@link org.ketnghia.core.error.KetnghiaException}
 * with {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_UNAVAILABLE} (the file store throws {@link
 * java.io.UncheckedIOException}, as the log always has).
 */
public interface AccessLogStore extends AutoCloseable {

    /** The last entry kept, or empty when the log is empty. */
    Optional<AccessLogEntry> last();

    /**
     * Keeps {@code entry} if it is the next one ({@link AccessLogEntry#isNextAfter}: its sequence one more than the
     * last entry kept, its previous hash that entry's hash; sequence 1 and 64 zeros when the log is empty), durably
     * before returning, atomically with that check.
     *
     * @return true when kept; false, keeping nothing, when it is not the next one, as when another writer appended
     *     since {@link #last()} was read (the log then reads the last entry again and retries)
     */
    boolean appendIfNext(AccessLogEntry entry);

    /** Every entry kept, in sequence order; immutable. */
    List<AccessLogEntry> entries();

    /** Releases what the store holds open; the default does nothing. The log never closes its store: its opener does. */
    @Override
    default void close() {
    }
}
