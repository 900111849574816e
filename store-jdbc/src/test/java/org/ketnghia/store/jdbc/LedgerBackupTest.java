package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class LedgerBackupTest {

    @TempDir
    Path directory;

    static Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    private static LedgerBackup backup(KetnghiaRuntime runtime) {
        return new LedgerBackup(new org.ketnghia.core.ledger.EventCodec(runtime.objectMapper()),
                new EventChain(runtime.objectMapper()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void exportThenRestore_givesTheSameBytes(Databases database) throws Exception {
        JdbcEventStore original = JdbcEventStore.open(database.fresh(directory), Databases.codec());
        KetnghiaRuntime runtime = Databases.runtime(original);
        for (int i = 0; i < 25; i++) {
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "de-" + i, i + 1));
        }
        StringWriter exported = new StringWriter();
        assertThat(backup(runtime).export(original, exported)).isEqualTo(25);

        JdbcEventStore restored = JdbcEventStore.open(database.fresh(directory.resolve("restored")), Databases.codec());
        assertThat(backup(runtime).restore(new BufferedReader(new StringReader(exported.toString())), restored))
                .isEqualTo(25);
        StringWriter again = new StringWriter();
        backup(runtime).export(restored, again);

        assertThat(again.toString()).isEqualTo(exported.toString());
        Ledger reopened = Databases.runtime(restored).ledger();
        assertThat(reopened.verifyChain().isIntact()).isTrue();
        assertThat(reopened.lastSequence()).isEqualTo(25);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void tamperedBackup_isRefused_andNothingIsRestored(Databases database) throws Exception {
        InMemoryEventStore source = new InMemoryEventStore();
        KetnghiaRuntime runtime = Databases.runtime(source);
        for (int i = 0; i < 5; i++) {
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "de-" + i, i + 1));
        }
        StringWriter exported = new StringWriter();
        backup(runtime).export(source, exported);
        String tampered = exported.toString().replace("\"quantity\":3", "\"quantity\":30");

        JdbcEventStore target = JdbcEventStore.open(database.fresh(directory), Databases.codec());
        assertThatThrownBy(() -> backup(runtime).restore(new BufferedReader(new StringReader(tampered)), target))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_CHAIN_BROKEN);
                    assertThat(e.problems().get(0).arguments()).first().isEqualTo("3");
                });
        assertThat(target.lastSequence()).isZero();
    }

    @org.junit.jupiter.api.Test
    void largeBackup_isCheckedInBatches_andTheFirstBadLineInFileOrderIsReported() throws Exception {
        InMemoryEventStore source = new InMemoryEventStore();
        KetnghiaRuntime runtime = Databases.runtime(source);
        for (int i = 0; i < 20_000; i++) { // more than two decode batches
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "de-" + i, 1 + i % 7));
        }
        StringWriter exported = new StringWriter();
        assertThat(backup(runtime).export(source, exported)).isEqualTo(20_000);
        List<String> lines = new ArrayList<>(exported.toString().lines().toList());
        InMemoryEventStore restored = new InMemoryEventStore();
        assertThat(backup(runtime).restore(reader(lines), restored)).isEqualTo(20_000);
        assertThat(restored.readAll()).containsExactlyElementsOf(source.readAll());

        lines.set(9_000, lines.get(9_000).replace("\"de-9000\"", "\"de-9000x\"")); // hash no longer matches
        lines.set(15_000, "{not json"); // unreadable, but later in the file
        assertThatThrownBy(() -> backup(runtime).restore(reader(lines), new InMemoryEventStore()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_CHAIN_BROKEN);
                    assertThat(e.problems().get(0).arguments()).first().isEqualTo("9001");
                });
        lines.set(9_000, "");
        lines.set(8_000, lines.get(8_000).replace("\"type\":\"demo.item-recorded\"", "\"type\":\"demo.gone\""));
        assertThatThrownBy(() -> backup(runtime).restore(reader(lines), new InMemoryEventStore()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_UNREADABLE);
                    assertThat(e.problems().get(0).arguments()).first().isEqualTo("8001");
                });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void exportWhileWritersRecord_endsAtTheSequenceFixedAtItsStart_andRestoresIntoAVerifiedStore(Databases database)
            throws Exception {
        JdbcEventStore store = JdbcEventStore.open(database.fresh(directory), Databases.codec());
        try (KetnghiaRuntime runtime = Databases.runtime(store)) {
            Ledger ledger = runtime.ledger();
            for (int i = 0; i < 200; i++) {
                ledger.submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "before-" + i, 1 + i % 7));
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<CountDownLatch> recordedDuringExport = new AtomicReference<>();
            ExecutorService writers = Executors.newFixedThreadPool(3);
            List<Future<Integer>> written = new ArrayList<>();
            for (int writer = 0; writer < 3; writer++) {
                String name = "writer-" + writer;
                written.add(writers.submit(() -> {
                    int count = 0;
                    while (!stop.get()) {
                        ledger.submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 6), name + "-" + count++, 1));
                        CountDownLatch latch = recordedDuringExport.get();
                        if (latch != null) {
                            latch.countDown();
                        }
                    }
                    return count;
                }));
            }
            StringWriter exportedText = new StringWriter();
            LedgerBackup.Exported exported;
            try {
                // the export's first write waits until the writers have recorded 20 more commands
                exported = backup(runtime).exportConsistent(store, new PausingWriter(exportedText, recordedDuringExport));
            } finally {
                stop.set(true);
                writers.shutdown();
            }
            for (Future<Integer> writer : written) {
                assertThat(writer.get(60, TimeUnit.SECONDS)).isPositive();
            }

            assertThat(exported.lastSequence()).isGreaterThanOrEqualTo(200);
            assertThat(ledger.lastSequence()).as("writers kept recording").isGreaterThanOrEqualTo(exported.lastSequence() + 20);
            List<String> lines = exportedText.toString().lines().toList();
            assertThat(lines).hasSize((int) exported.lastSequence());
            assertThat(exported.events()).isEqualTo(exported.lastSequence());
            EventEnvelope last = new EventCodec(runtime.objectMapper()).read(lines.get(lines.size() - 1));
            assertThat(last.sequence()).isEqualTo(exported.lastSequence());
            assertThat(last.hash()).isEqualTo(exported.lastHash());

            try (JdbcEventStore restored = JdbcEventStore.open(database.fresh(directory.resolve("restored")), Databases.codec());
                    KetnghiaRuntime restoredRuntime = Databases.runtime(restored)) {
                assertThat(backup(runtime).restore(new BufferedReader(new StringReader(exportedText.toString())), restored))
                        .isEqualTo(exported.lastSequence());
                assertThat(restored.lastSequence()).isEqualTo(exported.lastSequence());
                assertThat(restored.lastHash()).isEqualTo(exported.lastHash());
                assertThat(restoredRuntime.ledger().verifyChain().isIntact()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void restoreOfTheFileChecked_restoresIt_andAnotherFileWithAWholeChain_isRefused_writingNothing(Databases database)
            throws Exception {
        InMemoryEventStore source = new InMemoryEventStore();
        KetnghiaRuntime runtime = Databases.runtime(source);
        for (int i = 0; i < 5; i++) {
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "de-" + i, i + 1));
        }
        Path checkedFile = directory.resolve("backup.jsonl");
        try (Writer out = Files.newBufferedWriter(checkedFile)) {
            backup(runtime).export(source, out);
        }
        BackupPartSummary checked = BackupPartSummary.of(checkedFile);
        // the file as it is when restored: another whole backup, its chain intact, swapped in after the check
        runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 6), "one-more", 9));
        Path swapped = directory.resolve("swapped.jsonl");
        try (Writer out = Files.newBufferedWriter(swapped)) {
            backup(runtime).export(source, out);
        }
        assertThat(backup(runtime).check(Files.newBufferedReader(swapped))).as("a whole chain").isEqualTo(6);

        JdbcEventStore target = JdbcEventStore.open(database.fresh(directory.resolve("target")), Databases.codec());
        assertThatThrownBy(() -> {
            try (BackupPartInputStream in = new BackupPartInputStream(Files.newInputStream(swapped))) {
                backup(runtime).restore(in, checkedFile.toString(), checked, target);
            }
        }).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_BACKUP_PART_CHANGED);
            assertThat(e.problems().get(0).field()).isEqualTo(checkedFile.toString());
            assertThat(e.problems().get(0).messageEn()).contains("changed between its check and its restore",
                    "6 lines (checked: 5)");
        });
        assertThat(target.lastSequence()).as("nothing appended").isZero();

        try (BackupPartInputStream in = new BackupPartInputStream(Files.newInputStream(checkedFile))) {
            assertThat(backup(runtime).restore(in, checkedFile.toString(), checked, target)).isEqualTo(5);
        }
        assertThat(target.lastSequence()).isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void restoreIntoAStoreThatHoldsEvents_isRefused_andChangesNothing(Databases database) throws Exception {
        InMemoryEventStore source = new InMemoryEventStore();
        KetnghiaRuntime sourceRuntime = Databases.runtime(source);
        sourceRuntime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "backed-up", 1));
        StringWriter exported = new StringWriter();
        backup(sourceRuntime).export(source, exported);

        try (KetnghiaRuntime runtime = Databases.runtime(JdbcEventStore.open(database.fresh(directory), Databases.codec()))) {
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "already-here", 2));
            runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "also-here", 3));
            List<EventEnvelope> before = runtime.ledger().store().readAll();

            assertThatThrownBy(() -> backup(runtime).restore(new BufferedReader(new StringReader(exported.toString())),
                    runtime.ledger().store())).isInstanceOfSatisfying(KetnghiaException.class, e -> {
                        assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_RESTORE_NOT_EMPTY);
                        assertThat(e.problems().get(0).arguments()).first().isEqualTo("2");
                    });
            assertThat(runtime.ledger().store().readAll()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void exportOfAnAlteredStore_failsLoudly_atTheAlteredEvent(Databases database) throws Exception {
        javax.sql.DataSource dataSource = database.fresh(directory);
        try (KetnghiaRuntime runtime = Databases.runtime(JdbcEventStore.open(dataSource, Databases.codec()))) {
            for (int i = 0; i < 6; i++) {
                runtime.ledger().submit(recordItem(PROVINCE, "DNG.AVUONG", LocalDate.of(2026, 1, 5), "de-" + i, i + 1));
            }
            JdbcEventStoreTest.execute(dataSource, "UPDATE ledger_event SET envelope_json = REPLACE(envelope_json, "
                    + "'\"quantity\":4', '\"quantity\":40') WHERE sequence = 4");

            assertThatThrownBy(() -> backup(runtime).exportConsistent(runtime.ledger().store(), new StringWriter()))
                    .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                        assertThat(e.code()).isEqualTo(StoreErrorCode.STORE_CHAIN_BROKEN);
                        assertThat(e.problems().get(0).arguments()).first().isEqualTo("4");
                    });
        }
    }

    /** Passes writes through; the first one waits until writers have recorded 20 more commands. */
    private static final class PausingWriter extends Writer {
        private final Writer target;
        private final AtomicReference<CountDownLatch> recorded;
        private boolean paused;

        PausingWriter(Writer target, AtomicReference<CountDownLatch> recorded) {
            this.target = target;
            this.recorded = recorded;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (!paused) {
                paused = true;
                CountDownLatch latch = new CountDownLatch(20);
                recorded.set(latch);
                try {
                    assertThat(latch.await(60, TimeUnit.SECONDS)).as("writers recorded during the export").isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
            }
            target.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }

    private static BufferedReader reader(List<String> lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines)));
    }
}
