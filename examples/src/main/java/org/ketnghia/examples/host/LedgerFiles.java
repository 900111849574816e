package org.ketnghia.examples.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
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
    private final Connection keepAlive;

    private LedgerFiles(JdbcEventStore store, EventCodec codec, EventChain chain, Connection keepAlive) {
        this.store = store;
        this.codec = codec;
        this.chain = chain;
        this.keepAlive = keepAlive;
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
        var types = ExamplesInjector.runtime(ProgrammeHost.clockOf(file.plan()), null, ProgrammeHost.unitsOf(file, province.units()),
                ProgrammeModels.of(file, province));
        try {
            Files.createDirectories(directory);
            DataSource dataSource = JdbcStores.h2(directory);
            Connection keepAlive = dataSource.getConnection();
            try {
                EventCodec codec = new EventCodec(types.objectMapper());
                return new LedgerFiles(JdbcEventStore.open(dataSource, codec), codec, new EventChain(types.objectMapper()),
                        keepAlive);
            } catch (RuntimeException e) {
                keepAlive.close();
                throw e;
            }
        } catch (java.io.IOException | SQLException e) {
            throw new IllegalStateException("cannot open the ledger in " + directory + ": " + e.getMessage(), e);
        }
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

    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException e) {
            // closing: nothing left to do
        }
    }
}
