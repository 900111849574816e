package org.ketnghia.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.ketnghia.benchmarks.Benchmarks.Options;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcStores;
import org.ketnghia.testing.postgres.PostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * B2: append 1,000,000 mixed events through {@link Ledger#submit} (permission, validation, hash
 * chain, atomic append, projections), then replay them into fresh projections with {@link
 * Ledger#rebuildProjections()}. The runtime has every core feature and the livestock model, so
 * replay folds into all their projections. Also the JDBC store on embedded H2 and on PostgreSQL (the
 * database at {@code KETNGHIA_PG_URL} when set, otherwise a throwaway server started from the machine's
 * PostgreSQL binaries) at {@value #JDBC_EVENTS} events, one command per transaction and, for the {@code
 * …-batch-append-…} figures, {@value #BATCH} commands per {@link Ledger#submitAll}; and, for the {@code
 * …-concurrent-commands-…} figures, {@value #CONCURRENT_COMMANDS} single commands submitted by {@value
 * #CONCURRENT_THREADS} threads at once (group commit). PostgreSQL is reached as every host reaches it, through
 * the connection pool {@link JdbcStores#postgres} returns.
 */
final class LedgerBenchmark {

    static final int EVENTS = 1_000_000;
    static final int JDBC_EVENTS = 20_000;
    static final int VILLAGES_PER_COMMUNE = 30;
    /** Commands per {@link Ledger#submitAll} in the {@code …-batch-append-…} figures. */
    static final int BATCH = 500;
    /** Threads submitting single commands at once in the {@code …-concurrent-…} figures. */
    static final int CONCURRENT_THREADS = 16;
    /** Commands (household registrations) in the {@code …-concurrent-…} figures. */
    static final int CONCURRENT_COMMANDS = 20_000;

    private LedgerBenchmark() {
    }

    /**
     * System property that runs one part of B2 only, to look at it (profiling, a relative run before and after a
     * change): {@code in-memory} (the in-memory append, replay and verification figures), {@code
     * postgresql-concurrent} (the PostgreSQL concurrent figure) or {@code snapshot-open} (the H2 ledger opened with
     * and without its snapshot). Unset, B2 runs whole. The workload is the same.
     */
    static final String ONLY_PROPERTY = "ketnghia.b2.only";

    static void run(Options options) {
        String only = System.getProperty(ONLY_PROPERTY, "");
        if (only.equals("postgresql-concurrent")) {
            postgresqlConcurrent(options, new Province(VILLAGES_PER_COMMUNE));
            return;
        }
        if (only.equals("snapshot-open")) {
            SnapshotOpenBenchmark.run(options, new Province(VILLAGES_PER_COMMUNE));
            return;
        }
        Province province = new Province(VILLAGES_PER_COMMUNE);
        int full = options.size(EVENTS);
        int tenth = Math.max(1, full / 10);
        List<Command> small = MixedCommands.generate(province, tenth);
        List<Command> big = MixedCommands.generate(province, full);
        options.note("B2 warm-up at " + tenth + " events");
        boolean encrypted = options.encrypted();
        if (encrypted) {
            options.note("B2 with personal data encrypted: every household's name, birth year, ethnicity and poverty"
                    + " status sealed under its own key (AES-256-GCM), keys in memory or in the database's subject_key table");
        }
        inMemory(province, small, encrypted);
        inMemory(province, small, encrypted);
        double[] smallRates = best(options, province, small);
        double[] bigRates = best(options, province, big);
        big = null;
        options.note("B2 at " + tenth + " events: append " + Benchmarks.Options.format(smallRates[0])
                + "/s, replay " + Benchmarks.Options.format(smallRates[1]) + "/s");
        options.figure("B2", "append-events-per-second", bigRates[0]);
        options.figure("B2", "replay-events-per-second", bigRates[1]);
        options.figure("B2", "append-cost-growth-exponent", Measure.growth(tenth, tenth / smallRates[0], full,
                full / bigRates[0]));
        options.figure("B2", "replay-cost-growth-exponent", Measure.growth(tenth, tenth / smallRates[1], full,
                full / bigRates[1]));
        options.figure("B2", "verify-chain-events-per-second", bigRates[2]);
        if (only.equals("in-memory")) {
            return;
        }

        int jdbcFull = options.size(JDBC_EVENTS);
        int jdbcTenth = Math.max(1, jdbcFull / 10);
        List<Command> jdbcSmall = MixedCommands.generate(province, jdbcTenth);
        List<Command> jdbcBig = MixedCommands.generate(province, jdbcFull);
        h2(province, jdbcSmall, true, 1, encrypted); // warm-up
        double[] h2Small = h2(province, jdbcSmall, true, 1, encrypted);
        double[] h2Big = h2(province, jdbcBig, true, 1, encrypted);
        options.figure("B2", "h2-append-events-per-second", h2Big[0]);
        options.figure("B2", "h2-replay-events-per-second", h2Big[1]);
        options.figure("B2", "h2-append-cost-growth-exponent",
                Measure.growth(jdbcTenth, jdbcTenth / h2Small[0], jdbcFull, jdbcFull / h2Big[0]));
        // as JdbcStores.h2 ships: nothing keeps the database open between the store's connections
        double[] h2Closing = h2(province, MixedCommands.generate(province, Math.max(1, jdbcFull / 100)), false, 1,
                encrypted);
        options.figure("B2", "h2-append-events-per-second-database-closing", h2Closing[0]);
        options.figure("B2", "h2-replay-events-per-second-database-closing", h2Closing[1]);
        options.figure("B2", "h2-batch-append-events-per-second", h2(province, jdbcBig, true, BATCH, encrypted)[0]);
        List<Command> households = households(province, options.size(CONCURRENT_COMMANDS));
        options.figure("B2", "h2-concurrent-commands-per-second", h2Concurrent(province, households, encrypted));
        PostgresDatabase database = postgres(options);
        if (database != null) {
            DataSource pg = database.pooled();
            double[] rates = jdbc(province, jdbcBig, pg, true, 1, encrypted);
            options.figure("B2", "postgresql-append-events-per-second", rates[0]);
            options.figure("B2", "postgresql-replay-events-per-second", rates[1]);
            options.figure("B2", "postgresql-batch-append-events-per-second", jdbc(province, jdbcBig, pg, true, BATCH, encrypted)[0]);
            options.note("B2 concurrent without a connection pool (a plain PGSimpleDataSource: a new connection per store"
                    + " call), at 1/10 size: " + Options.format(concurrent(province, households.subList(0, Math.max(1,
                            households.size() / 10)), database.unpooled(), encrypted)) + " commands/s");
            concurrent(province, households.subList(0, Math.max(1, households.size() / 10)), pg, encrypted); // warm-up
            options.figure("B2", "postgresql-concurrent-commands-per-second", concurrent(province, households, pg,
                    encrypted));
        }
        SnapshotOpenBenchmark.run(options, province);
    }

    /** The PostgreSQL concurrent figure alone ({@value #ONLY_PROPERTY} {@code postgresql-concurrent}). */
    private static void postgresqlConcurrent(Options options, Province province) {
        PostgresDatabase database = postgres(options);
        if (database == null) {
            return;
        }
        List<Command> households = households(province, options.size(CONCURRENT_COMMANDS));
        DataSource pg = database.pooled();
        concurrent(province, households.subList(0, Math.max(1, households.size() / 10)), pg, options.encrypted());
        options.figure("B2", "postgresql-concurrent-commands-per-second", concurrent(province, households, pg,
                options.encrypted()));
    }

    /**
     * PostgreSQL at {@code KETNGHIA_PG_URL} (user {@code KETNGHIA_PG_USER}, password {@code KETNGHIA_PG_PASSWORD}),
     * or else a fresh database on a throwaway server started from the machine's PostgreSQL binaries with its
     * default durable settings ({@code fsync} and {@code synchronous_commit} on); null, with a note, when neither
     * can be had.
     */
    private static PostgresDatabase postgres(Options options) {
        String pgUrl = System.getenv("KETNGHIA_PG_URL");
        if (pgUrl == null || pgUrl.isBlank()) {
            PostgresServer server = PostgresServer.get().orElse(null);
            if (server == null) {
                options.note("B2 PostgreSQL skipped: no KETNGHIA_PG_URL and no server could be started: "
                        + PostgresServer.unavailableReason());
                return null;
            }
            try {
                String url = server.newDatabaseUrl();
                options.note("B2 PostgreSQL: a throwaway server in " + server.directory());
                return new PostgresDatabase(url, PostgresServer.USER, "");
            } catch (Exception e) {
                options.note("B2 PostgreSQL skipped: no database could be created: " + e.getMessage());
                return null;
            }
        }
        PostgresDatabase database = new PostgresDatabase(pgUrl, System.getenv().getOrDefault("KETNGHIA_PG_USER", "ketnghia"),
                System.getenv().getOrDefault("KETNGHIA_PG_PASSWORD", ""));
        if (!reachable(database.pooled())) {
            options.note("B2 PostgreSQL skipped: " + pgUrl + " is not reachable");
            return null;
        }
        return database;
    }

    /** A PostgreSQL database: as hosts reach it ({@link JdbcStores#postgres}, pooled), and unpooled for a note. */
    private record PostgresDatabase(String url, String user, String password, DataSource pooled) {

        PostgresDatabase(String url, String user, String password) {
            this(url, user, password, JdbcStores.postgres(url, user, password));
        }

        /** A new connection for every call of the store, as {@code JdbcStores.postgres} was before it pooled. */
        DataSource unpooled() {
            PGSimpleDataSource simple = new PGSimpleDataSource();
            simple.setUrl(url);
            simple.setUser(user);
            simple.setPassword(password);
            return simple;
        }
    }

    /** Household registrations only: commands that do not depend on one another, in any order. */
    private static List<Command> households(Province province, int count) {
        List<Command> households = new ArrayList<>(count);
        for (Command command : MixedCommands.generate(province, count * 7 + 200)) {
            if (command instanceof RegisterHousehold && households.size() < count) {
                households.add(command);
            }
        }
        return households;
    }

    private static double h2Concurrent(Province province, List<Command> commands, boolean encrypted) {
        Path directory;
        try {
            directory = Files.createTempDirectory("ketnghia-bench-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataSource dataSource = JdbcStores.h2(directory);
        try (Connection keeper = dataSource.getConnection()) {
            concurrent(province, commands.subList(0, Math.max(1, commands.size() / 10)), dataSource, encrypted); // warm-up
            return concurrent(province, commands, dataSource, encrypted);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(directory);
        }
    }

    /**
     * Commands per second with {@value #CONCURRENT_THREADS} threads each submitting single commands through one
     * ledger on an emptied store in {@code dataSource} (group commit shares their transactions).
     */
    private static double concurrent(Province province, List<Command> commands, DataSource dataSource,
            boolean encrypted) {
        EmptyDatabase.empty(dataSource);
        Optional<PayloadProtection> protection = Protections.inDatabase(Protections.masterKey(encrypted), dataSource);
        Ledger ledger = runtime(province, JdbcEventStore.open(dataSource, codec(province, protection)), protection).ledger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT_THREADS);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int thread = 0; thread < CONCURRENT_THREADS; thread++) {
            workers.add(threads.submit(() -> {
                for (int index = next.getAndIncrement(); index < commands.size(); index = next.getAndIncrement()) {
                    ledger.submit(commands.get(index));
                }
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a concurrent command failed", e.getCause());
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (ledger.lastSequence() != commands.size() || ledger.store().lastSequence() != commands.size()) {
            throw new IllegalStateException("expected " + commands.size() + " events, store has " + ledger.store().lastSequence());
        }
        return commands.size() / seconds;
    }

    /** Best append and replay rates of {@code options.repeats()} runs. */
    private static double[] best(Options options, Province province, List<Command> commands) {
        double[] best = new double[3];
        for (int i = 0; i < options.repeats(); i++) {
            Measure.settle();
            double[] rates = inMemory(province, commands, options.encrypted());
            for (int k = 0; k < best.length; k++) {
                best[k] = Math.max(best[k], rates[k]);
            }
        }
        return best;
    }

    /** Append rate, replay rate and chain verification rate, events per second. */
    static double[] inMemory(Province province, List<Command> commands, boolean encrypted) {
        KetnghiaRuntime runtime = runtime(province, null, Protections.inMemory(encrypted));
        return measure(runtime.ledger(), commands, true);
    }

    private static double[] measure(Ledger ledger, List<Command> commands, boolean verify) {
        return measure(ledger, commands, verify, 1);
    }

    /** As above; with {@code batch} above 1, commands go {@code batch} at a time through {@link Ledger#submitAll}. */
    private static double[] measure(Ledger ledger, List<Command> commands, boolean verify, int batch) {
        long start = System.nanoTime();
        if (batch <= 1) {
            for (Command command : commands) {
                ledger.submit(command);
            }
        } else {
            for (int from = 0; from < commands.size(); from += batch) {
                ledger.submitAll(commands.subList(from, Math.min(commands.size(), from + batch)));
            }
        }
        long appended = System.nanoTime();
        long events = ledger.lastSequence();
        if (events != commands.size()) {
            throw new IllegalStateException("expected " + commands.size() + " events, ledger has " + events);
        }
        ledger.rebuildProjections();
        long replayed = System.nanoTime();
        double verifyRate = 0;
        if (verify) {
            if (!ledger.verifyChain().isIntact()) {
                throw new IllegalStateException("chain broken");
            }
            verifyRate = events / ((System.nanoTime() - replayed) / 1e9);
        }
        return new double[] {events / ((appended - start) / 1e9), events / ((replayed - appended) / 1e9), verifyRate};
    }

    static KetnghiaRuntime runtime(Province province, EventStore store) {
        return runtime(province, store, Optional.empty());
    }

    /** The benchmarks' runtime: every core feature and the livestock model, over {@code store} (memory if null). */
    static KetnghiaRuntime runtime(Province province, EventStore store, Optional<PayloadProtection> protection) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder()
                .addModel(new LivestockModel(LivestockProgramme.quangNam2021()))
                .administrativeUnits(province.units).clock(Province.CLOCK);
        if (store != null) {
            builder.eventStore(store);
        }
        protection.ifPresent(builder::personalDataProtection);
        return builder.build();
    }

    /** The codec a JDBC store of the benchmarks' runtime reads and writes with, sealing personal fields if protected. */
    static EventCodec codec(Province province, Optional<PayloadProtection> protection) {
        var mapper = runtime(province, null).objectMapper();
        return protection.map(p -> new EventCodec(mapper, p)).orElseGet(() -> new EventCodec(mapper));
    }

    /**
     * H2 append and replay rates; with {@code keepOpen} one idle connection is held for the whole
     * run, so that H2 does not close and reopen the database file around every connection the store
     * takes (three per submitted command).
     */
    private static double[] h2(Province province, List<Command> commands, boolean keepOpen, int batch,
            boolean encrypted) {
        Path directory;
        try {
            directory = Files.createTempDirectory("ketnghia-bench-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataSource dataSource = JdbcStores.h2(directory);
        try (Connection keeper = keepOpen ? dataSource.getConnection() : null) {
            return jdbc(province, commands, dataSource, false, batch, encrypted);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(directory);
        }
    }

    private static double[] jdbc(Province province, List<Command> commands, DataSource dataSource, boolean empty,
            int batch, boolean encrypted) {
        if (empty) {
            EmptyDatabase.empty(dataSource);
        }
        Optional<PayloadProtection> protection = Protections.inDatabase(Protections.masterKey(encrypted), dataSource);
        JdbcEventStore store = JdbcEventStore.open(dataSource, codec(province, protection));
        KetnghiaRuntime runtime = runtime(province, store, protection);
        return measure(runtime.ledger(), commands, false, batch);
    }

    private static boolean reachable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
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
