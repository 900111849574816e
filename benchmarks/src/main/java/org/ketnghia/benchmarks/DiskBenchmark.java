package org.ketnghia.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.ketnghia.benchmarks.Benchmarks.Options;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcStores;
import org.ketnghia.store.jdbc.LedgerBackup;
import org.ketnghia.testing.postgres.PostgresServer;

/**
 * B6, the disk a ledger takes: the main job ({@code run} of the shipped Quảng Nam 2021 programme, as
 * {@code exec:java} runs it, with its Monte Carlo summaries cut to a few replicates since they record
 * nothing) records into an H2 folder; once the run has closed its runtimes, the file's size per event is
 * compared with the events' JSON. The same events are then copied (restored from a backup) into a
 * PostgreSQL store, whose table and indexes ({@code pg_total_relation_size}) are measured the same way:
 * on the server of {@code KETNGHIA_PG_URL} ({@code KETNGHIA_PG_USER}, {@code KETNGHIA_PG_PASSWORD}; the
 * table is dropped first), or else on a throwaway server started from Debian's binaries
 * ({@link PostgresServer}). Sizes are measured once: they do not vary between runs. {@code --scale} only
 * shrinks the replicates.
 */
final class DiskBenchmark {

    private static final String ID = "B6";
    private static final int REPLICATES = 20;

    private DiskBenchmark() {
    }

    static void run(Options options) {
        MainJobRun.recorded("ketnghia-b6-", options.size(REPLICATES), output -> measure(options, output));
    }

    private static void measure(Options options, Path output) {
        Path ledger = output.resolve("ledger");
        long h2Bytes = size(ledger.resolve("ketnghia.mv.db"));
        options.note("B6 H2 lock file left after the run: " + Files.exists(ledger.resolve("ketnghia.lock.db")));

        ObjectMapper mapper = typesOfTheMainJob();
        EventCodec codec = new EventCodec(mapper);
        LedgerBackup backups = new LedgerBackup(codec, new EventChain(mapper));
        StringWriter backup = new StringWriter();
        long events;
        long jsonBytes;
        try (JdbcEventStore h2 = JdbcEventStore.open(JdbcStores.h2(ledger), codec)) {
            long[] bytes = {0};
            h2.forEachRow(1, (sequence, json) -> bytes[0] += json.getBytes(StandardCharsets.UTF_8).length);
            jsonBytes = bytes[0];
            events = backups.exportConsistent(h2, backup).lastSequence();
        }
        options.note("B6 events " + events + ", JSON " + jsonBytes + " bytes, H2 file " + h2Bytes + " bytes");
        options.figure(ID, "events", events);
        options.figure(ID, "json-bytes-per-event", (double) jsonBytes / events);
        options.figure(ID, "disk-bytes-per-event", (double) h2Bytes / events);
        options.figure(ID, "h2-disk-to-json-ratio", (double) h2Bytes / jsonBytes);

        Optional<DataSource> postgres = postgres(options);
        if (postgres.isEmpty()) {
            return;
        }
        long pgBytes = copyIntoPostgres(postgres.get(), codec, backups, backup.toString(), events);
        options.figure(ID, "postgresql-disk-bytes-per-event", (double) pgBytes / events);
        options.figure(ID, "postgresql-json-bytes-per-event", (double) jsonBytes / events);
        options.figure(ID, "postgresql-disk-to-json-ratio", (double) pgBytes / jsonBytes);
    }

    /** The JSON types of the main job's programme: every model of the shipped plan, as its host installs them. */
    private static ObjectMapper typesOfTheMainJob() {
        ProgrammeFile file = ProgrammeFile.shipped();
        try (ProgrammeHost host = ProgrammeHost.inMemory(file, ProvinceData.resolve(file, Optional.empty(), Optional.empty()))) {
            return host.runtime().objectMapper();
        }
    }

    /**
     * Restores the backup into an empty PostgreSQL store (every line and the hash chain checked on the
     * way, the rows written byte for byte) and returns the size of its table, TOAST and indexes.
     */
    private static long copyIntoPostgres(DataSource dataSource, EventCodec codec, LedgerBackup backups, String backup,
            long events) {
        EmptyDatabase.empty(dataSource);
        try (JdbcEventStore store = JdbcEventStore.open(dataSource, codec)) {
            backups.restore(new BufferedReader(new StringReader(backup)), store);
            if (store.lastSequence() != events) {
                throw new IllegalStateException("PostgreSQL holds " + store.lastSequence() + " events, not " + events);
            }
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE ledger_event"); // what autovacuum does to a live table
            try (ResultSet size = statement.executeQuery("SELECT pg_total_relation_size('ledger_event')")) {
                size.next();
                return size.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot measure the PostgreSQL table: " + e.getMessage(), e);
        }
    }

    private static Optional<DataSource> postgres(Options options) {
        String url = System.getenv("KETNGHIA_PG_URL");
        if (url != null && !url.isBlank()) {
            return Optional.of(JdbcStores.postgres(url, System.getenv().getOrDefault("KETNGHIA_PG_USER", "ketnghia"),
                    System.getenv().getOrDefault("KETNGHIA_PG_PASSWORD", "")));
        }
        Optional<PostgresServer> server = PostgresServer.get();
        if (server.isEmpty()) {
            options.note("B6 PostgreSQL skipped: no KETNGHIA_PG_URL and no throwaway server ("
                    + PostgresServer.unavailableReason() + ")");
            return Optional.empty();
        }
        try {
            return Optional.of(JdbcStores.postgres(server.get().newDatabaseUrl(), PostgresServer.USER, ""));
        } catch (Exception e) {
            options.note("B6 PostgreSQL skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
