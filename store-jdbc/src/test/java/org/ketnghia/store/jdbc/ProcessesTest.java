package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.testing.demo.ItemRecorded;

/** Proof that nothing is lost: writers in other JVMs, killed with SIGKILL or racing each other. */
class ProcessesTest {

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    private static Process writer(DataSource dataSource, Path directory, String name, long batches) throws Exception {
        String location = Databases.isPostgres(dataSource) ? Databases.postgresUrl(dataSource) : directory.toString();
        String kind = Databases.isPostgres(dataSource) ? "postgres" : "h2";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BatchWriter.class.getName(), kind,
                location, name, Long.toString(batches)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void killedWriter_losesNoAcknowledgedBatch_andLeavesNoPartialOne(Databases database) throws Exception {
        Random random = new Random(20211);
        for (int round = 0; round < 3; round++) {
            Path roundDirectory = directory.resolve("round-" + round);
            DataSource dataSource = database.fresh(roundDirectory);
            // the child creates the schema: this JVM must not hold the H2 file open (and serve it)
            // while the child writes, or the kill would not test the child's own durability
            Process child = writer(dataSource, roundDirectory, "crash-" + round, 0);
            // the last H2 round runs long enough for the store to compact its file several times (every
            // EmbeddedH2.COMMITS_BETWEEN_COMPACTIONS commits) and reuse freed space before it is killed
            int acksWanted = database == Databases.H2 && round == 2
                    ? 6 * EmbeddedH2.COMMITS_BETWEEN_COMPACTIONS + random.nextInt(EmbeddedH2.COMMITS_BETWEEN_COMPACTIONS)
                    : 3 + random.nextInt(40);
            long lastAcknowledged = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (int acks = 0; acks < acksWanted; acks++) {
                    String line = out.readLine();
                    assertThat(line).as("the writer stopped early").isNotNull().startsWith("ACK ");
                    lastAcknowledged = Long.parseLong(line.substring(4));
                }
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            JdbcEventStore reopened = JdbcEventStore.open(dataSource, Databases.codec());
            long stored = reopened.lastSequence();
            assertThat(stored).as("every acknowledged batch is there").isGreaterThanOrEqualTo(lastAcknowledged);
            assertThat(stored % BatchWriter.BATCH).as("no partial batch").isZero();
            assertThat(new EventChain(Databases.runtime(new org.ketnghia.core.ledger.InMemoryEventStore()).objectMapper())
                    .verify(reopened).isIntact()).isTrue();
            database.close(dataSource); // H2's lock-file watchdog must not write while the temp folder is deleted
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void killedLedgerWithSeveralWriterThreads_losesNoAcknowledgedCommand(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        String location = Databases.isPostgres(dataSource) ? Databases.postgresUrl(dataSource) : directory.toString();
        String kind = Databases.isPostgres(dataSource) ? "postgres" : "h2";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the child creates the schema: this JVM must not hold the H2 file open while the child writes
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LedgerWriter.class.getName(),
                kind, location, "crash").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<Long, String> acknowledged = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (acknowledged.size() < 120) {
                String line = out.readLine();
                assertThat(line).as("the writer stopped early").isNotNull().startsWith("ACK ");
                String[] parts = line.split(" ");
                assertThat(acknowledged.put(Long.parseLong(parts[2]), parts[1])).as("one sequence, one command").isNull();
            }
        } finally {
            child.destroyForcibly(); // SIGKILL while commands of every thread are queued or in flight
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        JdbcEventStore reopened = JdbcEventStore.open(dataSource, Databases.codec());
        Map<Long, String> stored = new HashMap<>();
        reopened.forEach(1, event -> stored.put(event.sequence(), ((ItemRecorded) event.payload()).itemId()));
        assertThat(stored).as("every acknowledged command is there, at its sequence").containsAllEntriesOf(acknowledged);
        assertThat(acknowledged.values().stream().map(itemId -> itemId.substring(0, itemId.lastIndexOf('-'))).distinct())
                .as("several threads were acknowledged").hasSizeGreaterThan(1);
        assertThat(new EventChain(Databases.runtime(new org.ketnghia.core.ledger.InMemoryEventStore()).objectMapper())
                .verify(reopened).isIntact()).isTrue();
        database.close(dataSource);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoWriterProcesses_bothProgress_withoutGapsOrDuplicates(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        JdbcEventStore.open(dataSource, Databases.codec());
        List<Process> writers = List.of(writer(dataSource, directory, "east", 30), writer(dataSource, directory, "west", 30));
        for (Process process : writers) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(output).endsWith("DONE\n");
        }

        JdbcEventStore store = JdbcEventStore.open(dataSource, Databases.codec());
        List<EventEnvelope> events = store.readAll();
        assertThat(events).hasSize(2 * 30 * BatchWriter.BATCH);
        assertThat(events).extracting(event -> event.actor().id()).contains("east", "west");
        assertThat(new EventChain(Databases.runtime(new org.ketnghia.core.ledger.InMemoryEventStore()).objectMapper())
                .verify(store).isIntact()).isTrue();
        database.close(dataSource);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoProcessesAppendingToOneAccessLog_chainEveryReadOnce(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        String location = Databases.isPostgres(dataSource) ? Databases.postgresUrl(dataSource) : directory.toString();
        String kind = Databases.isPostgres(dataSource) ? "postgres" : "h2";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int readsEach = 150;
        try (JdbcAccessLogStore store = JdbcAccessLogStore.open(dataSource)) {
            List<Process> writers = new java.util.ArrayList<>();
            for (String actor : List.of("east", "west")) {
                writers.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                        AccessLogWriter.class.getName(), kind, location, actor, Integer.toString(readsEach))
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start());
            }
            List<BufferedReader> outputs = new java.util.ArrayList<>();
            for (Process writer : writers) {
                BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("READY");
                outputs.add(out);
            }
            for (Process writer : writers) {
                writer.getOutputStream().write('\n'); // both start now
                writer.getOutputStream().flush();
            }
            for (int index = 0; index < writers.size(); index++) {
                assertThat(outputs.get(index).readLine()).isEqualTo("DONE");
                assertThat(writers.get(index).waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(writers.get(index).exitValue()).isZero();
            }

            org.ketnghia.core.privacy.AccessLog log = org.ketnghia.core.privacy.AccessLog.storedIn(store);
            List<org.ketnghia.core.privacy.AccessLogEntry> entries = log.entries();
            assertThat(log.verify()).isEmpty();
            assertThat(entries).hasSize(2 * readsEach);
            assertThat(entries).extracting(org.ketnghia.core.privacy.AccessLogEntry::previousHash).doesNotHaveDuplicates();
            assertThat(JdbcAccessLogStoreTest.turnsBetweenWriters(entries)).as("the processes interleaved").isGreaterThan(1);
        }
        database.close(dataSource);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoProcessesCarryingOverOneFileAtOnce_bothSucceed_andCopyEveryEntryOnce(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        String location = Databases.isPostgres(dataSource) ? Databases.postgresUrl(dataSource) : directory.toString();
        String kind = Databases.isPostgres(dataSource) ? "postgres" : "h2";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path file = directory.resolve("access-log.jsonl");
        AccessLog earlier = AccessLog.inFile(file);
        int reads = 200;
        for (int read = 0; read < reads; read++) {
            earlier.append(Instant.parse("2026-06-01T02:00:00Z").plusSeconds(read), "ubnd-a-xan",
                    "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN", "household:HN-" + read, "đối chiếu hồ sơ");
        }
        try (JdbcAccessLogStore store = JdbcAccessLogStore.open(dataSource)) {
            List<Process> carriers = new java.util.ArrayList<>();
            for (int carrier = 0; carrier < 2; carrier++) {
                carriers.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                        AccessLogCarrier.class.getName(), kind, location, file.toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start());
            }
            List<BufferedReader> outputs = new java.util.ArrayList<>();
            for (Process carrier : carriers) {
                BufferedReader out = new BufferedReader(new InputStreamReader(carrier.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("READY");
                outputs.add(out);
            }
            for (Process carrier : carriers) {
                carrier.getOutputStream().write('\n'); // both start now
                carrier.getOutputStream().flush();
            }
            int copied = 0;
            for (int index = 0; index < carriers.size(); index++) {
                String done = outputs.get(index).readLine();
                assertThat(done).as("carrier %d was refused (see its error above)", index).isNotNull().startsWith("DONE ");
                copied += Integer.parseInt(done.substring("DONE ".length()));
                assertThat(carriers.get(index).waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(carriers.get(index).exitValue()).isZero();
            }

            assertThat(copied).as("every entry copied by one carrier or the other, once").isEqualTo(reads);
            assertThat(store.entries()).isEqualTo(earlier.entries());
            assertThat(AccessLog.storedIn(store).verify()).isEmpty();
        }
        database.close(dataSource);
    }
}
