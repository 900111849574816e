package org.ketnghia.benchmarks;

import java.util.Optional;
import javax.sql.DataSource;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.store.jdbc.JdbcSubjectKeyStore;

/**
 * Personal-data protection (<i>mã hóa dữ liệu cá nhân</i>) for a benchmark run with {@code --encrypted}: a fresh
 * master key per ledger, the subjects' keys in memory beside an in-memory ledger, or in the database's own {@code
 * subject_key} table beside a JDBC store, as a host keeps them. Empty when the run is not encrypted.
 */
final class Protections {

    private Protections() {
    }

    /** Protection for an in-memory ledger, if the run is encrypted. */
    static Optional<PayloadProtection> inMemory(boolean encrypted) {
        return encrypted
                ? Optional.of(PayloadProtection.withKeys(SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore())))
                : Optional.empty();
    }

    /** A fresh master key, if the run is encrypted: a ledger recorded with it opens again only with it. */
    static Optional<MasterKey> masterKey(boolean encrypted) {
        return encrypted ? Optional.of(MasterKey.generate()) : Optional.empty();
    }

    /** Protection for a ledger stored in {@code dataSource}, its keys in the same database, under {@code masterKey}. */
    static Optional<PayloadProtection> inDatabase(Optional<MasterKey> masterKey, DataSource dataSource) {
        return masterKey.map(key -> PayloadProtection.withKeys(SubjectKeys.open(key,
                JdbcSubjectKeyStore.open(dataSource, Province.CLOCK))));
    }
}
