package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/** The disk a ledger takes: proportional to its data while recording and after closing, and no lock file left. */
class DiskTest {

    /** Commands recorded one per commit, as officers record them: the case that grew H2's file 40-fold. */
    private static final int COMMANDS = 4_000;
    /** Commands recorded while the file is measured open: enough that the second of commits H2 keeps is not all of it. */
    private static final int RECORDING_COMMANDS = 20_000;
    private static final String[] UNITS = {"QNA.TAY-GIANG.A-XAN", "QNA.TAY-GIANG.A-NONG", "QNA.TAY-GIANG"};

    @TempDir
    Path directory;

    private static void record(Ledger ledger, int from, int count) {
        for (int i = from; i < from + count; i++) {
            ledger.submit(recordItem(PROVINCE, UNITS[i % UNITS.length], LocalDate.of(2024, 3, 1), "item-" + i, 1 + i % 9));
        }
    }

    private static long jsonBytes(JdbcEventStore store) {
        long[] bytes = {0};
        store.forEachRow(1, (sequence, json) -> bytes[0] += json.getBytes(StandardCharsets.UTF_8).length);
        return bytes[0];
    }

    private long fileSize() throws Exception {
        return Files.size(directory.resolve("ketnghia.mv.db"));
    }

    private boolean lockFileExists() {
        return Files.exists(directory.resolve("ketnghia.lock.db"));
    }

    @Test
    void h2File_staysProportionalWhileRecording() throws Exception {
        JdbcEventStore store = JdbcEventStore.open(JdbcStores.h2(directory), Databases.codec());
        try (KetnghiaRuntime runtime = Databases.runtime(store)) {
            record(runtime.ledger(), 0, RECORDING_COMMANDS);
            long json = jsonBytes(store);
            System.out.printf("DISK h2 open: file %d, json %d%n", fileSize(), json);
            // H2 keeps the chunks of the last second of commits before reusing their space: about 20 MB at the
            // 2,000 commits/s of a quiet 2-core machine, whatever the ledger's size, so the file while recording
            // is that plus what compaction leaves. Measured at the merge (quiet machine): 5.4 times the JSON with
            // compaction every 256 commits, 9.3 without; at 4,000 commands both were 12 times (the retained
            // second is all there is), which is why this test records more.
            assertThat(fileSize()).as("file while recording, JSON %d bytes", json).isLessThan(8 * json);
            assertThat(lockFileExists()).isTrue();
        }
    }

    @Test
    void closingTheLastStore_compactsTheFile_andLeavesNoLockFile() throws Exception {
        long json;
        try (KetnghiaRuntime runtime = Databases.runtime(JdbcEventStore.open(JdbcStores.h2(directory), Databases.codec()))) {
            record(runtime.ledger(), 0, COMMANDS);
            json = jsonBytes((JdbcEventStore) runtime.ledger().store());
        }

        System.out.printf("DISK h2 closed: file %d, json %d%n", fileSize(), json);
        assertThat(lockFileExists()).as("the database was shut down").isFalse();
        assertThat(fileSize()).as("file after closing, JSON %d bytes", json).isLessThanOrEqualTo(2 * json);
        JdbcEventStore reopened = JdbcEventStore.open(JdbcStores.h2(directory), Databases.codec());
        try (KetnghiaRuntime runtime = Databases.runtime(reopened)) {
            assertThat(runtime.ledger().lastSequence()).isEqualTo(COMMANDS);
            assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        }
        assertThat(lockFileExists()).isFalse();
    }

    @Test
    void runtimesSharingADatabase_keepItOpenUntilTheLastCloses_andClosingTwiceIsHarmless() throws Exception {
        DataSource dataSource = JdbcStores.h2(directory);
        KetnghiaRuntime first = Databases.runtime(JdbcEventStore.open(dataSource, Databases.codec()));
        KetnghiaRuntime second = Databases.runtime(JdbcEventStore.open(dataSource, Databases.codec()));
        record(first.ledger(), 0, 3);

        first.close();
        first.close();
        assertThat(lockFileExists()).isTrue();
        record(second.ledger(), 3, 2);
        assertThat(second.ledger().lastSequence()).isEqualTo(5);

        second.close();
        assertThat(lockFileExists()).isFalse();
        try (KetnghiaRuntime reopened = Databases.runtime(JdbcEventStore.open(dataSource, Databases.codec()))) {
            assertThat(reopened.ledger().lastSequence()).isEqualTo(5);
            assertThat(reopened.ledger().verifyChain().isIntact()).isTrue();
        }
    }

    @Test
    void postgresqlTableAndIndexes_takeAtMostThreeTimesTheJson() throws Exception {
        DataSource dataSource = Databases.POSTGRESQL.fresh(directory);
        JdbcEventStore store = JdbcEventStore.open(dataSource, Databases.codec());
        try (KetnghiaRuntime runtime = Databases.runtime(store)) {
            record(runtime.ledger(), 0, COMMANDS / 4); // each commit waits for the disk: fewer, still many pages
        }
        long json = jsonBytes(store);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE ledger_event");
            try (ResultSet size = statement.executeQuery("SELECT pg_total_relation_size('ledger_event')")) {
                size.next();
                System.out.printf("DISK postgresql: table and indexes %d, json %d%n", size.getLong(1), json);
                assertThat(size.getLong(1)).as("table and indexes, JSON %d bytes", json).isLessThanOrEqualTo(3 * json);
            }
        }
    }
}
