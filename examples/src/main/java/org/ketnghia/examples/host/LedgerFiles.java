package org.ketnghia.examples.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.examples.guice.ExamplesInjector;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammeModels;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcSubjectKeyStore;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.SubjectKeyStore;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.store.jdbc.JdbcStores;
import org.ketnghia.store.jdbc.LedgerBackup;

/**
 * The durable ledger opened as a store only, without replaying it into projections: for checking
 * the hash chain, exporting and importing, which must work even on a store a runtime could not load.
 */
public final class LedgerFiles implements AutoCloseable {

    private final JdbcEventStore store;
    private final EventCodec codec;
    private final EventChain chain;
    private final JdbcSubjectKeyStore keys;
    private final EventChain sealingChain;

    private LedgerFiles(JdbcEventStore store, EventCodec codec, EventChain chain, JdbcSubjectKeyStore keys,
            EventChain sealingChain) {
        this.store = store;
        this.codec = codec;
        this.chain = chain;
        this.keys = keys;
        this.sealingChain = sealingChain;
    }

    /** Whether {@code directory} holds a ledger database. */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve("ketnghia.mv.db"));
    }

    /**
     * Opens (creating if needed) the ledger in {@code directory}, with the JSON types of every model,
     * over the province's units.
     */
    public static LedgerFiles open(ProgrammeFile file, ProvinceData province, Path directory) {
        return open(List.of(file), province, directory);
    }

    /**
     * Opens (creating if needed) the ledger in {@code directory} that the programmes {@code files} share,
     * with the JSON types of every model any of them uses.
     */
    public static LedgerFiles open(List<ProgrammeFile> files, ProvinceData province, Path directory) {
        return open(files, province, directory, LedgerKeys.masterKeyFromEnvironment());
    }

    /**
     * As {@link #open(List, ProvinceData, Path)}, reading people's personal fields with the ledger's keys under
     * {@code masterKey} when given. Without a master key, encrypted fields read masked: the chain still verifies
     * and the stored bytes (ciphertext) are exported and imported as they are, since nothing here shows personal data.
     *
     * @throws org.ketnghia.core.error.KetnghiaException {@code PRIVACY_MASTER_KEY_WRONG} for a master key that is
     *     not the ledger's
     */
    public static LedgerFiles open(List<ProgrammeFile> files, ProvinceData province, Path directory,
            java.util.Optional<org.ketnghia.core.privacy.MasterKey> masterKey) {
        var types = typesOf(files, province);
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot open the ledger in " + directory + ": " + e.getMessage(), e);
        }
        DataSource dataSource = JdbcStores.h2(directory);
        JdbcSubjectKeyStore keys = JdbcSubjectKeyStore.open(dataSource, ProgrammeHost.clockOf(files.get(0).plan()));
        try {
            java.util.Optional<PayloadProtection> withKeys = masterKey.map(key -> PayloadProtection.withKeys(
                    SubjectKeys.open(key, keys)));
            EventCodec codec = new EventCodec(types.objectMapper(), withKeys.orElseGet(PayloadProtection::masked));
            EventChain sealing = withKeys.map(given -> new EventChain(types.objectMapper(), given)).orElse(null);
            return new LedgerFiles(JdbcEventStore.open(dataSource, codec), codec, new EventChain(types.objectMapper()), keys,
                    sealing);
        } catch (RuntimeException e) {
            keys.close();
            throw e;
        }
    }

    /**
     * A JSON Lines backup tool that opens no ledger, for checking a backup before anything is written ({@code import}):
     * the JSON types of every model the programmes {@code files} use, personal fields read masked. The hashes cover
     * the stored bytes of an encrypted field, so the chain checks here as it does with the master key.
     */
    public static LedgerBackup backupChecker(List<ProgrammeFile> files, ProvinceData province) {
        var types = typesOf(files, province);
        return new LedgerBackup(new EventCodec(types.objectMapper(), PayloadProtection.masked()),
                new EventChain(types.objectMapper()));
    }

    /** The runtime giving the JSON types of every model the programmes {@code files} use. */
    private static KetnghiaRuntime typesOf(List<ProgrammeFile> files, ProvinceData province) {
        AdministrativeRegistry units = province.units();
        ProgrammeModels models = ProgrammeModels.of(files.get(0), province);
        for (ProgrammeFile file : files) {
            units = ProgrammeHost.unitsOf(file, units);
            models = models.orElse(ProgrammeModels.of(file, province));
        }
        return ExamplesInjector.runtime(ProgrammeHost.clockOf(files.get(0).plan()), null, units, models);
    }

    /** The store. */
    public JdbcEventStore store() {
        return store;
    }

    /** The hash chain, to verify the store. */
    public EventChain chain() {
        return chain;
    }

    /** The ledger's subject keys (wrapped by the master key): none for a ledger in plain text. */
    public SubjectKeyStore keys() {
        return keys;
    }

    /** A chain that seals with the ledger's keys, when a master key was given: for migrating into this ledger. */
    public java.util.Optional<EventChain> sealingChain() {
        return java.util.Optional.ofNullable(sealingChain);
    }

    /** JSON Lines backup and restore. */
    public LedgerBackup backup() {
        return new LedgerBackup(codec, chain);
    }

    /**
     * Closes the store: the embedded database, unless another store of this process still uses it, is
     * shut down with compaction, leaving no lock file.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the database could not be shut down cleanly
     */
    @Override
    public void close() {
        try {
            store.close();
        } finally {
            keys.close();
        }
    }
}
