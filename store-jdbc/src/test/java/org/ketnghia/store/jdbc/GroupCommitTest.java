package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.testing.demo.DemoItems;

/**
 * Group commit on a durable store: sixteen officers recording single commands at once share transactions, and
 * every command acknowledged is in the database when it is opened again. Prints the throughput seen (a
 * figure for the operator, not asserted: the machine may be busy).
 */
class GroupCommitTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);
    private static final int THREADS = 16;
    private static final int COMMANDS_PER_THREAD = 60;

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sixteenThreadsOfSingleCommands_shareTransactions_andEveryAcknowledgedCommandIsDurable(Databases database)
            throws Exception {
        // PostgreSQL through the connection pool JdbcStores.postgres gives every host
        DataSource dataSource = database.fresh(directory);
        CountingStore store = new CountingStore(JdbcEventStore.open(dataSource, Databases.codec()));
        Ledger ledger = Databases.runtime(store).ledger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<EventEnvelope>>> workers = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int t = thread;
            workers.add(pool.submit(() -> {
                start.await();
                List<EventEnvelope> acknowledged = new ArrayList<>();
                for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                    acknowledged.addAll(ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "item-" + t + "-" + i, 1)));
                }
                return acknowledged;
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        List<EventEnvelope> acknowledged = new ArrayList<>();
        for (Future<List<EventEnvelope>> worker : workers) {
            acknowledged.addAll(worker.get(300, TimeUnit.SECONDS));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        int commands = THREADS * COMMANDS_PER_THREAD;
        System.out.printf("group commit on %s: %d threads, %d single commands in %.2f s = %.0f commands/s, %d transactions"
                + " (a busy machine: not a benchmark figure)%n", database, THREADS, commands, seconds, commands / seconds,
                store.appends());

        assertThat(acknowledged).hasSize(commands);
        assertThat(store.appends()).as("groups formed: fewer transactions than commands").isLessThan(commands);
        JdbcEventStore reopened = JdbcEventStore.open(dataSource, Databases.codec());
        Map<Long, EventEnvelope> stored = reopened.readAll().stream()
                .collect(Collectors.toMap(EventEnvelope::sequence, Function.identity()));
        assertThat(stored).hasSize(commands);
        assertThat(acknowledged).allSatisfy(event -> assertThat(stored.get(event.sequence())).isEqualTo(event));
        Ledger reopenedLedger = Databases.runtime(reopened).ledger();
        assertThat(reopenedLedger.verifyChain().isIntact()).isTrue();
        assertThat(reopenedLedger.read(DemoItems.class, DemoItems::quantities))
                .isEqualTo(ledger.read(DemoItems.class, DemoItems::quantities)).hasSize(commands);
        database.close(dataSource);
    }
}
