package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.core.privacy.AccessLogEntry;
import org.ketnghia.testing.postgres.PostgresServer;

/** The access log in the ledger's database: kept exactly, never forked by two logs appending at once, tamper-evident. */
class JdbcAccessLogStoreTest {

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readsAreKeptExactly_andReopenChainedAndWhole(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        try (JdbcAccessLogStore store = JdbcAccessLogStore.open(dataSource)) {
            AccessLog log = AccessLog.storedIn(store);
            log.append(Instant.parse("2026-03-02T01:15:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                    "household:HN-001", "xác minh hồ sơ hộ nghèo");
            log.append(Instant.parse("2026-03-02T01:17:30.500Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE",
                    "QNA.TAY-GIANG.A-XAN", "household:HN-002", "đối chiếu danh sách niêm yết");
            log.append(Instant.parse("2026-04-10T08:00:00.123456789Z"), "phong-ldtbxh-tay-giang", "DISTRICT_OFFICE",
                    "QNA.TAY-GIANG", "household:HN-001", "thẩm định hồ sơ hỗ trợ bò giống ".repeat(40));
        }

        List<AccessLogEntry> written;
        try (JdbcAccessLogStore reopened = JdbcAccessLogStore.open(dataSource)) {
            AccessLog log = AccessLog.storedIn(reopened);
            written = log.entries();
            assertThat(log.verify()).isEmpty();
            assertThat(written).extracting(AccessLogEntry::sequence).containsExactly(1L, 2L, 3L);
            assertThat(written.get(2).readAt()).isEqualTo(Instant.parse("2026-04-10T08:00:00.123456789Z"));
            assertThat(written.get(1).purpose()).isEqualTo("đối chiếu danh sách niêm yết");
            assertThat(reopened.last()).contains(written.get(2));
        }
        assertThat(column(dataSource, "read_at")).containsExactly("2026-03-02T01:15:00Z", "2026-03-02T01:17:30.500Z",
                "2026-04-10T08:00:00.123456789Z");
        database.close(dataSource);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoLogsOnTheSameDatabase_appendingAtOnce_chainEveryReadOnce(Databases database) throws Exception {
        DataSource first = database.fresh(directory);
        DataSource second = Databases.isPostgres(first)
                ? JdbcStores.postgres(Databases.postgresUrl(first), PostgresServer.USER, "") : JdbcStores.h2(directory);
        int readsEach = 150;
        try (JdbcAccessLogStore east = JdbcAccessLogStore.open(first); JdbcAccessLogStore west = JdbcAccessLogStore.open(second)) {
            appendAtOnce(List.of(AccessLog.storedIn(east), AccessLog.storedIn(west)), readsEach);
        }

        try (JdbcAccessLogStore store = JdbcAccessLogStore.open(first)) {
            AccessLog log = AccessLog.storedIn(store);
            List<AccessLogEntry> entries = log.entries();
            assertThat(log.verify()).isEmpty();
            assertThat(entries).hasSize(2 * readsEach);
            assertThat(entries).extracting(AccessLogEntry::previousHash).doesNotHaveDuplicates();
            assertThat(entries).extracting(AccessLogEntry::subject).doesNotHaveDuplicates();
            assertThat(turnsBetweenWriters(entries)).as("the writers interleaved").isGreaterThan(1);
        }
        database.close(first);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theTableRefusesAForkAndAGap_evenFromAWriterThatDoesNotCheck(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        try (JdbcAccessLogStore store = JdbcAccessLogStore.open(dataSource)) {
            AccessLog log = AccessLog.storedIn(store);
            AccessLogEntry first = log.append(Instant.parse("2026-03-02T01:15:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE",
                    "QNA.TAY-GIANG.A-XAN", "household:HN-001", "xác minh");
            log.append(Instant.parse("2026-03-02T01:16:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                    "household:HN-002", "xác minh");

            assertThat(store.appendIfNext(entry(2, first.hash(), "household:HN-009"))).as("second entry again").isFalse();
            assertThat(store.appendIfNext(entry(4, log.entries().get(1).hash(), "household:HN-009"))).as("a gap").isFalse();
            assertThatThrownBy(() -> insertDirectly(dataSource, entry(3, first.hash(), "household:HN-009")))
                    .as("a fork written past the store").isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(JdbcEventStore.isUniqueViolation(e)).isTrue());
            assertThat(log.entries()).hasSize(2);
            assertThat(log.verify()).isEmpty();
        }
        database.close(dataSource);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRowAlteredInTheDatabase_breaksTheChainThere(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        try (JdbcAccessLogStore store = JdbcAccessLogStore.open(dataSource)) {
            AccessLog log = AccessLog.storedIn(store);
            for (int read = 1; read <= 3; read++) {
                log.append(Instant.parse("2026-03-02T01:15:00Z").plusSeconds(read), "ubnd-a-xan", "COMMUNE_COMMITTEE",
                        "QNA.TAY-GIANG.A-XAN", "household:HN-00" + read, "đối chiếu");
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE access_log SET purpose = 'tò mò' WHERE sequence = 2")) {
                update.executeUpdate();
            }

            assertThat(log.verify()).contains(2L);
        }
        database.close(dataSource);
    }

    /** Has each log append {@code readsEach} reads on a thread of its own, all starting together. */
    private static void appendAtOnce(List<AccessLog> logs, int readsEach) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(logs.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < logs.size(); writer++) {
                AccessLog log = logs.get(writer);
                String actor = "can-bo-" + writer;
                done.add(threads.submit(() -> {
                    start.await();
                    for (int read = 0; read < readsEach; read++) {
                        log.append(Instant.parse("2026-06-01T02:00:00Z").plusSeconds(read), actor, "COMMUNE_COMMITTEE",
                                "QNA.TAY-GIANG.A-XAN", "household:" + actor + "-" + read, "đối chiếu hồ sơ");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many times the chain passes from one writer's read to another's. */
    static int turnsBetweenWriters(List<AccessLogEntry> entries) {
        int turns = 0;
        for (int index = 1; index < entries.size(); index++) {
            if (!entries.get(index).actorId().equals(entries.get(index - 1).actorId())) {
                turns++;
            }
        }
        return turns;
    }

    private static AccessLogEntry entry(long sequence, String previousHash, String subject) {
        Instant readAt = Instant.parse("2026-03-03T00:00:00Z");
        return new AccessLogEntry(sequence, readAt, "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN", subject,
                "xác minh", previousHash, AccessLog.hashOf(sequence, readAt, "ubnd-a-xan", "COMMUNE_COMMITTEE",
                        "QNA.TAY-GIANG.A-XAN", subject, "xác minh", previousHash));
    }

    private static void insertDirectly(DataSource dataSource, AccessLogEntry entry) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO access_log (sequence, read_at, "
                        + "actor_id, role, unit_code, subject, purpose, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.sequence());
            insert.setString(2, entry.readAt().toString());
            insert.setString(3, entry.actorId());
            insert.setString(4, entry.role());
            insert.setString(5, entry.unitCode());
            insert.setString(6, entry.subject());
            insert.setString(7, entry.purpose());
            insert.setString(8, entry.previousHash());
            insert.setString(9, entry.hash());
            insert.executeUpdate();
        }
    }

    private static List<String> column(DataSource dataSource, String name) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + name + " FROM access_log ORDER BY sequence");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
