package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.testing.demo.DemoItems;

class JdbcEventStoreTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    private static JdbcEventStore open(DataSource dataSource) {
        return JdbcEventStore.open(dataSource, Databases.codec());
    }

    private static Ledger ledgerWithItems(JdbcEventStore store, int count) {
        Ledger ledger = Databases.runtime(store).ledger();
        for (int i = 0; i < count; i++) {
            ledger.submit(recordItem(PROVINCE, A_XAN, IN_2024, "item-" + i, i + 1));
        }
        return ledger;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void recordedEvents_surviveReopening(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        List<EventEnvelope> written = ledgerWithItems(open(dataSource), 5).store().readAll();

        JdbcEventStore reopened = open(dataSource);
        assertThat(reopened.readAll()).isEqualTo(written);
        assertThat(reopened.lastSequence()).isEqualTo(5);
        assertThat(reopened.lastHash()).isEqualTo(written.get(4).hash());
        Ledger ledger = Databases.runtime(reopened).ledger();
        Map<String, Integer> quantities = ledger.read(DemoItems.class, DemoItems::quantities);
        assertThat(quantities).hasSize(5).containsEntry("item-4", 5);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void staleAppend_isAConflict_andStoresNothing(Databases database) throws Exception {
        JdbcEventStore store = open(database.fresh(directory));
        List<EventEnvelope> first = ledgerWithItems(store, 1).store().readAll();

        assertThatThrownBy(() -> store.append(0, first)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.code()).isEqualTo(LedgerErrorCode.LEDGER_CONCURRENT_APPEND));
        assertThat(store.readAll()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoWritersOnOneDatabase_bothProgress_withoutGapsOrDuplicates(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        Ledger first = Databases.runtime(open(dataSource)).ledger();
        Ledger second = Databases.runtime(open(dataSource)).ledger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (Ledger ledger : List.of(first, second)) {
            String writer = ledger == first ? "a" : "b";
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    submitRetryingOnConflict(ledger, recordItem(PROVINCE, A_XAN, IN_2024, writer + "-" + i, 1));
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        JdbcEventStore store = open(dataSource);
        List<EventEnvelope> events = store.readAll();
        assertThat(events).hasSize(80);
        assertThat(events).extracting(EventEnvelope::sequence).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 80).boxed().toList());
        assertThat(first.verifyChain().isIntact()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void alteredPayload_isDetectedAtItsSequence(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        Ledger ledger = ledgerWithItems(open(dataSource), 6);
        execute(dataSource, "UPDATE ledger_event SET envelope_json = REPLACE(envelope_json, '\"quantity\":4', "
                + "'\"quantity\":40') WHERE sequence = 4");

        ChainVerification verification = ledger.verifyChain();
        assertThat(verification.firstBreak().orElseThrow().sequence()).isEqualTo(4);
        assertThat(verification.firstBreak().orElseThrow().kind()).isEqualTo(ChainVerification.Kind.HASH_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void openingVerified_refusesAnAlteredStore_namingTheSequence(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        Ledger ledger = ledgerWithItems(open(dataSource), 4);
        org.ketnghia.core.ledger.EventChain chain = new org.ketnghia.core.ledger.EventChain(
                Databases.runtime(new org.ketnghia.core.ledger.InMemoryEventStore()).objectMapper());
        assertThat(JdbcEventStore.openVerified(dataSource, Databases.codec(), chain).lastSequence()).isEqualTo(4);

        execute(dataSource, "UPDATE ledger_event SET envelope_json = REPLACE(envelope_json, '\"quantity\":2', "
                + "'\"quantity\":20') WHERE sequence = 2");
        assertThatThrownBy(() -> JdbcEventStore.openVerified(dataSource, Databases.codec(), chain))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_CHAIN_BROKEN);
                    assertThat(e.problems().get(0).arguments()).first().isEqualTo("2");
                });
        assertThat(ledger.lastSequence()).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void alteredHash_andDeletedRow_areDetectedAtTheRightSequence(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        Ledger ledger = ledgerWithItems(open(dataSource), 6);
        String hash = ledger.store().readAll().get(1).hash();
        execute(dataSource, "UPDATE ledger_event SET envelope_json = REPLACE(envelope_json, '" + hash + "', '"
                + "f".repeat(64) + "') WHERE sequence = 2");
        assertThat(ledger.verifyChain().firstBreak().orElseThrow().sequence()).isEqualTo(2);

        DataSource other = database.fresh(directory.resolve("other"));
        Ledger second = ledgerWithItems(open(other), 6);
        execute(other, "DELETE FROM ledger_event WHERE sequence = 3");
        ChainVerification verification = second.verifyChain();
        assertThat(verification.firstBreak().orElseThrow().sequence()).isEqualTo(3);
        assertThat(verification.firstBreak().orElseThrow().kind()).isEqualTo(ChainVerification.Kind.SEQUENCE_GAP);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unknownTypeOrMalformedRow_isAClearErrorNamingTheSequence(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        ledgerWithItems(open(dataSource), 3);
        execute(dataSource, "UPDATE ledger_event SET envelope_json = REPLACE(envelope_json, 'demo.item-recorded', "
                + "'demo.item-vanished') WHERE sequence = 2");
        assertThatThrownBy(() -> open(dataSource).readAll()).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_BAD_ROW);
            assertThat(e.problems().get(0).arguments()).first().isEqualTo("2");
            assertThat(e.has(LedgerErrorCode.LEDGER_UNKNOWN_TYPE_ID)).isTrue();
        });

        execute(dataSource, "UPDATE ledger_event SET envelope_json = '{not json' WHERE sequence = 3");
        assertThatThrownBy(() -> open(dataSource).forEach(3, event -> { }))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_BAD_ROW);
                    assertThat(e.getMessage()).contains("Event 3");
                });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void batchOfCommands_isOneTransaction_allOrNothing(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        Ledger ledger = ledgerWithItems(open(dataSource), 2);
        List<org.ketnghia.core.ledger.Command> batch = new java.util.ArrayList<>();
        for (int i = 2; i < 302; i++) {
            batch.add(recordItem(PROVINCE, A_XAN, IN_2024, "item-" + i, i + 1));
        }

        assertThat(ledger.submitAll(batch)).hasSize(300);
        assertThat(open(dataSource).lastSequence()).isEqualTo(302);

        batch.clear();
        batch.add(recordItem(PROVINCE, A_XAN, IN_2024, "item-new", 1));
        batch.add(recordItem(PROVINCE, A_XAN, IN_2024, "item-7", 1)); // recorded already
        assertThatThrownBy(() -> ledger.submitAll(batch)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.field()).isEqualTo("commands[1].itemId"));
        JdbcEventStore reopened = open(dataSource);
        assertThat(reopened.lastSequence()).isEqualTo(302);
        assertThat(ledger.read(DemoItems.class, DemoItems::quantities)).hasSize(302).doesNotContainKey("item-new");
        assertThat(Databases.runtime(reopened).ledger().verifyChain().isIntact()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void largeStore_isReadInOrderAcrossDecodeBatches_andABadRowFailsOnlyAfterEveryRowBeforeIt() throws Exception {
        org.ketnghia.core.ledger.InMemoryEventStore memory = new org.ketnghia.core.ledger.InMemoryEventStore();
        Ledger source = Databases.runtime(memory).ledger();
        for (int i = 0; i < 20_000; i++) { // more than two decode batches
            source.submit(recordItem(PROVINCE, A_XAN, IN_2024, "item-" + i, 1 + i % 9));
        }
        DataSource dataSource = Databases.H2.fresh(directory);
        JdbcEventStore store = open(dataSource);
        java.util.List<EventEnvelope> events = memory.readAll();
        for (int from = 0; from < events.size(); from += 1_000) {
            store.append(from, events.subList(from, Math.min(events.size(), from + 1_000)));
        }
        assertThat(open(dataSource).readAll()).containsExactlyElementsOf(events);

        execute(dataSource, "UPDATE ledger_event SET envelope_json = '{not json' WHERE sequence = 12345");
        java.util.List<Long> passed = new java.util.ArrayList<>();
        assertThatThrownBy(() -> open(dataSource).forEach(1, event -> passed.add(event.sequence())))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_BAD_ROW);
                    assertThat(e.problems().get(0).arguments()).first().isEqualTo("12345");
                });
        assertThat(passed).hasSize(12_344).endsWith(12_344L);
    }

    /** What a host does when it loses the race too often: the conflict is an error it may retry. */
    static void submitRetryingOnConflict(Ledger ledger, org.ketnghia.core.ledger.Command command) {
        for (int attempt = 0; ; attempt++) {
            try {
                ledger.submit(command);
                return;
            } catch (KetnghiaException e) {
                if (!e.has(LedgerErrorCode.LEDGER_CONCURRENT_APPEND) || attempt > 50) {
                    throw e;
                }
            }
        }
    }

    static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
