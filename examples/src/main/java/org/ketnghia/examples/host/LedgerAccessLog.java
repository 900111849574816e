package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.core.privacy.AccessLogBackup;
import org.ketnghia.core.privacy.AccessLogCarryOver;
import org.ketnghia.core.privacy.AccessLogEntry;
import org.ketnghia.core.privacy.AccessLogStore;
import org.ketnghia.core.privacy.JsonLinesAccessLogStore;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.store.jdbc.JdbcAccessLogStore;
import org.ketnghia.store.jdbc.JdbcStores;

/**
 * The access log of the host's ledger (nhật ký truy cập dữ liệu cá nhân): in the {@code access_log} table of the
 * ledger's database, beside its events and keys. Earlier versions kept it in {@value #EARLIER_FILE} in the ledger's
 * folder; the reads logged there are carried over into the table when the log is opened ({@link AccessLogCarryOver}),
 * as they were, and the file is left as it is, for the host to archive.
 */
public final class LedgerAccessLog implements AutoCloseable {

    /** The file in the ledger's folder where earlier versions kept the access log. */
    public static final String EARLIER_FILE = "access-log.jsonl";

    private final JdbcAccessLogStore store;
    private final AccessLog log;

    private LedgerAccessLog(JdbcAccessLogStore store) {
        this.store = store;
        this.log = AccessLog.storedIn(store);
    }

    /**
     * Opens the access log of the ledger in {@code ledgerDirectory}, carrying over the reads of {@value
     * #EARLIER_FILE} that the table does not hold yet.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_UNAVAILABLE} when the database cannot be
     *     opened or {@value #EARLIER_FILE} cannot be read (naming it); {@link
     *     PrivacyErrorCode#PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED} when the file and the table disagree (a line removed
     *     from the file, or reads the file has that the table holds other reads in place of)
     */
    public static LedgerAccessLog open(Path ledgerDirectory) {
        return open(ledgerDirectory, false);
    }

    /**
     * As {@link #open}, for a host about to carry the log over elsewhere ({@code encrypt-ledger}), which must not
     * copy a broken log: the chain of {@value #EARLIER_FILE} is verified before any of it is carried over (an
     * altered entry carried into the table would stay there, rows being never changed, and the file restored from a
     * backup would then disagree with it), then the table's.
     *
     * @throws KetnghiaException what {@link #open} throws; {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_BROKEN} naming
     *     the file or the table and the first entry whose hash or link is wrong ({@link AccessLog#verify()})
     */
    public static LedgerAccessLog openVerified(Path ledgerDirectory) {
        return open(ledgerDirectory, true);
    }

    private static LedgerAccessLog open(Path ledgerDirectory, boolean verified) {
        requireNonNull(ledgerDirectory, "ledgerDirectory");
        Path earlier = ledgerDirectory.resolve(EARLIER_FILE);
        Optional<JsonLinesAccessLogStore> earlierLog = Files.isRegularFile(earlier) ? Optional.of(read(earlier))
                : Optional.empty();
        if (verified) {
            earlierLog.ifPresent(file -> requireWhole(file, earlier.toString()));
        }
        JdbcAccessLogStore store = JdbcAccessLogStore.open(JdbcStores.h2(ledgerDirectory));
        try {
            earlierLog.ifPresent(file -> AccessLogCarryOver.carryOver(file, store));
            if (verified) {
                requireWhole(store, "access_log, " + ledgerDirectory);
            }
            return new LedgerAccessLog(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static JsonLinesAccessLogStore read(Path file) {
        try {
            return JsonLinesAccessLogStore.open(file);
        } catch (UncheckedIOException e) {
            throw new KetnghiaException(List.of(Problem.of(PrivacyErrorCode.PRIVACY_ACCESS_LOG_UNAVAILABLE, "accessLog",
                    file + ": " + e.getCause().getMessage())), e);
        }
    }

    private static void requireWhole(AccessLogStore store, String where) {
        Optional<Long> firstBreak = AccessLog.storedIn(store).verify();
        if (firstBreak.isPresent()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_ACCESS_LOG_BROKEN, "accessLog", where, firstBreak.get());
        }
    }

    /** The log. */
    public AccessLog log() {
        return log;
    }

    /**
     * Copies every read of this log that {@code target} does not hold yet into it, as they were (hashes included): a
     * ledger migrated into a new folder ({@code encrypt-ledger}) keeps the record of who read whose data.
     *
     * @return the reads copied
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED} when {@code target}
     *     holds other reads in their place
     */
    public int carryOverTo(LedgerAccessLog target) {
        requireNonNull(target, "target");
        return AccessLogCarryOver.carryOver(store, target.store);
    }

    /**
     * Restores the reads of a backup's access log part ({@link AccessLogBackup#read}) into this log, as they were
     * (hashes included), so that its chain goes on from them: {@code import}. The log must be empty.
     *
     * @param part names the backup's part in errors (its file)
     * @return the reads restored
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_BROKEN} naming {@code part} and the first
     *     bad entry, or {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED} when this log holds reads; nothing
     *     is restored then
     */
    public long restore(List<AccessLogEntry> reads, String part) {
        return AccessLogBackup.restore(reads, part, store);
    }

    /** Releases the log's use of the database. */
    @Override
    public void close() {
        store.close();
    }
}
