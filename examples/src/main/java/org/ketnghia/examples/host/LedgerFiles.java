package org.ketnghia.examples.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.examples.guice.ExamplesInjector;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammeModels;
import org.ketnghia.store.jdbc.JdbcEventStore;
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

    private LedgerFiles(JdbcEventStore store, EventCodec codec, EventChain chain) {
        this.store = store;
        this.codec = codec;
        this.chain = chain;
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
        AdministrativeRegistry units = province.units();
        ProgrammeModels models = ProgrammeModels.of(files.get(0), province);
        for (ProgrammeFile file : files) {
            units = ProgrammeHost.unitsOf(file, units);
            models = models.orElse(ProgrammeModels.of(file, province));
        }
        var types = ExamplesInjector.runtime(ProgrammeHost.clockOf(files.get(0).plan()), null, units, models);
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot open the ledger in " + directory + ": " + e.getMessage(), e);
        }
        DataSource dataSource = JdbcStores.h2(directory);
        EventCodec codec = new EventCodec(types.objectMapper());
        return new LedgerFiles(JdbcEventStore.open(dataSource, codec), codec, new EventChain(types.objectMapper()));
    }

    /** The store. */
    public JdbcEventStore store() {
        return store;
    }

    /** The hash chain, to verify the store. */
    public EventChain chain() {
        return chain;
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
        store.close();
    }
}
