package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.core.privacy.AccessLogCarryOver;
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
     *     opened; {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED} when the file and the table disagree
     *     (a line removed from the file, or reads the file has that the table holds other reads in place of)
     */
    public static LedgerAccessLog open(Path ledgerDirectory) {
        requireNonNull(ledgerDirectory, "ledgerDirectory");
        JdbcAccessLogStore store = JdbcAccessLogStore.open(JdbcStores.h2(ledgerDirectory));
        try {
            Path earlier = ledgerDirectory.resolve(EARLIER_FILE);
            if (Files.isRegularFile(earlier)) {
                AccessLogCarryOver.carryOver(JsonLinesAccessLogStore.open(earlier), store);
            }
            return new LedgerAccessLog(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
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

    /** Releases the log's use of the database. */
    @Override
    public void close() {
        store.close();
    }
}
