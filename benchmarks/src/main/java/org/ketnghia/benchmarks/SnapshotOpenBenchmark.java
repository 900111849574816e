package org.ketnghia.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.ketnghia.benchmarks.Benchmarks.Options;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerOpening;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcSnapshotStore;
import org.ketnghia.store.jdbc.JdbcStores;

/**
 * B2 opening: records {@value #EVENTS} mixed events into an H2 ledger ({@link
 * org.ketnghia.core.ledger.Ledger#submitAll} in batches of {@value #BATCH}), saves a snapshot, shuts the database
 * down, and times opening a new runtime on the same folder until every projection is ready: once by replaying every
 * event ({@code B2 open-without-snapshot-seconds}), then from the snapshot ({@code B2 open-with-snapshot-seconds},
 * target ≤ 10 s at full size). Opening includes building the runtime's mapper, the H2 database
 * file opening, the schema check and the catch-up.
 */
final class SnapshotOpenBenchmark {

    static final int EVENTS = 1_000_000;
    static final int BATCH = 1_000;

    private SnapshotOpenBenchmark() {
    }

    static void run(Options options, Province province) {
        int events = options.size(EVENTS);
        List<Command> commands = MixedCommands.generate(province, events);
        Path directory;
        try {
            directory = Files.createTempDirectory("ketnghia-bench-snapshot");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Optional<MasterKey> masterKey = Protections.masterKey(options.encrypted());
            record(province, commands, directory, masterKey);
            // the replay first: the opening from the snapshot then does not pay for loading the store's classes
            timeOpening(options, province, directory, false, "open-without-snapshot-seconds", masterKey);
            LedgerOpening fromSnapshot = timeOpening(options, province, directory, true, "open-with-snapshot-seconds",
                    masterKey);
            options.note("B2 with a snapshot the ledger " + fromSnapshot.describe());
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void record(Province province, List<Command> commands, Path directory, Optional<MasterKey> masterKey) {
        DataSource dataSource = JdbcStores.h2(directory);
        KetnghiaRuntime runtime = runtime(province, dataSource, true, masterKey);
        for (int from = 0; from < commands.size(); from += BATCH) {
            runtime.ledger().submitAll(commands.subList(from, Math.min(commands.size(), from + BATCH)));
        }
        runtime.ledger().saveSnapshot();
        shutDown(dataSource);
    }

    private static LedgerOpening timeOpening(Options options, Province province, Path directory, boolean withSnapshot,
            String figure, Optional<MasterKey> masterKey) {
        long start = System.nanoTime();
        DataSource dataSource = JdbcStores.h2(directory);
        KetnghiaRuntime runtime = runtime(province, dataSource, withSnapshot, masterKey);
        long opened = System.nanoTime();
        options.figure("B2", figure, (opened - start) / 1e9);
        LedgerOpening opening = runtime.ledger().openedFrom();
        shutDown(dataSource);
        return opening;
    }

    /**
     * The benchmark's runtime on the H2 database, with its snapshot store or without; no automatic snapshots. With a
     * master key, personal fields are sealed, the subjects' keys are in the database, and so are the snapshots, sealed.
     */
    private static KetnghiaRuntime runtime(Province province, DataSource dataSource, boolean withSnapshots,
            Optional<MasterKey> masterKey) {
        Optional<PayloadProtection> protection = Protections.inDatabase(masterKey, dataSource);
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder()
                .addModel(new LivestockModel(LivestockProgramme.quangNam2021()))
                .administrativeUnits(province.units).clock(Province.CLOCK)
                .eventStore(JdbcEventStore.open(dataSource, LedgerBenchmark.codec(province, protection)));
        protection.ifPresent(builder::personalDataProtection);
        if (withSnapshots) {
            builder.snapshotStore(JdbcSnapshotStore.open(dataSource)).snapshotEvery(0);
        }
        return builder.build();
    }

    /** Closes the H2 database, so that the next opening reads its file as a new process would. */
    private static void shutDown(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
