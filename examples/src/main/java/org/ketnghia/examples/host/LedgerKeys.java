package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.privacy.SubjectKeyStore;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.store.jdbc.JdbcSubjectKeyStore;

/**
 * The personal-data keys of the host's ledger (issue 22): the data subjects' keys in the ledger database's own
 * {@code subject_key} table (or in memory), unwrapped with the master key the operator supplies — the
 * environment variable {@value MasterKey#ENVIRONMENT_VARIABLE} or a key file ({@code --master-key-file}). With a
 * master key, people's personal fields are recorded encrypted; without one, a ledger that already holds
 * encrypted data refuses to open, naming what is missing, and a ledger without any is recorded as before, in
 * plain text.
 */
public final class LedgerKeys implements AutoCloseable {

    private final SubjectKeyStore store;
    private final SubjectKeys keys;
    private final PayloadProtection protection;

    private LedgerKeys(SubjectKeyStore store, SubjectKeys keys) {
        this.store = store;
        this.keys = keys;
        this.protection = PayloadProtection.withKeys(keys);
    }

    /** The master key of the environment variable {@value MasterKey#ENVIRONMENT_VARIABLE}, if it is set. */
    public static Optional<MasterKey> masterKeyFromEnvironment() {
        String value = System.getenv(MasterKey.ENVIRONMENT_VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(MasterKey.fromEnvironment());
    }

    /** The master key of the environment variable if set, otherwise of {@code file} if given. */
    public static Optional<MasterKey> masterKey(Optional<Path> file) {
        return masterKeyFromEnvironment().or(() -> file.map(MasterKey::fromFile));
    }

    /**
     * The keys of the ledger database {@code dataSource}, or none for a ledger in plain text.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_MASTER_KEY_MISSING} when the ledger holds keys (its
     *     personal data is encrypted) and no master key is given; {@link PrivacyErrorCode#PRIVACY_MASTER_KEY_WRONG}
     *     when the master key is not the ledger's
     */
    public static Optional<LedgerKeys> open(DataSource dataSource, Optional<MasterKey> masterKey, Clock clock) {
        requireNonNull(dataSource, "dataSource");
        JdbcSubjectKeyStore store = JdbcSubjectKeyStore.open(dataSource, clock);
        try {
            if (masterKey.isEmpty()) {
                if (!store.entries().isEmpty()) {
                    throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_MASTER_KEY_MISSING, "masterKey",
                            "the ledger's personal data is encrypted; set the environment variable "
                                    + MasterKey.ENVIRONMENT_VARIABLE + " or give --master-key-file");
                }
                store.close();
                return Optional.empty();
            }
            return Optional.of(new LedgerKeys(store, SubjectKeys.open(masterKey.get(), store)));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Keys in memory, for an in-memory ledger recorded with a master key. */
    public static LedgerKeys inMemory(MasterKey masterKey) {
        InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();
        return new LedgerKeys(store, SubjectKeys.open(masterKey, store));
    }

    /** The subjects' keys. */
    public SubjectKeys keys() {
        return keys;
    }

    /** The protection to record and read with. */
    public PayloadProtection protection() {
        return protection;
    }

    /** Releases the key store's use of the database. */
    @Override
    public void close() {
        store.close();
    }
}
